using Weld.Diagnostics;
using Weld.Runtime;

namespace Weld;

/// <summary>A global variable, created by the host or exported by an instance.</summary>
public sealed class Global : Extern
{
    internal Global(Store store, GlobalInstance instance) : base(store) => Instance = instance;

    /// <summary>Creates a global in <paramref name="store"/> with an initial value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="type"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="initial"/> is not of the type's value type, or is a function of another store.</exception>
    public Global(Store store, GlobalType type, Value initial) : base(store ?? throw new ArgumentNullException(nameof(store)))
    {
        ArgumentNullException.ThrowIfNull(type);
        CheckType(type.ValType, initial, store);
        Instance = store.Runtime.AllocateGlobal(type, initial);
    }

    internal GlobalInstance Instance { get; }
    internal override ExternInstance RuntimeObject => Instance;

    /// <summary>The global's type.</summary>
    public override GlobalType Type => Instance.Type;

    /// <summary>The current value.</summary>
    /// <exception cref="InvalidOperationException">Setting: the global is immutable.</exception>
    /// <exception cref="ArgumentException">Setting: the value is not of the global's value type, or is a function of another store.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public Value Value
    {
        get
        {
            Instance.Store.ThrowIfDisposed();
            return Instance.Read();
        }
        set
        {
            Instance.Store.ThrowIfDisposed();
            if (!Instance.Type.Mutable) throw new InvalidOperationException(Messages.GlobalImmutable);
            CheckType(Instance.Type.ValType, value, Store);
            Instance.Write(value);
        }
    }

    internal static void CheckType(ValType expected, Value v, Store store)
    {
        // A reference is judged by what it holds (a null of a non-nullable type is refused whatever its type says).
        if ((v.Type != expected || expected.IsReference) && !ValueMatching.Matches(v, expected, store.Runtime.Engine.Types))
            throw new ArgumentException($"value of type {v.Type} given where {expected} is required");
        if (v.Ref is FunctionInstance f && f.Store != store.Runtime) throw new ArgumentException(Messages.FunctionOfAnotherStore);
    }
}
