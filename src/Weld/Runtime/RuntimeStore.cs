namespace Weld.Runtime;

/// <summary>
/// The spec's store as the runtime sees it: the engine its objects run on, and the linear memories it must free.
/// Its objects (function, table, memory and global instances) each point back to it. The public <c>Store</c>
/// makes one and wraps it. When memory is freed is decided in RuntimeStore.Lifetime.cs.
/// </summary>
internal sealed partial class RuntimeStore(RuntimeEngine engine)
{
    public RuntimeEngine Engine { get; } = engine;

    /// <summary>The public object that wraps this one. Set by the API layer; opaque to the runtime.</summary>
    public object? Owner { get; init; }

    /// <summary>The spec's alloctable: a table whose elements start as <paramref name="initial"/>.</summary>
    public TableInstance AllocateTable(TableType type, object? initial)
    {
        ThrowIfDisposed();
        ChargeTable(type);
        return new(this, type, initial, Engine.Options.MaxTableElements);
    }

    /// <summary>The spec's allocmem: a memory of the type's minimum size, zeroed, freed with the store. A shared
    /// memory outlives the store: other stores (threads) may use it, so only its collection frees it.</summary>
    public MemoryInstance AllocateMemory(MemoryType type)
    {
        ThrowIfDisposed();
        ChargeMemory(type);
        var memory = new MemoryInstance(this, type, Engine.Options.MaxMemoryPages);
        if (!memory.Shared) Track(memory);
        return memory;
    }

    /// <summary>The spec's allocglobal.</summary>
    public GlobalInstance AllocateGlobal(GlobalType type, Value initial)
    {
        ThrowIfDisposed();
        var global = new GlobalInstance(this, type);
        global.Write(initial);
        return global;
    }
}
