using Weld.Syntax;

namespace Weld.Execution.Interpreter;

/// <summary>Typed function references: call_ref, ref.as_non_null, br_on_null, br_on_non_null.</summary>
internal sealed partial class Lowerer
{
    private void TypedReference(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.CallRef:
            {
                int target = PopSrc();
                Call(_def.FuncTypeAt(ins.A), Op.CallRef, 0, 0, (ulong)target);
                return;
            }
            case Opcode.ReturnCallRef:
                ReturnCall(_def.FuncTypeAt(ins.A), Op.ReturnCallRef, ins.A, 0, PopSrc());
                return;
            case Opcode.RefAsNonNull:
            {
                var kind = Top().Kind;
                int src = PopSrc();
                EmitProducer(Op.RefAsNonNull, kind, src);
                return;
            }
            case Opcode.BrOnNull:
                BrOnNull(ins.A);
                return;
            case Opcode.BrOnNonNull:
                BrOnNonNull(ins.A);
                return;
        }
    }

    /// <summary>br_on_null: the reference leaves the stack while the branch carries the values below it, and stays
    /// (in its home, untouched by the branch's moves, which write below it) when it falls through.</summary>
    private void BrOnNull(int depth)
    {
        MaterializeAll();
        var reference = Pop();
        int at = Home(reference.Pos);
        var f = Frame(depth);
        if (IsBareJump(f)) Target(f, Emit(Op.BrRefNull, 0, at));
        else
        {
            int skip = Emit(Op.BrRefNonNull, 0, at);
            bool dead = _ctrl[^1].Dead;
            Branch(depth);
            _ctrl[^1].Dead = dead;
            Patch(skip, _code.Count);
            Label();
        }
        Push(reference.Kind);
    }

    /// <summary>br_on_non_null: the branch carries the reference with the values below it; falling through drops it.</summary>
    private void BrOnNonNull(int depth)
    {
        MaterializeAll();
        int at = Home(Top().Pos);
        var f = Frame(depth);
        if (IsBareJump(f)) Target(f, Emit(Op.BrRefNonNull, 0, at));
        else
        {
            int skip = Emit(Op.BrRefNull, 0, at);
            bool dead = _ctrl[^1].Dead;
            Branch(depth);
            _ctrl[^1].Dead = dead;
            Patch(skip, _code.Count);
            Label();
        }
        Pop();
    }
}
