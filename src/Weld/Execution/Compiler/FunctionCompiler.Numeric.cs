using System.Reflection;
using System.Reflection.Emit;
using Weld.Syntax;

namespace Weld.Execution.Compiler;

internal sealed partial class FunctionCompiler
{
    /// <summary>A scalar numeric instruction: a call to its method in the semantics shared with the interpreter,
    /// which the JIT inlines.</summary>
    private bool Numeric(in Instr ins)
    {
        var method = NumericMethod(ins.Op);
        if (method is null) return false;
        int n = method.GetParameters().Length;
        if (NumericIl.RecipeFor(ins.Op) is { } recipe)
        {
            PopToIl(n);
            recipe(_il);
        }
        else
        {
            PopOperandsForBranchingCode(n);
            _il.Emit(OpCodes.Call, method);
        }
        Push(KindOf(method.ReturnType));
        return true;
    }

    /// <summary>The semantics method of a scalar numeric instruction (SIMD ones are translated in the SIMD part).</summary>
    private static MethodInfo? NumericMethod(Opcode op) =>
        InstructionSemantics.Of(op) is { Owner: var owner } semantics && owner == typeof(NumericSemantics) ? semantics.Method : null;

}
