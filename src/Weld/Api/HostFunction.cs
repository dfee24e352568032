using Weld.Diagnostics;
using Weld.Execution;
using Weld.Runtime;

namespace Weld;

/// <summary>
/// A host function definition that belongs to no store: its type and code. <see cref="Instantiate"/> makes a
/// <see cref="Function"/> of it in a store; linkers and the engine's native registry do that on demand.
/// </summary>
public sealed partial class HostFunction
{
    private HostFunction(FuncType type, string? name, Func<Store, HostCallback> trampoline)
    {
        Type = type;
        Name = name ?? "host";
        Template = new HostFunctionTemplate(type, Name, store => trampoline(Store.Of(store)));
    }

    /// <summary>What the runtime and the linking layers instantiate per store.</summary>
    internal HostFunctionTemplate Template { get; }

    /// <summary>The function's type.</summary>
    public FuncType Type { get; }

    /// <summary>The name shown in backtraces.</summary>
    public string Name { get; }

    /// <summary>Creates the function in <paramref name="store"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public Function Instantiate(Store store)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Runtime.ThrowIfDisposed();
        return new Function(Template.Instantiate(store.Runtime));
    }

    /// <summary>A host function of type <paramref name="type"/> that calls <paramref name="callback"/> with <see cref="Value"/>s.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> or <paramref name="callback"/> is null.</exception>
    public static HostFunction FromCallback(FuncType type, HostFunc callback, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return FromCallback(type, (_, args, results) => callback(args, results), name);
    }

    /// <summary>A host function of type <paramref name="type"/> whose callback also gets the calling instance.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> or <paramref name="callback"/> is null.</exception>
    public static HostFunction FromCallback(FuncType type, CallerHostFunc callback, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(callback);
        var ps = type.ParamArray;
        var rs = type.ResultArray;
        return new HostFunction(type, name, store => (stack, argBase) =>
        {
            Value[] args = ps.Length == 0 ? [] : new Value[ps.Length];
            int at = argBase;
            for (int i = 0; i < ps.Length; i++)
            {
                args[i] = SlotValues.Read(stack, at, ps[i], out int n);
                at += n;
            }
            Value[] results = rs.Length == 0 ? [] : new Value[rs.Length];
            for (int i = 0; i < rs.Length; i++) results[i] = Value.Default(rs[i]);
            var caller = Caller.Of(store, stack);
            try
            {
                callback(caller, args, results);
            }
            catch (Exception e) when (e is not TrapException)
            {
                throw HostEntry.Wrap(e);
            }
            at = argBase;
            for (int i = 0; i < rs.Length; i++)
            {
                bool fits = results[i].Type == rs[i] && !rs[i].IsReference
                    || ValueMatching.Matches(results[i], rs[i], store.Runtime.Engine.Types);
                if (!fits || (results[i].Ref is FunctionInstance f && f.Store != store.Runtime))
                    throw new TrapException(TrapCode.HostArgumentMismatch, TrapText.HostResultMismatch(results[i].Type, rs[i]));
                at += SlotValues.Write(stack, at, results[i]);
            }
        });
    }
}
