using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Runtime;

/// <summary>A store's caps as the runtime reads them (made from the public <c>StoreLimits</c>). Null: no cap.
/// Sizes and counts are totals over every object the store has made in its life: like the spec's store, a store never
/// gives back what it allocated, so a module cannot escape a cap by dropping and re-making instances.</summary>
/// <param name="MemoryBytes">Bytes all the store's linear memories may hold together.</param>
/// <param name="TableElements">Elements all the store's tables may hold together.</param>
/// <param name="Instances">Module instances the store may make.</param>
/// <param name="Memories">Memories the store may make (instantiation and host).</param>
/// <param name="Tables">Tables the store may make (instantiation and host).</param>
/// <param name="MemoryGrowing">Decides each memory allocation or growth that the caps allow: (current bytes,
/// desired bytes, maximum bytes or null) to allowed.</param>
/// <param name="TableGrowing">The same for tables, in elements.</param>
/// <param name="GcBytes">Bytes of GC objects (structs and arrays) wasm code may allocate in the store (see
/// <c>Execution.Gc.GcOps.StructBytes</c> and <c>ArrayBytes</c> for what each costs).</param>
internal sealed record ResourceLimits(
    ulong? MemoryBytes = null,
    ulong? TableElements = null,
    long? Instances = null,
    long? Memories = null,
    long? Tables = null,
    Func<ulong, ulong, ulong?, bool>? MemoryGrowing = null,
    Func<ulong, ulong, ulong?, bool>? TableGrowing = null,
    ulong? GcBytes = null);

/// <summary>Accounting of what the store holds against its <see cref="ResourceLimits"/> and the engine's store-wide
/// table cap. Every allocation and growth of a memory or table, from wasm or the host, asks here first.</summary>
internal sealed partial class RuntimeStore
{
    private ulong _memoryBytes, _tableElements;
    private long _instances, _memoryCount, _tableCount;

    /// <summary>The store's caps (null: only the engine's limits apply). What the store has made counts against
    /// new caps as well.</summary>
    public ResourceLimits? Limits
    {
        get;
        set
        {
            field = value;
            SetGcBytesCap(value?.GcBytes);
        }
    }

    /// <summary>Bytes of linear memory the store has allocated (summed over its life).</summary>
    public ulong MemoryBytes => _memoryBytes;

    /// <summary>Table elements the store has allocated (summed over its life).</summary>
    public ulong TableElements => _tableElements;

    /// <summary>Module instances the store has made.</summary>
    public long InstanceCount => _instances;

    private ulong TableElementCap => Limits?.TableElements ?? Engine.Limits.MaxStoreTableElements;

    /// <summary>Checks a whole instantiation against the caps before anything is allocated, then counts the
    /// instance. Throws <see cref="LinkException"/> naming the limit.</summary>
    public void ChargeInstantiation(ModuleDefinition module)
    {
        var limits = Limits;
        ulong tableElements = 0, memoryBytes = 0;
        foreach (var t in module.Tables) tableElements += t.Limits.Min;
        foreach (var m in module.Memories) memoryBytes += m.Limits.Min * MemoryInstance.PageSize;
        if (limits?.Instances is long maxInstances && _instances + 1 > maxInstances)
            throw LinkErrors.StoreLimit("StoreLimits.Instances", maxInstances, "instances", _instances + 1);
        if (limits?.Memories is long maxMemories && _memoryCount + module.Memories.Count > maxMemories)
            throw LinkErrors.StoreLimit("StoreLimits.Memories", maxMemories, "memories", _memoryCount + module.Memories.Count);
        if (limits?.Tables is long maxTables && _tableCount + module.Tables.Count > maxTables)
            throw LinkErrors.StoreLimit("StoreLimits.Tables", maxTables, "tables", _tableCount + module.Tables.Count);
        CheckMemoryBytes(memoryBytes);
        CheckTableElements(tableElements);
        _instances++;
    }

