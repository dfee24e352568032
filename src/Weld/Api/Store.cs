namespace Weld;

/// <summary>Owns the runtime objects (functions, tables, memories, globals, instances) created in it.
/// A store is used by one thread at a time.</summary>
public sealed class Store : IDisposable
{
    // Weak: a memory no instance or host object references any more is freed by its finalizer, so a long-lived store
    // that keeps making and dropping instances does not pile up address-space reservations.
    private readonly List<WeakReference<Runtime.MemoryInstance>> _memories = [];

    /// <summary>Creates a store.</summary>
    public Store(Engine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
    }

    /// <summary>The engine.</summary>
    public Engine Engine { get; }

    /// <summary>Arbitrary host data for host functions.</summary>
    public object? Data { get; set; }

    internal void Track(Runtime.MemoryInstance memory)
    {
        lock (_memories)
        {
            if (_memories.Count >= 64 && (_memories.Count & (_memories.Count - 1)) == 0)
                _memories.RemoveAll(w => !w.TryGetTarget(out _));
            _memories.Add(new WeakReference<Runtime.MemoryInstance>(memory));
        }
    }

    /// <summary>Frees the store's linear memories now instead of at garbage collection. Using its objects afterwards is an error.</summary>
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
