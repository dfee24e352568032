using Weld.Syntax;

namespace Weld.Execution.Interpreter;

/// <summary>
/// Exception handling. throw and throw_ref become ops that unwind (<see cref="Machine"/>) to a <see cref="Handler"/>.
/// A try_table emits, before its body, one landing stub per catch clause (a branch to the clause's label with the
/// values the clause passes on top of the stack as it is outside the try_table), skipped by a jump. A legacy try's
/// catch bodies are the landing points themselves: the exception in a hidden slot at the try's height (for rethrow),
/// its payload above. Handlers are grouped per try in order of their start; the function's list puts later (inner)
/// groups first.
/// </summary>
internal sealed partial class Lowerer
{
    private readonly List<List<Handler>> _handlerGroups = [];

    private Handler[]? Handlers()
    {
        var all = new List<Handler>();
        for (int i = _handlerGroups.Count - 1; i >= 0; i--) all.AddRange(_handlerGroups[i]);
        return all.Count > 0 ? [.. all] : null;
    }

    private ValueKind[] TagKinds(int tagIdx) => Kinds(_def.FuncTypeAt(_def.TagTypeIndex(tagIdx)).ParamArray);

    private void Throw(int tagIdx)
    {
        int src = PopMaterialized(TagKinds(tagIdx).Length);
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
        for (int i = 0; i < pool[ins.B]; i++)
        {
            int kind = pool[ins.B + 1 + 3 * i];
            int tag = pool[ins.B + 1 + 3 * i + 1];
            int depth = pool[ins.B + 1 + 3 * i + 2];
            var passed = ExceptionOpcodes.HasTag(kind) ? TagKinds(tag) : [];
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
                Depth = _ctrl.Count,
            });
        }
        Patch(skip, _code.Count);
        Label();
        Block(CtrlKind.Block, ins.A);
        var f = _ctrl[^1];
        f.TryClauses = clauses;
        f.TryStart = _code.Count;
        _handlerGroups.Add(clauses);
    }

    /// <summary>At a try_table's end, or a legacy try's first catch or delegate: the try's body ends here.</summary>
    private void EndTryBody(Ctrl f)
    {
        if (f.TryEnd >= 0) return;
        f.TryEnd = _code.Count;
        foreach (var c in f.TryClauses!)
        {
            c.Start = f.TryStart;
            c.End = f.TryEnd;
        }
    }

    private void Try(int blockType)
    {
        Block(CtrlKind.Block, blockType);
        var f = _ctrl[^1];
        f.LegacyTry = true;
        f.TryClauses = [];
        f.TryStart = _code.Count;
        _handlerGroups.Add(f.TryClauses);
    }

    /// <summary>A legacy catch (tag index, or -1 for catch_all): ends the try body or the previous catch body (a jump
    /// to the end with the results), then starts this catch body with the exception and its payload on the stack.</summary>
    private void Catch(int tagIdx)
    {
        var f = _ctrl[^1];
        bool first = f.TryEnd < 0;
        if (!f.Dead) Branch(0);
        if (first) EndTryBody(f);
        Label();
        int at = _code.Count;
        ResetTo(f, []);
        f.Dead = false;
        f.ExnSlot = Push(ValueKind.ExnRef);
        var payload = tagIdx >= 0 ? TagKinds(tagIdx) : [];
        foreach (var k in payload) Push(k);
        f.TryClauses!.Add(new Handler
        {
            Start = f.TryStart,
            End = f.TryEnd,
            Tag = tagIdx,
            WithRef = true,
            RefFirst = true,
            Dest = f.ExnSlot,
            Slots = 1 + Slots(payload),
            Stub = at,
            Depth = _ctrl.Count - 1,
        });
    }

    /// <summary>delegate l: exceptions of the try body go on to the handlers of label l (relative to outside the try).</summary>
    private void Delegate(int depth)
    {
        var f = _ctrl[^1];
        EndTryBody(f);
        f.TryClauses!.Add(new Handler
        {
            Start = f.TryStart,
            End = f.TryEnd,
            Tag = -1,
            IsDelegate = true,
            DelegateTo = _ctrl.Count - 2 - depth,
            Stub = 0,
            Depth = _ctrl.Count - 1,
        });
        End();
    }

    /// <summary>The end of a legacy try: a catch body that falls through moves its results down over the exception.</summary>
    private void EndLegacyTry(Ctrl f)
    {
        if (f.ExnSlot >= 0 && !f.Dead)
        {
            Branch(0);
            f.Dead = true;
        }
        EndTryBody(f);
    }

    private void Rethrow(int depth)
    {
        Emit(Op.ThrowRef, 0, Frame(depth).ExnSlot);
        MarkDead();
    }
}
