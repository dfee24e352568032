using Weld.Syntax;
using Weld.Validation;

namespace Weld.Execution.Interpreter;

/// <summary>
/// Lowers a validated function body to register-style <see cref="Inst"/>s. Every operand stack position has a
/// fixed home slot (locals, then operands), so instructions address their operands directly and need no stack
/// pointer at run time. local.get and constants are not copied: they stay "pending" on a compile-time stack and
/// the consumer reads the local (or takes an immediate) directly; a producer followed by local.set writes the local
/// directly. Pending entries are materialized into their home slots before any control instruction (so all
/// paths into a label agree on where values are) and before a local they alias is overwritten.
/// Blocks, loops and ends emit no code; branches become jumps plus, when values must move, one Move.
/// </summary>
internal sealed partial class Lowerer
{
    private enum Loc : byte { Slot, Local, Const }

    private struct Entry
    {
        public ValueKind Kind;
        public Loc Loc;
        /// <summary>Operand height (slots) of the value: its home is LocalSlots + Pos.</summary>
        public int Pos;
        public int Local;
        public ulong K;
    }

    private enum CtrlKind : byte { Func, Block, Loop, If }

    private sealed class Ctrl
    {
        public CtrlKind Kind;
        public int Height;
        public int EntryCount;
        public ValueKind[] Params = [];
        public ValueKind[] Results = [];
        public int LoopPc;
        public int ElsePatch = -1;
        public List<int> Patches = [];
        public bool Dead;
        public bool Targeted;
        /// <summary>A try_table's or legacy try's catch clauses, and the extent of its body.</summary>
        public List<Handler>? TryClauses;
        public int TryStart;
        public int TryEnd = -1;
        public bool LegacyTry;
        /// <summary>A legacy try in a catch body: the slot of the caught exception (for rethrow); else -1.</summary>
        public int ExnSlot = -1;
    }

    private readonly ModuleDefinition _def;
    private readonly FunctionBody _body;
    private readonly FuncType _type;
    private readonly List<Inst> _code = new(64);
    private readonly List<int> _pool = [];
    private readonly int[] _localSlot;
    private readonly ValueKind[] _localKind;
    private readonly int _localSlots;
    /// <summary>A hidden local that is always 0 (cleared on entry with the other locals, never written): the base slot of
    /// memory accesses at a constant address, whose address goes into the offset. -1 when the body has no access.</summary>
    private readonly int _zeroSlot = -1;
    /// <summary>Code position of the last label (a possible jump target): no peephole may merge across it.</summary>
    private int _labelAt = -1;
    private Entry[] _vs = new Entry[16];
    private int _count;
    private int _height;
    private int _maxHeight;
    private int _pending;
    private readonly List<Ctrl> _ctrl = [];
    /// <summary>Per body instruction: the fuel segment cost charged there (<see cref="FuelCosts"/>); null when fuel is off.</summary>
    private readonly int[]? _fuelCosts;
    /// <summary>Index of the body instruction being lowered.</summary>
    private int _pc;
    /// <summary>pc of the last instruction if it wrote its single result (field A) to the home of the top entry.</summary>
    private int _producer = -1;

    private Lowerer(ModuleDefinition def, FunctionBody body, FuncType type, bool consumeFuel)
    {
        _fuelCosts = consumeFuel ? FuelCosts.For(body) : null;
        _def = def;
        _body = body;
        _type = type;
        int n = type.ParamArray.Length + body.Locals.Length;
        _localSlot = new int[n];
        _localKind = new ValueKind[n];
        int at = 0;
        for (int i = 0; i < n; i++)
        {
            var t = i < type.ParamArray.Length ? type.ParamArray[i] : body.Locals[i - type.ParamArray.Length];
            _localSlot[i] = at;
            _localKind[i] = t.Kind;
            at += Size(t.Kind);
        }
        foreach (ref readonly var ins in body.Code.AsSpan())
        {
            if (ins.Op is >= Opcode.I32Load and <= Opcode.I64Store32)
            {
                _zeroSlot = at++;
                break;
            }
        }
        _localSlots = at;
    }

