namespace Weld;

/// <summary>Owns the runtime objects (functions, tables, memories, globals, instances) created in it.
/// A store is used by one thread at a time.</summary>
public sealed class Store : IDisposable
{
    private readonly List<Runtime.MemoryInstance> _memories = [];

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
        lock (_memories) _memories.Add(memory);
    }

    /// <summary>Frees the store's linear memories now instead of at garbage collection. Using its objects afterwards is an error.</summary>
    public void Dispose()
    {
        lock (_memories)
        {
            foreach (var m in _memories) m.Dispose();
            _memories.Clear();
        }
    }
}
