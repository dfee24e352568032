using Weld.Syntax;

namespace Weld.Execution.Interpreter;

/// <summary>Exception handling: throw and throw_ref become ops that unwind; a try_table emits no code in its body's
/// path but, before it, one landing stub per catch clause (a branch to the clause's label with the values the clause
/// passes on top of the stack as it is outside the try_table), skipped by a jump, and records a <see cref="Handler"/>.</summary>
internal sealed partial class Lowerer
{
    private readonly List<Handler> _handlers = [];

    private void Throw(int tagIdx)
    {
        var kinds = Kinds(_def.Types[_def.TagTypeIndex(tagIdx)].ParamArray);
        int src = PopMaterialized(kinds.Length);
        Emit(Op.Throw, tagIdx, src);
        MarkDead();
    }

    private void ThrowRef()
    {
        int src = PopSrc();
        Emit(Op.ThrowRef, 0, src);
        MarkDead();
    }

    private void TryTable(in Instr ins)
    {
        MaterializeAll();
        var (ps, _) = BlockTypes.Resolve(_def, ins.A);
        var paramKinds = Kinds(ps);
        int skip = Emit(Op.Br);
        var clauses = new List<Handler>();
        var pool = _body.BrTables;
        var outer = _ctrl[^1];
        bool dead = outer.Dead;
        for (int i = 0; i < (int)ins.C; i++)
        {
            int kind = pool[ins.B + 3 * i];
            int tag = pool[ins.B + 3 * i + 1];
            int depth = pool[ins.B + 3 * i + 2];
            var passed = ExceptionOpcodes.HasTag(kind) ? Kinds(_def.Types[_def.TagTypeIndex(tag)].ParamArray) : [];
            if (ExceptionOpcodes.HasRef(kind)) passed = [.. passed, ValueKind.ExnRef];
            // The stack as a handler leaves it: the try_table's parameters gone, the clause's values on top.
            for (int k = 0; k < paramKinds.Length; k++) Pop();
            int dest = Home(_height);
            foreach (var k in passed) Push(k);
            Label();
            int stub = _code.Count;
            Branch(depth);
            for (int k = 0; k < passed.Length; k++) Pop();
            foreach (var k in paramKinds) Push(k);
            outer.Dead = dead;
            clauses.Add(new Handler
            {
                Tag = ExceptionOpcodes.HasTag(kind) ? tag : -1,
                WithRef = ExceptionOpcodes.HasRef(kind),
                Dest = dest,
                Slots = Slots(passed),
                Stub = stub,
            });
        }
        Patch(skip, _code.Count);
        Label();
        Block(CtrlKind.Block, ins.A);
        var f = _ctrl[^1];
        f.TryClauses = clauses;
        foreach (var c in clauses) c.Start = _code.Count;
        // Searched from the end: later (inner) try_tables first, and each one's clauses in order.
        for (int i = clauses.Count - 1; i >= 0; i--) _handlers.Add(clauses[i]);
    }

    /// <summary>At a try_table's end: its clauses cover the code emitted since its start.</summary>
    private void EndTry(Ctrl f)
    {
        foreach (var c in f.TryClauses!) c.End = _code.Count;
    }
}