    public static LoweredFunction Lower(ValidatedModule module, int definedIndex, bool consumeFuel = false, bool interruptible = true)
    {
        var def = module.Definition;
        var type = def.FuncTypeAt(def.Functions[definedIndex]);
        var lowered = new Lowerer(def, def.Codes[definedIndex], type, consumeFuel) { _interruptible = interruptible }.Run();
#if WELD_OPSTATS
        OpStats.Source(lowered, def.Codes[definedIndex].Code);
#endif
        return lowered;
    }

    private static int Size(ValueKind k) => k == ValueKind.V128 ? 2 : 1;
    private static bool IsRef(ValueKind k) => k is ValueKind.FuncRef or ValueKind.ExternRef or ValueKind.ExnRef or ValueKind.AnyRef;

    private static ValueKind[] Kinds(ValType[] ts)
    {
        var r = new ValueKind[ts.Length];
        for (int i = 0; i < ts.Length; i++) r[i] = ts[i].Kind;
        return r;
    }

    private static int Slots(ValueKind[] ks)
    {
        int n = 0;
        foreach (var k in ks) n += Size(k);
        return n;
    }

    private static bool AnyRef(ValueKind[] ks)
    {
        foreach (var k in ks) if (IsRef(k)) return true;
        return false;
    }

    private LoweredFunction Run()
    {
        _ctrl.Add(new Ctrl { Kind = CtrlKind.Func, Results = Kinds(_type.ResultArray) });
        var code = _body.Code;
        int deadNest = 0;
        for (int i = 0; i < code.Length && _ctrl.Count > 0; i++)
        {
            ref readonly var ins = ref code[i];
            var cur = _ctrl[^1];
            if (cur.Dead)
            {
                switch (ins.Op)
                {
                    case Opcode.Block or Opcode.Loop or Opcode.If or Opcode.TryTable or Opcode.Try: deadNest++; break;
                    case Opcode.Else when deadNest == 0: Else(); break;
                    case Opcode.Catch when deadNest == 0: Catch(ins.A); break;
                    case Opcode.CatchAll when deadNest == 0: Catch(-1); break;
                    case Opcode.Delegate when deadNest > 0: deadNest--; break;
                    case Opcode.Delegate: Delegate(ins.A); break;
                    case Opcode.End when deadNest > 0: deadNest--; break;
                    case Opcode.End: End(); break;
                }
                continue;
            }
            _pc = i;
            if (_fuelCosts is { } costs && costs[i] != 0) ChargeFuel(costs[i]);
            Lower(in ins);
        }
        // Safety net: running past the last instruction (a lowering bug) stops at an internal error instead of
        // reading beyond the code array.
        Emit(Op.FellOffEnd);
        bool refLocals = false;
        for (int i = _type.ParamArray.Length; i < _localKind.Length; i++) refLocals |= IsRef(_localKind[i]);
        var lowered = new LoweredFunction
        {
            Code = _code.ToArray(),
            BrTables = _pool.ToArray(),
            ParamSlots = Slots(Kinds(_type.ParamArray)),
            LocalSlots = _localSlots,
            FrameSlots = _localSlots + _maxHeight + 2,
            HasRefLocals = refLocals,
            Handlers = Handlers(),
        };
        Verify(lowered);
        return lowered;
    }

    // ---- emission and the compile-time operand stack ----

    private int Emit(Op op, int a = 0, int b = 0, int c = 0, ulong k = 0)
    {
        _code.Add(new Inst { Op = op, A = a, B = b, C = c, K = k });
        return _code.Count - 1;
    }

    /// <summary>Emits an instruction whose field A is the home of a new top entry of <paramref name="kind"/>.</summary>
    private void EmitProducer(Op op, ValueKind kind, int b = 0, int c = 0, ulong k = 0)
    {
        int dst = Push(kind);
        _producer = Emit(op, dst, b, c, k);
    }

    private int Home(int pos) => _localSlots + pos;

