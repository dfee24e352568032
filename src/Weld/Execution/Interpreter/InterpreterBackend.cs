using Weld.Runtime;
using Weld.Validation;

namespace Weld.Execution.Interpreter;

/// <summary>The interpreter back end: lowers validated code to a compact form and runs it in a dispatch loop.</summary>
internal sealed class InterpreterBackend : CodeBackend
{
    public static readonly InterpreterBackend Instance = new();

    /// <summary>The module state is the engine's options (the lowering reads whether to charge fuel).</summary>
    public override object CreateModuleState(ValidatedModule module, RuntimeOptions options) => options;

    public override object PrepareFunction(ValidatedModule module, object? state, int definedIndex) =>
        Lowerer.Lower(module, definedIndex, ((RuntimeOptions)state!).ConsumeFuel, ((RuntimeOptions)state!).Interruptible);

    public override void Invoke(WasmFunctionInstance function, ExecStack stack, int argBase) => Machine.Invoke(function, stack, argBase);
}
