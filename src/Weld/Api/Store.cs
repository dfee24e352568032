using Weld.Runtime;

namespace Weld;

/// <summary>Owns the runtime objects (functions, tables, memories, globals, instances) created in it.
/// A store is used by one thread at a time.</summary>
public sealed partial class Store : IDisposable
{
    /// <summary>Creates a store.</summary>
    public Store(Engine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
        Runtime = new RuntimeStore(engine.Runtime) { Owner = this };
    }

    /// <summary>The engine.</summary>
    public Engine Engine { get; }

    /// <summary>Arbitrary host data for host functions.</summary>
    public object? Data { get; set; }

    /// <summary>The runtime's side of this store, which its objects point to.</summary>
    internal RuntimeStore Runtime { get; }

    /// <summary>The store that wraps <paramref name="runtime"/> (every runtime store is made by a public one).</summary>
    internal static Store Of(RuntimeStore runtime) => (Store)runtime.Owner!;

    /// <summary>Frees the store's linear memories now instead of at garbage collection; when code runs in the store (on
    /// this or another thread), as soon as it returns, and that code is interrupted (<see cref="TrapCode.Interrupted"/>).
    /// Afterwards every use of the store or its objects throws <see cref="ObjectDisposedException"/>. May be called from
    /// any thread, any number of times.</summary>
    public void Dispose()
    {
        Runtime.RequestInterrupt(InterruptReason.Disposed);
        Runtime.Dispose();
    }
}
