using Weld.Diagnostics;

namespace Weld.Runtime;

/// <summary>
/// A linear memory. Where it lives (see <see cref="NativeBlock"/>):
/// <list type="bullet">
/// <item>a memory that cannot grow (minimum = maximum) is one block of that size and never moves;</item>
/// <item>a shared memory reserves its maximum up front and never moves (other threads hold its address);</item>
/// <item>otherwise, while the process has reservations to spare, its maximum is reserved and grown in place;</item>
/// <item>beyond that it is a block (<see cref="BlockPool"/>) that moves when it grows past its capacity (capacity
/// doubles, so a memory grown page by page moves O(log n) times).</item>
/// </list>
/// Code therefore reloads <see cref="Base"/> after anything that can grow a memory. The store frees a block a memory
/// moved away from, the block of a memory that was collected, and every block of a disposed store only when no call,
/// instantiation or host memory access is active in it (<see cref="RuntimeStore.Enter"/>): code that cached an old
/// address keeps working on memory that is still mapped.
/// Every access is bounds-checked by the caller against <see cref="ByteLength"/> (no signal handling in .NET).
/// </summary>
internal sealed unsafe partial class MemoryInstance : ExternInstance
{
    public const ulong PageSize = 65536;
    public const ulong MaxPages32 = 65536;
    /// <summary>The most pages a 64-bit memory may have: its address space, less the page whose size in bytes would
    /// not fit 64 bits.</summary>
    public const ulong MaxPages64 = (1UL << 48) - 1;
    /// <summary>See <see cref="NativeBlock.MaxLiveReservations"/>.</summary>
    public const int MaxLiveReservations = NativeBlock.MaxLiveReservations;

    /// <summary>Start of the memory. Moves on growth unless the memory is reserved or cannot grow; null once freed.</summary>
    public byte* Base;
    /// <summary>Current size in bytes (a multiple of the page size). Never larger than the block at <see cref="Base"/>:
    /// growth publishes the new base before the new length.</summary>
    public ulong ByteLength;

    private NativeBlock _block;
    private int _released;
    private readonly object _growLock = new();

    public MemoryInstance(RuntimeStore store, MemoryType type, ulong pageCap = MaxPages32) : base(store)
    {
        Shared = type.Shared;
        AddressType = type.AddressType;
        DeclaredMax = type.Limits.Max;
        // A 64-bit memory may pass 4 GiB when the engine allows it (EngineOptions.MaxMemoryPages).
        ulong addressable = AddressType == AddressType.I64 ? MaxPages64 : MaxPages32;
        ulong limit = Math.Min(type.Limits.Max ?? addressable, Math.Min(pageCap, addressable));
        MaxPages = Math.Min(type.Limits.Max ?? addressable, addressable);
        Cap = limit;
        ulong min = type.Limits.Min;
        if (min > limit) throw new TrapException(TrapCode.OutOfMemory, TrapText.MemoryTooLarge);
        ulong minBytes = min * PageSize, limitBytes = limit * PageSize;
        NativeBlock? block = null;
        // Reservations count against a budget sized for 4 GiB each: an unshared memory that may grow past that is a
        // block that moves when it grows. A shared one reserves its maximum whatever its size: it must not move.
        bool reservable = Shared || limit <= MaxPages32;
        if (reservable && (Shared || min < limit)) block = NativeBlock.Reserve(limitBytes, minBytes);
        if (block is null && Shared) block = NativeBlock.Allocate(limitBytes); // the whole maximum: it must not move
        block ??= NativeBlock.Allocate(minBytes);
        _block = block ?? throw new TrapException(TrapCode.OutOfMemory, TrapText.MemoryNotCommitted);
        Base = _block.Start;
        ByteLength = minBytes;
    }

    public bool Shared { get; }
    /// <summary>i64 for a memory64 memory: its addresses and sizes are 64-bit (its size may pass 4 GiB, up to
    /// <see cref="Cap"/>).</summary>
    public AddressType AddressType { get; }
    public bool Is64 => AddressType == AddressType.I64;
    /// <summary>The type's maximum in pages (or 65536; <see cref="MaxPages64"/> for a 64-bit memory).</summary>
    public ulong MaxPages { get; }
    /// <summary>The effective growth cap in pages (maximum and engine limit).</summary>
    public ulong Cap { get; }
    public ulong Pages => Volatile.Read(ref ByteLength) / PageSize;
    /// <summary>The type as seen by import matching: current size and declared maximum.</summary>
    public override MemoryType CurrentType => new(new Limits(Pages, DeclaredMax), Shared, AddressType);

    public override ExternKind Kind => ExternKind.Memory;

    /// <summary>The declared maximum, if the memory had one.</summary>
    public ulong? DeclaredMax { get; }

    /// <summary>True when growth never moves <see cref="Base"/>.</summary>
    public bool Fixed => _block.Reserved || _block.Size >= Cap * PageSize;

    /// <summary>Bytes the current block can hold without moving.</summary>
    public ulong Capacity => _block.Size;

    /// <summary>Grows by <paramref name="deltaPages"/>; returns the old size in pages or -1. Called only from inside
    /// the store (<see cref="RuntimeStore.Enter"/>), so a block it moves away from is freed later, not now.</summary>
    public long Grow(ulong deltaPages)
    {
        if (!Shared) return GrowUnshared(deltaPages);
        // Threads grow a shared memory one at a time; it never moves, and readers see the new length only after
        // its pages are committed (Volatile.Write below).
        lock (_growLock) return GrowUnshared(deltaPages);
    }

    private long GrowUnshared(ulong deltaPages)
    {
        ulong old = Pages;
        if (deltaPages == 0) return (long)old;
        if (deltaPages > Cap || old + deltaPages > Cap || Base == null) return -1;
        if (!Store.TryGrowMemory(this, old, old + deltaPages)) return -1;
        ulong newBytes = (old + deltaPages) * PageSize;
        if (_block.Reserved)
        {
            if (!_block.Commit(ByteLength, newBytes - ByteLength)) return -1;
        }
        else if (newBytes > _block.Size && !Move(newBytes)) return -1;
        // A block's bytes past ByteLength were never exposed, so they are still zero.
        Volatile.Write(ref ByteLength, newBytes);
        return (long)old;
    }

    /// <summary>Copies the memory into a larger block (doubling, capped by the maximum) and hands the old one
    /// to the store.</summary>
    private bool Move(ulong newBytes)
    {
        ulong capacity = Math.Max(newBytes, Math.Min(_block.Size * 2, Cap * PageSize));
        var next = NativeBlock.Allocate(capacity) ?? NativeBlock.Allocate(newBytes);
        if (next is not NativeBlock moved) return false;
        Buffer.MemoryCopy(Base, moved.Start, moved.Size, ByteLength);
        var old = _block;
        _block = moved;
        Base = moved.Start; // before the new length (see ByteLength)
        Store.FreeWhenUnused(old);
        return true;
    }

    /// <summary>Frees the memory now. Only the store calls it, when it is disposed and nothing runs in it.</summary>
    public bool Release()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0) return false;
        ByteLength = 0;
        Base = null;
        _block.Free();
        GC.SuppressFinalize(this);
        return true;
    }

    /// <summary>Bytes of this memory's current block reported to the GC.</summary>
    public ulong ReportedBytes => _block.Pressure;

    // Unreachable: nothing can start using the memory again, but code that cached its address may still be running
    // in the store (the JIT may consider an object dead while raw pointers into its memory are in use), so the store
    // decides when the block goes.
    ~MemoryInstance()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0) return;
        Store.FreeWhenUnused(_block);
    }
}
