namespace Weld;

/// <summary>Who is calling a host function: the instance whose wasm code made the call (e.g. to reach its memory).</summary>
public readonly struct Caller
{
    internal Caller(Store store, Instance? instance)
    {
        Store = store;
        Instance = instance;
    }

    /// <summary>The store.</summary>
    public Store Store { get; }

    /// <summary>The calling instance, or null when the host called the function directly (or during instantiation, before the instance exists).</summary>
    public Instance? Instance { get; }

    /// <summary>The calling instance's export named <paramref name="name"/>, or null.</summary>
    public Extern? GetExport(string name) => Instance?.GetExport(name);

    /// <summary>The calling instance's exported memory named <paramref name="name"/> (default "memory"), or null.</summary>
    public Memory? GetMemory(string name = "memory") => Instance?.GetMemory(name);
}

/// <summary>An untyped host callback that also receives its <see cref="Caller"/>.</summary>
public delegate void CallerHostFunc(Caller caller, ReadOnlySpan<Value> args, Span<Value> results);
