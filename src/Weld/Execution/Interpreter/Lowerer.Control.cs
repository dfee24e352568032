using Weld.Syntax;

namespace Weld.Execution.Interpreter;

/// <summary>Structured control flow: blocks become labels, branches become jumps (plus a Move when values travel).</summary>
internal sealed partial class Lowerer
{
    private void Block(CtrlKind kind, int blockType)
    {
        var (ps, rs) = BlockTypes.Resolve(_def, blockType);
        var f = new Ctrl { Kind = kind, Params = Kinds(ps), Results = Kinds(rs) };
        MaterializeAll();
        f.Height = _height - Slots(f.Params);
        f.EntryCount = _count - ps.Length;
        if (kind == CtrlKind.Loop)
        {
            f.LoopPc = _code.Count;
            Label();
            LoopHead();
        }
        _ctrl.Add(f);
    }

    private void If(int blockType)
    {
        var cond = Pop();
        int jump = CondJump(cond, jumpIfTrue: false);
        Block(CtrlKind.If, blockType);
        _ctrl[^1].ElsePatch = jump;
    }

    private void Else()
    {
        var f = _ctrl[^1];
        if (!f.Dead)
        {
            MaterializeAll();
            f.Patches.Add(Emit(Op.Br));
            f.Targeted = true; // the end is now a join point
        }
        Patch(f.ElsePatch, _code.Count);
        f.ElsePatch = -1;
        Label();
        ResetTo(f, f.Params);
        f.Dead = false;
    }

    private void End()
    {
        var f = _ctrl[^1];
        if (f.LegacyTry) EndLegacyTry(f);
        else if (f.TryClauses is not null) EndTryBody(f);
        if (f.Kind == CtrlKind.Func)
        {
            if (!f.Dead) Return();
            _ctrl.RemoveAt(_ctrl.Count - 1);
            return;
        }
        if (!f.Dead) MaterializeAll();
        bool joined = f.Targeted || f.ElsePatch >= 0;
        if (f.ElsePatch >= 0) Patch(f.ElsePatch, _code.Count);
        foreach (int p in f.Patches) Patch(p, _code.Count);
        bool reachable = !f.Dead || joined;
        if (joined) Label();
        ResetTo(f, f.Results);
        _ctrl.RemoveAt(_ctrl.Count - 1);
        if (!reachable) _ctrl[^1].Dead = true;
    }

    /// <summary>Sets the operand stack to the frame's entry height plus <paramref name="kinds"/> in their homes.</summary>
    private void ResetTo(Ctrl f, ValueKind[] kinds)
    {
        while (_count > f.EntryCount) Pop();
        _height = f.Height;
        foreach (var k in kinds) Push(k);
    }

    /// <summary>Sets the jump target of the instruction at <paramref name="site"/> (or of a br_table pool entry, ~index).</summary>
    private void Patch(int site, int target)
    {
        if (site < 0) _pool[~site] = target;
        else
        {
            var ins = _code[site];
            ins.A = target;
            _code[site] = ins;
        }
    }

    private void MarkDead() => _ctrl[^1].Dead = true;

    // ---- branches ----

    /// <summary>Values a branch to the frame carries.</summary>
    private static ValueKind[] LabelKinds(Ctrl f) => f.Kind == CtrlKind.Loop ? f.Params : f.Results;

    /// <summary>Whether a branch to <paramref name="f"/> from here is a bare jump (no Move, not a return).</summary>
    private bool IsBareJump(Ctrl f)
    {
        if (f.Kind == CtrlKind.Func) return false;
        int n = Slots(LabelKinds(f));
        return n == 0 || _height - n == f.Height;
    }

    /// <summary>Records a jump instruction (or pool entry) at <paramref name="site"/> as going to label <paramref name="f"/>.</summary>
    private void Target(Ctrl f, int site)
    {
        if (f.Kind == CtrlKind.Loop) Patch(site, f.LoopPc);
        else
        {
            f.Targeted = true;
            f.Patches.Add(site);
        }
    }

    /// <summary>An unconditional branch to depth <paramref name="depth"/> from the current (materialized) state.</summary>
    private void Branch(int depth)
    {
        MaterializeAll();
        var f = Frame(depth);
        if (f.Kind == CtrlKind.Func)
        {
            Return();
            return;
        }
        var kinds = LabelKinds(f);
        int n = Slots(kinds);
        int src = Home(_height - n), dst = Home(f.Height);
        if (n > 0 && src != dst) Emit(Op.Move, dst, src, n, AnyRef(kinds) ? 1ul : 0);
        Target(f, Emit(Op.Br));
    }

