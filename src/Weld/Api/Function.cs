using Weld.Execution;
using Weld.Runtime;

namespace Weld;

/// <summary>An untyped host callback: read <paramref name="args"/>, write every entry of <paramref name="results"/>.</summary>
public delegate void HostFunc(ReadOnlySpan<Value> args, Span<Value> results);

/// <summary>A function: exported by an instance or created by the host. Callable from the host, untyped or typed.</summary>
public sealed partial class Function : Extern
{
    internal Function(FunctionInstance instance) : base(Store.Of(instance.Store)) => Instance = instance;

    internal FunctionInstance Instance { get; }
    internal override ExternInstance RuntimeObject => Instance;

    /// <summary>The function's type.</summary>
    public override FuncType Type => Instance.Type;

    /// <summary>The function's name from the name section, or the host name given at creation.</summary>
    public string Name => Instance.DebugName;

    internal static Function? Wrap(FunctionInstance? f) => f is null ? null : new Function(f);

    /// <summary>Creates a host function of type <paramref name="type"/> in <paramref name="store"/> that calls <paramref name="callback"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/>, <paramref name="type"/> or <paramref name="callback"/> is null.</exception>
    public static Function FromCallback(Store store, FuncType type, HostFunc callback, string? name = null) =>
        HostFunction.FromCallback(type, callback, name).Instantiate(store);

    /// <summary>Calls the function with <paramref name="args"/> and returns its results.</summary>
    /// <exception cref="ArgumentException"><paramref name="args"/> does not match the parameter types in count and
    /// type, or holds a function of another store.</exception>
    /// <exception cref="TrapException">The function traps, or a host function it calls throws (an exception that is not
    /// a <see cref="WeldException"/> becomes a trap with <see cref="TrapCode.HostError"/>).</exception>
    /// <exception cref="WasmException">A wasm exception that no handler in wasm catches (exception handling).</exception>
    /// <exception cref="ExitException">A host function it calls ends the program (e.g. WASI <c>proc_exit</c>).</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    /// <exception cref="InvalidOperationException">Another thread is running code or accessing memory in the store.</exception>
    public Value[] Invoke(params ReadOnlySpan<Value> args)
    {
        var results = new Value[Type.ResultArray.Length];
        Invoke(args, results);
        return results;
    }

    /// <summary>Calls the function, writing its results into <paramref name="results"/> (no allocation for numeric values).</summary>
    /// <exception cref="ArgumentException"><paramref name="args"/> does not match the parameter types in count and
    /// type, or holds a function of another store; or <paramref name="results"/> is shorter than the function's
    /// results.</exception>
    /// <exception cref="TrapException">The function traps, or a host function it calls throws (an exception that is not
    /// a <see cref="WeldException"/> becomes a trap with <see cref="TrapCode.HostError"/>).</exception>
    /// <exception cref="WasmException">A wasm exception that no handler in wasm catches (exception handling).</exception>
    /// <exception cref="ExitException">A host function it calls ends the program (e.g. WASI <c>proc_exit</c>).</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    /// <exception cref="InvalidOperationException">Another thread is running code or accessing memory in the store.</exception>
    public void Invoke(ReadOnlySpan<Value> args, Span<Value> results)
    {
        var ps = Type.ParamArray;
        var rs = Type.ResultArray;
        if (args.Length != ps.Length)
            throw new ArgumentException($"expected {ps.Length} arguments, got {args.Length}", nameof(args));
        if (results.Length < rs.Length)
            throw new ArgumentException($"expected room for {rs.Length} results", nameof(results));
        for (int i = 0; i < args.Length; i++) Global.CheckType(ps[i], args[i], Store);
        HostEntry.Invoke(Instance, args, results);
    }

    private void CheckSignature(ValType[] ps, ValType[] rs)
    {
        if (!Type.ParamArray.AsSpan().SequenceEqual(ps) || !Type.ResultArray.AsSpan().SequenceEqual(rs))
            throw new InvalidCastException($"function has type {Type}, not {new FuncType(ps, rs)}");
    }
}
