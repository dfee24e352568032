using System.Reflection.Emit;
using Weld.Syntax;

namespace Weld.Execution.Compiler;

internal sealed partial class FunctionCompiler
{
    private enum CtrlKind : byte { Func, Block, Loop, If }

    private sealed class Ctrl
    {
        public CtrlKind Kind;
        /// <summary>Virtual stack height at entry, below the parameters.</summary>
        public int Height;
        public ValueKind[] Params = [];
        public ValueKind[] Results = [];
        /// <summary>Block/if: the end label; loop: the start label. Unused for the function frame.</summary>
        public Label Label;
        /// <summary>If: the label of the else branch (the false edge).</summary>
        public Label Else;
        public bool HasElse;
        /// <summary>Some branch targets this frame's label (blocks and ifs: the end is reachable by a jump).</summary>
        public bool Targeted;
        /// <summary>If with parameters: copies of them, restored for the else branch (the then branch may reuse their homes).</summary>
        public LocalBuilder[]? SavedParams;
        /// <summary>try_table blocks open outside this frame (a jump to its label from deeper ones must leave them).</summary>
        public int TryDepth;
        /// <summary>A try_table: its catch clauses in the body's pool (start, count).</summary>
        public bool IsTry;
        public (int Start, int Count) Clauses;
        /// <summary>The frame's index in the control stack.</summary>
        public int Index;
        /// <summary>A legacy try with catch clauses or a delegate (an IL try block until its first catch or delegate).</summary>
        public bool LegacyTry;
        public bool InCatch;
        public int[]? CatchTags;
        public Label[]? CatchLabels;
        public LocalBuilder[]? CatchExns;
        public int NextCatch;
        /// <summary>In a legacy catch body: the caught exception (for rethrow).</summary>
        public LocalBuilder? ExnLocal;
        public ValueKind[] LabelKinds => Kind == CtrlKind.Loop ? Params : Results;
    }

    private readonly List<Ctrl> _ctrls = [];
    /// <summary>The code after an unconditional branch, up to the end (or else) of the current frame.</summary>
    private bool _unreachable;
    /// <summary>Blocks opened inside dead code (skipped without frames).</summary>
    private int _deadNest;

    private Ctrl PushCtrl(CtrlKind kind, ValueKind[] parameters, ValueKind[] results)
    {
        var c = new Ctrl { Kind = kind, Height = _count - parameters.Length, Params = parameters, Results = results };
        c.TryDepth = _tryDepth;
        c.Index = _ctrls.Count;
        _ctrls.Add(c);
        return c;
    }

    private Ctrl Frame(int depth) => _ctrls[_ctrls.Count - 1 - depth];

    private (ValueKind[] Params, ValueKind[] Results) BlockType(int blockType)
    {
        var (ps, rs) = BlockTypes.Resolve(_unit.Definition, blockType);
        return (Kinds(ps), Kinds(rs));
    }