    /// <summary>Counts a new memory of <paramref name="type"/>'s minimum size, or throws <see cref="LinkException"/>.</summary>
    private void ChargeMemory(MemoryType type)
    {
        var limits = Limits;
        if (limits?.Memories is long max && _memoryCount + 1 > max)
            throw LinkErrors.StoreLimit("StoreLimits.Memories", max, "memories", _memoryCount + 1);
        ulong bytes = type.Limits.Min * MemoryInstance.PageSize;
        CheckMemoryBytes(bytes);
        if (limits?.MemoryGrowing is { } decide && !decide(0, bytes, type.Limits.Max * MemoryInstance.PageSize))
            throw LinkErrors.GrowthRefused("memory", bytes, "bytes");
        _memoryCount++;
        Interlocked.Add(ref _memoryBytes, bytes); // a shared memory of this store may grow on another thread meanwhile
    }

    /// <summary>Counts a new table of <paramref name="type"/>'s minimum size, or throws <see cref="LinkException"/>.</summary>
    private void ChargeTable(TableType type)
    {
        var limits = Limits;
        if (limits?.Tables is long max && _tableCount + 1 > max)
            throw LinkErrors.StoreLimit("StoreLimits.Tables", max, "tables", _tableCount + 1);
        ulong elements = type.Limits.Min;
        CheckTableElements(elements);
        if (limits?.TableGrowing is { } decide && !decide(0, elements, type.Limits.Max))
            throw LinkErrors.GrowthRefused("table", elements, "elements");
        _tableCount++;
        _tableElements += elements;
    }

    private void CheckMemoryBytes(ulong more)
    {
        if (Limits?.MemoryBytes is ulong max && _memoryBytes + more > max)
            throw LinkErrors.StoreLimit("StoreLimits.MemoryBytes", max, "bytes of memory", _memoryBytes + more);
    }

    private void CheckTableElements(ulong more)
    {
        ulong max = TableElementCap;
        if (_tableElements + more > max)
            throw LinkErrors.StoreLimit(Limits?.TableElements is null ? "EngineOptions.MaxStoreTableElements" : "StoreLimits.TableElements", max,
                "table elements", _tableElements + more);
    }

    /// <summary>Whether <paramref name="memory"/> may grow from <paramref name="oldPages"/> to
    /// <paramref name="newPages"/> (the caller has checked its maximum and the engine's limit); counts the growth when
    /// it may. The one place that decides a memory's growth for the store, whoever asked (wasm or the host).</summary>
    public bool TryGrowMemory(MemoryInstance memory, ulong oldPages, ulong newPages)
    {
        ulong more = (newPages - oldPages) * MemoryInstance.PageSize;
        var limits = Limits;
        if (limits is not null)
        {
            if (limits.MemoryBytes is ulong max && _memoryBytes + more > max) return false;
            if (limits.MemoryGrowing is { } decide &&
                !decide(oldPages * MemoryInstance.PageSize, newPages * MemoryInstance.PageSize, memory.DeclaredMax * MemoryInstance.PageSize))
                return false;
        }
        // Atomic: a shared memory's growth is counted here from whichever thread grows it (each memory grows under
        // its own lock, so two growths of one memory never race; the check above may still race another memory's).
        Interlocked.Add(ref _memoryBytes, more);
        return true;
    }

    /// <summary>Whether <paramref name="table"/> may grow from <paramref name="oldLength"/> to
    /// <paramref name="newLength"/> elements; counts the growth when it may. See <see cref="TryGrowMemory"/>.</summary>
    public bool TryGrowTable(TableInstance table, ulong oldLength, ulong newLength)
    {
        ulong more = newLength - oldLength;
        if (_tableElements + more > TableElementCap) return false;
        if (Limits?.TableGrowing is { } decide && !decide(oldLength, newLength, table.Max)) return false;
        _tableElements += more;
        return true;
    }
}
