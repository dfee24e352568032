using Weld.Syntax;

namespace Weld.Validation;

/// <summary>Tail calls: a call whose results are the function's own, which then ends the block (like return).</summary>
internal sealed partial class FunctionValidator
{
    private void ReturnCall(in Instr ins)
    {
        if (ins.Op == Opcode.ReturnCallIndirect)
        {
            if (c.TableAt(ins.B).ElementType.Kind != ValueKind.FuncRef) ValidationErrors.TypeMismatch();
            var ft = c.TypeAt(ins.A);
            CheckTailCallResults(ft);
            PopVals(ft.ParamArray, KindTypes[(int)c.TableAddress(ins.B)]);
        }
        else
        {
            var ft = c.FunctionAt(ins.A);
            CheckTailCallResults(ft);
            PopVals(ft.ParamArray);
        }
        MarkUnreachable();
    }
}