    private ref Entry Top(int fromTop = 0) => ref _vs[_count - 1 - fromTop];

    private int Push(ValueKind kind, Loc loc = Loc.Slot, int local = 0, ulong k = 0)
    {
        if (_count == _vs.Length) Array.Resize(ref _vs, _count * 2);
        _vs[_count++] = new Entry { Kind = kind, Loc = loc, Pos = _height, Local = local, K = k };
        if (loc != Loc.Slot) _pending++;
        int home = Home(_height);
        _height += Size(kind);
        if (_height > _maxHeight) _maxHeight = _height;
        return home;
    }

    private Entry Pop()
    {
        var e = _vs[--_count];
        _height = e.Pos;
        if (e.Loc != Loc.Slot) _pending--;
        return e;
    }

    /// <summary>Pops the top value and returns the slot to read it from (materializing a constant; a pending local is
    /// read in place: every op reads all its operands before it writes its result).</summary>
    private int PopSrc()
    {
        if (_vs[_count - 1].Loc == Loc.Const) Materialize(_count - 1);
        var e = Pop();
        return e.Loc == Loc.Local ? e.Local : Home(e.Pos);
    }

    private void Materialize(int index)
    {
        ref var e = ref _vs[index];
        if (e.Loc == Loc.Slot) return;
        int home = Home(e.Pos);
        if (e.Loc == Loc.Const) Emit(Op.Const, home, k: e.K);
        else EmitCopy(e.Kind, home, e.Local);
        e.Loc = Loc.Slot;
        _pending--;
    }

    private void MaterializeAll()
    {
        for (int i = 0; _pending > 0 && i < _count; i++) Materialize(i);
    }

    /// <summary>Materializes the top <paramref name="n"/> values and pops them; returns the home of the first.</summary>
    private int PopMaterialized(int n)
    {
        for (int i = _count - n; i < _count; i++) Materialize(i);
        for (int i = 0; i < n; i++) Pop();
        return Home(_height);
    }

    private static Op CopyOp(ValueKind k) => k == ValueKind.V128 ? Op.Copy2 : IsRef(k) ? Op.CopyRef : Op.Copy;

    /// <summary>Emits a copy; two consecutive plain copies (no label between) merge into one CopyPair.</summary>
    private void EmitCopy(ValueKind kind, int dst, int src)
    {
        var op = CopyOp(kind);
        int last = _code.Count - 1;
        if (op == Op.Copy && last >= 0 && _labelAt != _code.Count && _code[last].Op == Op.Copy)
        {
            var prev = _code[last];
            _code[last] = new Inst { Op = Op.CopyPair, A = prev.A, B = prev.B, C = dst, K = (ulong)src };
            return;
        }
        Emit(op, dst, src);
    }

    /// <summary>The fuel charge of the segment that starts at the current body instruction (nothing reads or writes a
    /// slot, so pending operands stay pending across it).</summary>
    private void ChargeFuel(int cost) => Emit(Op.Fuel, k: (ulong)cost);

    /// <summary>A loop head (just after its label): the interrupt check and, when fuel is on, the charge of the loop
    /// body's first segment in the same op, which the body's first instruction then does not repeat.</summary>
    private void LoopHead()
    {
        if (!_interruptible) return; // a fuel charge at the body's start stays with the body's first instruction
        if (_fuelCosts is { } costs)
        {
            Emit(Op.FuelLoopHead, k: (ulong)costs[_pc + 1]);
            costs[_pc + 1] = 0;
        }
        else Emit(Op.LoopHead);
    }

    /// <summary>Whether loop heads check the interrupt word (<see cref="EngineOptions.Interruptible"/>).</summary>
    private bool _interruptible = true;

    /// <summary>A label position: values arrive here from elsewhere, so no peephole may look across it.</summary>
    private void Label()
    {
        _producer = -1;
        _labelAt = _code.Count;
    }

    private Ctrl Frame(int depth) => _ctrl[_ctrl.Count - 1 - depth];
}
