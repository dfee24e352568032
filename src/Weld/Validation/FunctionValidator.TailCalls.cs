using Weld.Syntax;

namespace Weld.Validation;

/// <summary>Tail calls: a call whose results are the function's own, which then ends the block (like return).</summary>
internal sealed partial class FunctionValidator
{
    private void ReturnCall(in Instr ins)
    {
        FuncType ft;
        if (ins.Op == Opcode.ReturnCallIndirect)
        {
            if (c.TableAt(ins.B).ElementType.Kind != ValueKind.FuncRef) ValidationErrors.TypeMismatch();
            ft = c.TypeAt(ins.A);
            Pop(ValueKind.I32);
        }
        else ft = c.FunctionAt(ins.A);
        RequireOwnResults(ft.ResultArray);
        PopVals(ft.ParamArray);
        MarkUnreachable();
    }

    /// <summary>A tail callee's results must be the calling function's results.</summary>
    private void RequireOwnResults(ValType[] results)
    {
        var own = ctrls[0].Results;
        if (own.Length != results.Length) ValidationErrors.TypeMismatch();
        for (int i = 0; i < own.Length; i++)
            if (own[i] != results[i]) ValidationErrors.TypeMismatch();
    }
}