    private bool Control(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.Nop: return true;
            case Opcode.Unreachable:
                EmitThrow(TrapCode.Unreachable);
                MarkUnreachable();
                return true;
            case Opcode.Block:
            {
                var (ps, rs) = BlockType(ins.A);
                SpillFrom(0);
                var c = PushCtrl(CtrlKind.Block, ps, rs);
                c.Label = _il.DefineLabel();
                return true;
            }
            case Opcode.Loop:
            {
                var (ps, rs) = BlockType(ins.A);
                SpillFrom(0);
                var c = PushCtrl(CtrlKind.Loop, ps, rs);
                c.Label = _il.DefineLabel();
                _il.MarkLabel(c.Label);
                EmitLoopHead();
                return true;
            }
            case Opcode.If: If(in ins); return true;
            case Opcode.Else: Else(); return true;
            case Opcode.End: End(); return true;
            case Opcode.Br:
                Branch(Frame(ins.A));
                MarkUnreachable();
                return true;
            case Opcode.BrIf: BrIf(ins.A); return true;
            case Opcode.BrTable: BrTable(in ins); return true;
            case Opcode.Return:
                Return();
                MarkUnreachable();
                return true;
            default: return false;
        }
    }

    private void If(in Instr ins)
    {
        var (ps, rs) = BlockType(ins.A);
        // The condition is on top of the parameters; the parameters must be in their homes on both edges.
        var cond = Temp(ValueKind.I32);
        PopToIl(1);
        _il.Emit(OpCodes.Stloc, cond);
        SpillFrom(0);
        var c = PushCtrl(CtrlKind.If, ps, rs);
        c.Label = _il.DefineLabel();
        c.Else = _il.DefineLabel();
        if (ps.Length > 0)
        {
            c.SavedParams = new LocalBuilder[ps.Length];
            for (int i = 0; i < ps.Length; i++)
            {
                c.SavedParams[i] = Temp(ClrTypes.Of(ps[i]));
                _il.Emit(OpCodes.Ldloc, Home(c.Height + i, ps[i]));
                _il.Emit(OpCodes.Stloc, c.SavedParams[i]);
            }
        }
        _il.Emit(OpCodes.Ldloc, cond);
        FreeTemp(ValueKind.I32, cond);
        _il.Emit(OpCodes.Brfalse, c.Else);
    }

    private void Else()
    {
        var c = _ctrls[^1];
        if (!_unreachable)
        {
            // The then branch falls through to the end: results into their homes, then jump over the else branch.
            SpillFrom(c.Height);
            c.Targeted = true;
            _il.Emit(OpCodes.Br, c.Label);
        }
        c.HasElse = true;
        _il.MarkLabel(c.Else);
        _unreachable = false;
        _count = c.Height;
        RestoreParams(c);
        foreach (var p in c.Params) Push(p, onIl: false);
    }

    private void End()
    {
        var c = _ctrls[^1];
        _ctrls.RemoveAt(_ctrls.Count - 1);
        bool fallsThrough = !_unreachable;
        if (c.LegacyTry)
        {
            EndLegacyTry(c, fallsThrough);
            return;
        }
        if (c.IsTry)
        {
            EndTry(c, fallsThrough);
            if (c.Targeted)
            {
                _il.MarkLabel(c.Label);
                ResultsInHomes(c);
            }
            else LeaveDead(c);
            return;
        }
        switch (c.Kind)
        {
            case CtrlKind.Func:
                if (fallsThrough) Return();
                return;
            case CtrlKind.Loop:
                // A loop's label is its start: its end is reached only by falling out, results where they are.
                if (!fallsThrough) LeaveDead(c);
                return;
            case CtrlKind.If when !c.HasElse:
                // No else: the false edge carries the parameters through as the results (same types).
                if (fallsThrough)
                {
                    SpillFrom(c.Height);
                    _il.Emit(OpCodes.Br, c.Label);
                }
                _il.MarkLabel(c.Else);
                RestoreParams(c);
                _il.MarkLabel(c.Label);
                ResultsInHomes(c);
                return;
        }
        if (c.Targeted)
        {
            // Every edge into the end leaves the results in their homes.
            if (fallsThrough) SpillFrom(c.Height);
            _il.MarkLabel(c.Label);
            ResultsInHomes(c);
        }
        else if (!fallsThrough) LeaveDead(c);
        // A block only fallen out of keeps its results where they are (no label, no moves).
    }

    /// <summary>After the end of a frame nothing reaches: the rest of the enclosing frame is dead as well.</summary>
    private void LeaveDead(Ctrl c)
    {
        _count = c.Height;
        MarkUnreachable();
    }

    private void ResultsInHomes(Ctrl c)
    {
        _unreachable = false;
        _count = c.Height;
        foreach (var r in c.Results) Push(r, onIl: false);
    }

    private void RestoreParams(Ctrl c)
    {
        if (c.SavedParams is not { } saved) return;
        for (int i = 0; i < c.Params.Length; i++)
        {
            _il.Emit(OpCodes.Ldloc, saved[i]);
            _il.Emit(OpCodes.Stloc, Home(c.Height + i, c.Params[i]));
        }
    }

    private void MarkUnreachable()
    {
        _unreachable = true;
        _deadNest = 0;
    }

    /// <summary>Skips an instruction in dead code, tracking the structure so the frame's else/end is found.</summary>
    private void SkipDead(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.Block or Opcode.Loop or Opcode.If or Opcode.TryTable or Opcode.Try:
                _deadNest++;
                break;
            case Opcode.Else when _deadNest == 0:
                Else();
                break;
            case Opcode.Catch or Opcode.CatchAll when _deadNest == 0:
                LegacyCatch();
                break;
            case Opcode.Delegate when _deadNest > 0:
                _deadNest--;
                break;
            case Opcode.Delegate:
                Delegate(ins.A);
                break;
            case Opcode.End when _deadNest > 0:
                _deadNest--;
                break;
            case Opcode.End:
                End();
                break;
        }
    }

    // ---- branches ----

    /// <summary>Moves the label's values into the target's homes, drops what lies between, and jumps. Leaves the
    /// virtual stack unchanged (the caller marks the code after an unconditional branch dead).</summary>
    private void Branch(Ctrl target)
    {
        if (target.Kind == CtrlKind.Func)
        {
            Return();
            return;
        }
        EmitMoves(target);
        target.Targeted = true;
        _il.Emit(LeavesTry(target) ? OpCodes.Leave : OpCodes.Br, target.Label);
    }

    /// <summary>Emits the moves of a branch to <paramref name="target"/> without changing the virtual stack: the
    /// label's values go to the homes of the target's positions, then every IL stack value above the target's
    /// height is popped, leaving the IL stack as it was when the target was entered.</summary>
    private void EmitMoves(Ctrl target)
    {
        var kinds = target.LabelKinds;
        int n = kinds.Length;
        int src = _count - n;
        int dst = target.Height;
        // Values in homes first, bottom-up (dst ≤ src, so a copy never overwrites a source still to be read).
        for (int i = 0; i < n; i++)
        {
            if (_stack[src + i].OnIl || src == dst) continue;
            _il.Emit(OpCodes.Ldloc, Home(src + i, kinds[i]));
            _il.Emit(OpCodes.Stloc, Home(dst + i, kinds[i]));
        }
        // Then values on the IL stack, top-down (they are its topmost entries).
        for (int i = n - 1; i >= 0; i--)
        {
            if (_stack[src + i].OnIl) _il.Emit(OpCodes.Stloc, Home(dst + i, kinds[i]));
        }
        // Values between the target's height and the label's values are dropped.
        for (int i = src - 1; i >= dst; i--)
            if (_stack[i].OnIl) _il.Emit(OpCodes.Pop);
    }

    /// <summary>True when a branch to <paramref name="target"/> needs no moves and no pops.</summary>
    private bool IsPlainJump(Ctrl target)
    {
        if (target.Kind == CtrlKind.Func || LeavesTry(target)) return false;
        int n = target.LabelKinds.Length;
        int src = _count - n;
        for (int i = target.Height; i < _count; i++)
            if (_stack[i].OnIl) return false;
        return src == target.Height;
    }

    private void BrIf(int depth)
    {
        var target = Frame(depth);
        PopToIl(1);
        BranchWhen(target, whenTrue: true);
    }

    /// <summary>Branches to <paramref name="target"/> when the value on top of the IL stack (which it pops) is
    /// non-zero or non-null (<paramref name="whenTrue"/>), or when it is zero or null: a direct jump where the branch
    /// needs no moves, else around the branch's moves.</summary>
    private void BranchWhen(Ctrl target, bool whenTrue)
    {
        if (IsPlainJump(target))
        {
            target.Targeted = true;
            _il.Emit(whenTrue ? OpCodes.Brtrue : OpCodes.Brfalse, target.Label);
            return;
        }
        var skip = _il.DefineLabel();
        _il.Emit(whenTrue ? OpCodes.Brfalse : OpCodes.Brtrue, skip);
        Branch(target);
        _il.MarkLabel(skip);
    }

    private void BrTable(in Instr ins)
    {
        var pool = _body.BrTables;
        int count = ins.B;
        var index = Temp(ValueKind.I32);
        PopToIl(1);
        _il.Emit(OpCodes.Stloc, index);
        // Values below the index go to their homes: a target jumped to directly expects them there, and the IL stack
        // must be empty at its label.
        SpillFrom(0);
        // One stub per distinct depth (moves then jump); a target that needs no moves is jumped to directly.
        var stubs = new Dictionary<int, Label>();
        var labels = new Label[count];
        Label LabelFor(int depth)
        {
            if (stubs.TryGetValue(depth, out var l)) return l;
            var target = Frame(depth);
            if (IsPlainJump(target))
            {
                target.Targeted = true;
                l = target.Label;
            }
            else l = _il.DefineLabel();
            stubs[depth] = l;
            return l;
        }
        for (int i = 0; i < count; i++) labels[i] = LabelFor(pool[ins.A + i]);
        var fallback = LabelFor(pool[ins.A + count]);
        FreeTemp(ValueKind.I32, index);
        if (count > 0)
        {
            // Only the switch consumes the index: a br_table with a default alone leaves nothing on the IL stack.
            _il.Emit(OpCodes.Ldloc, index);
            _il.Emit(OpCodes.Switch, labels);
        }
        _il.Emit(OpCodes.Br, fallback);
        foreach (var (depth, label) in stubs)
        {
            var target = Frame(depth);
            if (target.Kind != CtrlKind.Func && label.Equals(target.Label)) continue;
            _il.MarkLabel(label);
            Branch(target);
        }
        MarkUnreachable();
    }

    private void Return()
    {
        if (_tryDepth > 0) EmitLeaveReturn(_count);
        else EmitReturnFrom(_count);
    }

    /// <summary>Returns the top results: extra results through their reference arguments, the first as the return value.</summary>
    private void EmitReturnFrom(int count)
    {
        var results = _sig.Results;
        int n = results.Length;
        int src = count - n;
        bool onlyResultsOnIl = true;
        for (int i = 0; i < src; i++) onlyResultsOnIl &= !_stack[i].OnIl;
        if (n == 1 && onlyResultsOnIl && _stack[src].OnIl)
        {
            EmitRet();
            return;
        }
        if (n == 0 && onlyResultsOnIl)
        {
            EmitRet();
            return;
        }
        // General case: every result into its home, everything else off the IL stack, then return.
        for (int i = n - 1; i >= 0; i--)
            if (_stack[src + i].OnIl) _il.Emit(OpCodes.Stloc, Home(src + i, results[i]));
        for (int i = src - 1; i >= 0; i--)
            if (_stack[i].OnIl) _il.Emit(OpCodes.Pop);
        for (int i = 1; i < n; i++)
        {
            _il.Emit(OpCodes.Ldarg, _sig.ResultArg(i));
            _il.Emit(OpCodes.Ldloc, Home(src + i, results[i]));
            _il.Emit(OpCodes.Stobj, ClrTypes.Of(results[i]));
        }
        if (n > 0) _il.Emit(OpCodes.Ldloc, Home(src, results[0]));
        EmitRet();
    }

    /// <summary>Returns. A use of the instance comes first so that no call is ever directly followed by the return:
    /// the JIT would turn such a call into a tail call, and the caller's frame would be missing from backtraces
    /// (the interpreter shows every frame).</summary>
    private void EmitRet()
    {
        LoadInstance();
        _il.Emit(OpCodes.Call, s_keepAlive);
        EmitFuelSync();
        _il.Emit(OpCodes.Ret);
    }

    private static readonly System.Reflection.MethodInfo s_keepAlive = typeof(GC).GetMethod(nameof(GC.KeepAlive))!;
}
