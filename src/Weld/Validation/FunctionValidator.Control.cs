using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Validation;

/// <summary>Control instructions: blocks, branches, calls.</summary>
internal sealed partial class FunctionValidator
{
    /// <summary>Validates a control instruction; false if <paramref name="ins"/> is not one.</summary>
    private bool Control(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.Unreachable:
                MarkUnreachable();
                return true;
            case Opcode.Nop:
                return true;
            case Opcode.Block:
            case Opcode.Loop:
            {
                var (ps, rs) = BlockType(in ins);
                PopVals(ps);
                PushCtrl(ins.Op, ps, rs);
                return true;
            }
            case Opcode.If:
            {
                var (ps, rs) = BlockType(in ins);
                PopVals(ps, ValType.I32);
                PushCtrl(Opcode.If, ps, rs);
                return true;
            }
            case Opcode.Else:
                Else();
                return true;
            case Opcode.End:
                End();
                return true;
            case Opcode.Br:
                PopVals(LabelTypes(ins.A));
                MarkUnreachable();
                return true;
            case Opcode.BrIf:
            {
                var ts = LabelTypes(ins.A);
                PopVals(ts, ValType.I32);
                PushVals(ts);
                return true;
            }
            case Opcode.BrTable:
                BrTable(in ins);
                return true;
            case Opcode.Return:
                PopVals(ctrls[0].Results);
                MarkUnreachable();
                return true;
            case Opcode.Call:
            {
                var ft = c.FunctionAt(ins.A);
                PopVals(ft.ParamArray);
                PushVals(ft.ResultArray);
                return true;
            }
            case Opcode.CallIndirect:
            {
                // Spec order: the table (and its funcref type) first, then the type index.
                if (!Subtyping.Matches(c.TableAt(ins.B).ElementType, ValType.FuncRef, c.TypeIds)) ValidationErrors.TypeMismatch();
                var ft = c.TypeAt(ins.A);
                PopVals(ft.ParamArray, KindTypes[(int)c.TableAddress(ins.B)]);
                PushVals(ft.ResultArray);
                return true;
            }
            case Opcode.ReturnCall:
            case Opcode.ReturnCallIndirect:
                ReturnCall(in ins);
                return true;
            case Opcode.CallRef or Opcode.ReturnCallRef:
            {
                var ft = c.TypeAt(ins.A);
                PopVals(ft.ParamArray, ValType.Ref(ins.A, nullable: true));
                if (ins.Op == Opcode.CallRef) PushVals(ft.ResultArray);
                else
                {
                    CheckTailCallResults(ft);
                    MarkUnreachable();
                }
                return true;
            }
            case Opcode.BrOnNull:
            {
                var ts = LabelTypes(ins.A);
                var rt = PopRef();
                PopVals(ts);
                PushVals(ts);
                Push(rt.Kind == 0 ? ValType.BotRef : rt.WithNullable(false));
                return true;
            }
            case Opcode.BrOnNonNull:
                BrOnNonNull(in ins);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A tail call's callee results must match the caller's (3.0).</summary>
    private void CheckTailCallResults(FuncType callee)
    {
        if (callee.ResultArray.Length != results.Length) ValidationErrors.TypeMismatch();
        for (int i = 0; i < results.Length; i++)
            if (!Subtyping.Matches(callee.ResultArray[i], results[i], c.TypeIds)) ValidationErrors.TypeMismatch();
    }

    /// <summary>br_on_non_null l: the label takes the operands and the reference, made non-null, last.</summary>
    private void BrOnNonNull(in Instr ins)
    {
        var ts = LabelTypes(ins.A);
        if (ts.Length == 0 || !ts[^1].IsReference) ValidationErrors.TypeMismatch();
        var rt = PopRef();
        var nonNull = rt.Kind == 0 ? ValType.BotRef : rt.WithNullable(false);
        if (!Subtyping.Matches(nonNull, ts[^1], c.TypeIds)) ValidationErrors.TypeMismatch();
        for (int i = ts.Length - 2; i >= 0; i--) Pop(ts[i]);
        for (int i = 0; i < ts.Length - 1; i++) Push(ts[i]);
    }

    private void Else()
    {
        if (ctrls[ctrlCount - 1].Op != Opcode.If) ValidationErrors.Throw(Messages.ElseWithoutIf);
        var f = PopCtrl();
        PushCtrl(Opcode.Else, f.Params, f.Results);
    }

    private void End()
    {
        var f = PopCtrl();
        if (f.Op == Opcode.If)
        {
            // "if bt ... end" is "if bt ... else end": the empty else must turn the params into the results.
            PushCtrl(Opcode.Else, f.Params, f.Results);
            PopCtrl();
        }
        // The function's own frame leaves its results for the caller; nothing follows it.
        if (ctrlCount > 0) PushVals(f.Results);
    }

    /// <summary>
    /// br_table by the spec's algorithm: every label must have the default's arity, and each label's types are
    /// popped and the popped (possibly Unknown) values pushed back, so that a polymorphic stack can satisfy
    /// labels of different types of the same arity.
    /// </summary>
    private void BrTable(in Instr ins)
    {
        int start = ins.A, count = ins.B;
        if (start < 0 || count < 0 || (long)start + count >= brTables.Length)
            ValidationErrors.Throw(Messages.BrTableLabelsOutOfRange);
        var defaultTypes = LabelTypes(brTables[start + count]);
        Pop(ValueKind.I32);
        int arity = defaultTypes.Length;
        if (scratch.Length < arity) scratch = new ValType[arity];
        for (int i = 0; i < count; i++)
        {
            var ts = LabelTypes(brTables[start + i]);
            if (ts.Length != arity) ValidationErrors.TypeMismatch();
            for (int j = arity - 1; j >= 0; j--) scratch[j] = Pop(ts[j]);
            for (int j = 0; j < arity; j++) Push(scratch[j]);
        }
        PopVals(defaultTypes);
        MarkUnreachable();
    }
}
