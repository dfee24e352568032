using Weld.Execution;

namespace Weld;

/// <summary>Who is calling a host function: the instance whose wasm code made the call (e.g. to reach its memory).</summary>
public readonly struct Caller
{
    internal Caller(Store store, Instance? instance)
    {
        Store = store;
        Instance = instance;
    }

    /// <summary>The caller of the host function running on <paramref name="stack"/> (no allocation: a caller's
    /// <see cref="Weld.Instance"/> is made once per instance).</summary>
    internal static Caller Of(Store store, ExecStack stack) =>
        new(store, stack.Caller is { } calling ? Instance.Of(calling) : null);

    /// <summary>The store.</summary>
    public Store Store { get; }

    /// <summary>The calling instance, or null when the host called the function directly (as instantiation does when a
    /// host function is itself a module's start function). A start function written in wasm is the caller of the host
    /// functions it calls, while its instance is still being instantiated.</summary>
    public Instance? Instance { get; }

    /// <summary>The calling instance's export named <paramref name="name"/>, or null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null and there is a calling instance.</exception>
    public Extern? GetExport(string name) => Instance?.GetExport(name);

    /// <summary>The calling instance's exported memory named <paramref name="name"/> (default "memory"), or null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null and there is a calling instance.</exception>
    public Memory? GetMemory(string name = "memory") => Instance?.GetMemory(name);
}

/// <summary>An untyped host callback that also receives its <see cref="Caller"/>.</summary>
public delegate void CallerHostFunc(Caller caller, ReadOnlySpan<Value> args, Span<Value> results);
