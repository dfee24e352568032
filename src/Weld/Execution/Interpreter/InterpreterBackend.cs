using Weld.Runtime;
using Weld.Validation;

namespace Weld.Execution.Interpreter;

/// <summary>The interpreter back end: lowers validated code to a compact form and runs it in a dispatch loop.</summary>
internal sealed class InterpreterBackend : CodeBackend
{
    public static readonly InterpreterBackend Instance = new();

    public override object PrepareFunction(ValidatedModule module, object? state, int definedIndex) => Lowerer.Lower(module, definedIndex);

    public override void Invoke(WasmFunctionInstance function, ExecStack stack, int argBase) => Machine.Invoke(function, stack, argBase);
}
