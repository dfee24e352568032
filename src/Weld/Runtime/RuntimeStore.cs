namespace Weld.Runtime;

/// <summary>
/// The spec's store as the runtime sees it: the engine its objects run on, and the linear memories it must free.
/// Its objects (function, table, memory and global instances) each point back to it. The public <c>Store</c>
/// makes one and wraps it.
/// </summary>
internal sealed partial class RuntimeStore(RuntimeEngine engine) : IDisposable
{
    // Weak: a memory no instance or host object references any more is freed by its finalizer, so a long-lived store
    // that keeps making and dropping instances does not pile up address-space reservations.
    private readonly List<WeakReference<MemoryInstance>> _memories = [];

    public RuntimeEngine Engine { get; } = engine;

    /// <summary>The public object that wraps this one. Set by the API layer; opaque to the runtime.</summary>
    public object? Owner { get; init; }

    /// <summary>The spec's alloctable: a table whose elements start as <paramref name="initial"/>.</summary>
    public TableInstance AllocateTable(TableType type, object? initial)
    {
        ChargeTable(type);
        return new(this, type, initial, Engine.Options.MaxTableElements);
    }

    /// <summary>The spec's allocmem: a memory of the type's minimum size, zeroed, freed with the store.</summary>
    public MemoryInstance AllocateMemory(MemoryType type)
    {
        ChargeMemory(type);
        var memory = new MemoryInstance(this, type, Engine.Options.MaxMemoryPages);
        Track(memory);
        return memory;
    }

    /// <summary>The spec's allocglobal.</summary>
    public GlobalInstance AllocateGlobal(GlobalType type, Value initial)
    {
        var global = new GlobalInstance(this, type);
        global.Write(initial);
        return global;
    }

    private void Track(MemoryInstance memory)
    {
        lock (_memories)
        {
            if (_memories.Count >= 64 && (_memories.Count & (_memories.Count - 1)) == 0)
                _memories.RemoveAll(w => !w.TryGetTarget(out _));
            _memories.Add(new WeakReference<MemoryInstance>(memory));
        }
    }

    /// <summary>Frees the store's linear memories now instead of at garbage collection.</summary>
    public void Dispose()
    {
        lock (_memories)
        {
            foreach (var w in _memories)
                if (w.TryGetTarget(out var m)) m.Dispose();
            _memories.Clear();
        }
    }
}
