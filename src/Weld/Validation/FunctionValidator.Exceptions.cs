using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Validation;

/// <summary>Exception handling: throw, throw_ref, try_table, and the legacy try/catch/catch_all/delegate/rethrow.</summary>
internal sealed partial class FunctionValidator
{
    private static readonly ValType[] ExnRefOnly = [ValType.Ref(AbstractHeapType.Exn, nullable: false)]; // catch_ref passes (ref exn)

    /// <summary>Validates an exception instruction; false if <paramref name="ins"/> is not one.</summary>
    private bool Exceptions(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.Throw:
                PopVals(c.TagAt(ins.A).ParamArray);
                MarkUnreachable();
                return true;
            case Opcode.ThrowRef:
                Pop(ValType.ExnRef);
                MarkUnreachable();
                return true;
            case Opcode.TryTable:
                TryTable(in ins);
                return true;
            case Opcode.Try:
            {
                var (ps, rs) = BlockType(in ins);
                PopVals(ps);
                PushCtrl(Opcode.Try, ps, rs);
                return true;
            }
            case Opcode.Catch:
            {
                var f = PopHandlerFrame(allowCatchAll: false);
                PushCtrl(Opcode.Catch, [], f.Results);
                PushVals(c.TagAt(ins.A).ParamArray);
                return true;
            }
            case Opcode.CatchAll:
            {
                var f = PopHandlerFrame(allowCatchAll: false);
                PushCtrl(Opcode.CatchAll, [], f.Results);
                return true;
            }
            case Opcode.Delegate:
            {
                if (ctrls[ctrlCount - 1].Op != Opcode.Try) ValidationErrors.Throw(Messages.EndOpcodeExpected);
                var f = PopCtrl();
                LabelTypes(ins.A); // relative to the try's context: it must exist
                PushVals(f.Results);
                return true;
            }
            case Opcode.Rethrow:
            {
                LabelTypes(ins.A);
                var op = ctrls[ctrlCount - 1 - ins.A].Op;
                if (op is not (Opcode.Catch or Opcode.CatchAll)) ValidationErrors.Throw(Messages.InvalidRethrowLabel);
                MarkUnreachable();
                return true;
            }
            default:
                return false;
        }
    }

    /// <summary>Closes the try (or the previous catch) before a catch clause of a legacy try.</summary>
    private Frame PopHandlerFrame(bool allowCatchAll)
    {
        var op = ctrls[ctrlCount - 1].Op;
        if (op is not (Opcode.Try or Opcode.Catch) && !(allowCatchAll && op == Opcode.CatchAll))
            ValidationErrors.Throw(Messages.EndOpcodeExpected);
        return PopCtrl();
    }

    /// <summary>Each catch clause's label (outside the try_table) must take what the clause passes: the tag's payload,
    /// then the exnref for the _ref forms.</summary>
    private void TryTable(in Instr ins)
    {
        var (ps, rs) = BlockType(in ins);
        if (ins.B < 0 || ins.B >= brTables.Length) ValidationErrors.Throw(Messages.MalformedCatchKind);
        int start = ins.B + 1, count = brTables[ins.B];
        if (count < 0 || (long)start + 3L * count > brTables.Length) ValidationErrors.Throw(Messages.MalformedCatchKind);
        for (int i = 0; i < count; i++)
        {
            int kind = brTables[start + 3 * i];
            ValType[] passed = ExceptionOpcodes.HasTag(kind) ? c.TagAt(brTables[start + 3 * i + 1]).ParamArray : [];
            if (ExceptionOpcodes.HasRef(kind)) passed = [.. passed, .. ExnRefOnly];
            var label = LabelTypes(brTables[start + 3 * i + 2]);
            if (label.Length != passed.Length) ValidationErrors.TypeMismatch();
            for (int k = 0; k < passed.Length; k++)
                if (!Subtyping.Matches(passed[k], label[k], c.TypeIds)) ValidationErrors.TypeMismatch();
        }
        PopVals(ps);
        PushCtrl(Opcode.TryTable, ps, rs);
    }
}
