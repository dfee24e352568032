namespace Weld;

/// <summary>Decides whether a memory or table may be allocated or grown, after the store's and engine's caps allowed
/// it. Return false to refuse: <c>memory.grow</c> and <c>table.grow</c> then return -1, <see cref="Memory.Grow"/> and
/// <see cref="Table.Grow"/> return -1, and an allocation (instantiation, a host-made memory or table) throws
/// <see cref="LinkException"/>.</summary>
/// <param name="current">The current size: bytes for a memory, elements for a table (0 for a new one).</param>
/// <param name="desired">The size asked for, in the same unit.</param>
/// <param name="maximum">The declared maximum in the same unit, or null when the type declares none.</param>
/// <returns>Whether the growth may happen. An exception it throws becomes a <see cref="TrapException"/>
/// (<see cref="TrapCode.HostError"/>, the exception inside), as a host function's would.</returns>
public delegate bool GrowthDecision(ulong current, ulong desired, ulong? maximum);

/// <summary>
/// Caps on what one <see cref="Store"/> may allocate, set with <see cref="Store.SetLimits"/>. A null cap is no cap.
/// Sizes and counts add up everything the store has made in its life, by wasm or by the host: a store never gives back
/// what it allocated, so dropping instances does not free budget (use a fresh store for that). Growth past a cap fails
/// as if the type's maximum forbade it; instantiation past a cap throws <see cref="LinkException"/> naming the cap; a GC
/// allocation past <see cref="GcBytes"/> traps with <see cref="TrapCode.OutOfMemory"/>.
/// The engine's limits (<see cref="EngineOptions.MaxMemoryPages"/>, <see cref="EngineOptions.MaxTableElements"/> per
/// object, <see cref="EngineOptions.MaxStoreTableElements"/> per store) apply as well.
/// </summary>
public sealed class StoreLimits
{
    /// <summary>Bytes all linear memories of the store may hold together.</summary>
    public ulong? MemoryBytes { get; init; }

    /// <summary>Elements all tables of the store may hold together (replaces
    /// <see cref="EngineOptions.MaxStoreTableElements"/> for this store).</summary>
    public ulong? TableElements { get; init; }

    /// <summary>Module instances the store may make.</summary>
    public long? Instances { get; init; }

    /// <summary>Linear memories the store may make (by instantiation or the host).</summary>
    public long? Memories { get; init; }

    /// <summary>Tables the store may make (by instantiation or the host).</summary>
    public long? Tables { get; init; }

    /// <summary>Bytes of GC objects (structs and arrays) that wasm code may allocate in the store over its life,
    /// which bounds the store's live GC heap too. Each object costs a fixed amount by its type: a struct 64 bytes plus
    /// 8 per field (16 per v128 field); an array 64 bytes plus its length times its element's size (i8 1, i16 2, i32
    /// and f32 4, i64, f64 and references 8, v128 16). i31 references cost nothing, nor do the objects the host makes
    /// (<see cref="StructRef.Create"/>, <see cref="ArrayRef.Create(Module, int, int, Value)"/>: they belong to no
    /// store). Every allocating instruction is counted before the object is made, on both back ends and in constant
    /// expressions at instantiation; one past the cap traps with <see cref="TrapCode.OutOfMemory"/>, allocates
    /// nothing, and leaves the store usable. <see cref="Store.GcBytesAllocated"/> tells what the store has allocated.</summary>
    public ulong? GcBytes { get; init; }

    /// <summary>Asked for each memory allocation and growth that the caps allow (sizes in bytes).</summary>
    public GrowthDecision? MemoryGrowing { get; init; }

    /// <summary>Asked for each table allocation and growth that the caps allow (sizes in elements).</summary>
    public GrowthDecision? TableGrowing { get; init; }
}
