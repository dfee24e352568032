using Weld.Runtime;
using Weld.Validation;

namespace Weld.Execution;

/// <summary>The contract every back end (interpreter, IL compiler) fulfils.</summary>
internal abstract class CodeBackend
{
    /// <summary>Per-module state the back end keeps while preparing the module's functions (null when it needs none).</summary>
    public virtual object? CreateModuleState(ValidatedModule module, RuntimeOptions options) => null;

    /// <summary>Prepares the code of defined function <paramref name="definedIndex"/> (0 = first non-imported function).
    /// Called once per module; the result is shared by all instances and stored in <see cref="WasmFunctionInstance.Code"/>.</summary>
    public abstract object PrepareFunction(ValidatedModule module, object? state, int definedIndex);

    /// <summary>Runs <paramref name="function"/> with arguments at <c>stack.Slots[argBase..]</c> (see <see cref="HostCallback"/>);
    /// results replace them from <paramref name="argBase"/> on. Throws <see cref="TrapException"/>.</summary>
    public abstract void Invoke(WasmFunctionInstance function, ExecStack stack, int argBase);
}

/// <summary>One entry for calling any function instance.</summary>
internal static class Calls
{
    public static void Invoke(FunctionInstance f, ExecStack stack, int argBase)
    {
        switch (f)
        {
            case WasmFunctionInstance w:
                w.Store.Engine.Code.Invoke(w, stack, argBase);
                break;
            case HostFunctionInstance h:
                h.Callback(stack, argBase);
                break;
            default:
                throw new InvalidOperationException("unknown function instance");
        }
    }

    /// <summary>Number of slots a value of the type takes.</summary>
    public static int SlotCount(ValType t) => t.Kind == ValueKind.V128 ? 2 : 1;

    public static int SlotCount(ReadOnlySpan<ValType> types)
    {
        int n = 0;
        foreach (var t in types) n += SlotCount(t);
        return n;
    }
}