    private void BrIf(int depth)
    {
        var cond = Pop();
        var f = Frame(depth);
        if (IsBareJump(f))
        {
            Target(f, CondJump(cond, jumpIfTrue: true));
            return;
        }
        int skip = CondJump(cond, jumpIfTrue: false);
        // The taken path may be a return, which marks the frame dead; br_if itself falls through.
        bool dead = _ctrl[^1].Dead;
        Branch(depth);
        _ctrl[^1].Dead = dead;
        Patch(skip, _code.Count);
        Label();
    }

    private void BrTable(in Instr ins)
    {
        int idx = PopSrc();
        MaterializeAll();
        int start = _pool.Count;
        int n = ins.B;
        for (int i = 0; i <= n; i++) _pool.Add(-1);
        Emit(Op.BrTable, start, n, idx);
        var stubs = new Dictionary<int, int>();
        for (int i = 0; i <= n; i++)
        {
            int depth = _body.BrTables[ins.A + i];
            var f = Frame(depth);
            if (IsBareJump(f))
            {
                Target(f, ~(start + i));
                continue;
            }
            if (!stubs.TryGetValue(depth, out int stub))
            {
                Label();
                stub = _code.Count;
                stubs[depth] = stub;
                Branch(depth);
            }
            _pool[start + i] = stub;
        }
        MarkDead();
    }

    /// <summary>Returns from the function with the top result values.</summary>
    private void Return()
    {
        var kinds = _ctrl[0].Results;
        int n = Slots(kinds);
        ulong refs = AnyRef(kinds) ? 1ul : 0;
        // A single result just computed into its home: compute it straight into slot 0 instead.
        if (kinds.Length == 1 && n == 1 && _count > 0 && Top().Loc == Loc.Slot && _producer == _code.Count - 1
            && _code[_producer].A == Home(Top().Pos))
        {
            Retarget(_producer, 0);
            Emit(Op.Return, 0, 0, 1, refs);
            MarkDead();
            return;
        }
        int src;
        if (kinds.Length == 1 && n == 1 && Top().Loc == Loc.Local) src = Top().Local;
        else
        {
            for (int i = _count - kinds.Length; i < _count; i++) Materialize(i);
            src = Home(_height - n);
        }
        Emit(Op.Return, 0, src, n, refs);
        MarkDead();
    }

    private void Retarget(int pc, int dst)
    {
        var ins = _code[pc];
        ins.A = dst;
        _code[pc] = ins;
    }

    /// <summary>
    /// Materializes every pending value, then emits a jump taken when <paramref name="cond"/> (already popped) is
    /// non-zero (or zero). When the condition was just computed by an integer compare, the compare and the jump fuse.
    /// Returns the jump's pc (its target is patched by the caller).
    /// </summary>
    private int CondJump(Entry cond, bool jumpIfTrue)
    {
        if (cond.Loc == Loc.Slot && _producer == _code.Count - 1 && _producer >= 0 && _code[_producer].A == Home(cond.Pos)
            && FusedBranch(_code[_producer].Op) is { } fused)
        {
            // The compare read only its operands (locals or homes at/above cond.Pos, which materialization does
            // not touch), so it may move after the materializing copies.
            var cmp = _code[^1];
            _code.RemoveAt(_code.Count - 1);
            _producer = -1;
            MaterializeAll();
            Op op = jumpIfTrue ? (fused.Imm ? fused.TrueImm : fused.True) : (fused.Imm ? fused.FalseImm : fused.False);
            return FuseCounterBranch(Emit(op, 0, cmp.B, cmp.C, cmp.K));
        }
        if (cond.Loc == Loc.Const)
        {
            // The condition's home is free (the value was popped): put the constant there.
            Emit(Op.Const, Home(cond.Pos), k: cond.K);
            cond.Loc = Loc.Slot;
        }
        int src = cond.Loc == Loc.Local ? cond.Local : Home(cond.Pos);
        MaterializeAll();
        return FuseCounterBranch(Emit(jumpIfTrue ? Op.BrIfNz : Op.BrIfZ, 0, src));
    }
}
