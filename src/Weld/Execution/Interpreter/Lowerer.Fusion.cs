namespace Weld.Execution.Interpreter;

/// <summary>
/// Peephole fusions of an instruction with the one just emitted (its producer). The producer is removed and the
/// fused op does both: it reads the producer's operands (unchanged: nothing was emitted in between) and the consumer's
/// other operand, all before it writes its result. The producer's result home was only read by the consumer (it is
/// the popped stack entry), so skipping that write is invisible. No label lies between the two (a label resets
/// <see cref="_producer"/>), and a jump to the producer's pc now lands on the fused op, which does the same work.
/// </summary>
internal sealed partial class Lowerer
{
    /// <summary>Whether the entry <paramref name="fromTop"/> below the top sits in its home, written by the last
    /// emitted instruction.</summary>
    private bool IsFresh(int fromTop)
    {
        if (_count <= fromTop || _producer < 0 || _producer != _code.Count - 1) return false;
        ref var e = ref Top(fromTop);
        return e.Loc == Loc.Slot && _code[_producer].A == Home(e.Pos);
    }

    private Inst TakeProducer()
    {
        var p = _code[^1];
        _code.RemoveAt(_code.Count - 1);
        _producer = -1;
        return p;
    }

    /// <summary>A 64-bit load whose address add immediate and offset fit K's packed form (see <see cref="Op.F64AddLoad"/>).</summary>
    private static bool IsPackableLoad(in Inst p) => p.Op == Op.I64Load && p.K <= uint.MaxValue;

    private static ulong Pack(int addend, ulong offset) => ((ulong)(uint)addend << 32) | offset;

    /// <summary>Fusions of a binary op in register form with its operand's producer; true when emitted.</summary>
    private bool TryFuseBinary(Numeric num)
    {
        ref var y = ref Top();
        ref var x = ref Top(1);
        switch (num.Reg)
        {
            case Op.F64Add or Op.F64Sub or Op.F64Mul:
                // y just loaded: x op mem
                if (IsFresh(0) && IsPackableLoad(_code[^1]) && x.Loc != Loc.Const)
                {
                    var ld = TakeProducer();
                    Pop();
                    int xs = PopSrc();
                    var op = num.Reg == Op.F64Add ? Op.F64AddLoad : num.Reg == Op.F64Sub ? Op.F64SubLoad : Op.F64MulLoad;
                    EmitProducer(op, ValueKind.F64, xs, ld.B, Pack(ld.C, ld.K));
                    return true;
                }
                // x just loaded, y a pending local: mem op y
                if (IsFresh(1) && y.Loc == Loc.Local && IsPackableLoad(_code[^1]))
                {
                    var ld = TakeProducer();
                    int ys = PopSrc();
                    Pop();
                    var op = num.Reg == Op.F64Add ? Op.F64LoadAdd : num.Reg == Op.F64Sub ? Op.F64LoadSub : Op.F64LoadMul;
                    EmitProducer(op, ValueKind.F64, ys, ld.B, Pack(ld.C, ld.K));
                    return true;
                }
                return false;
            case Op.I32Add or Op.I32Xor:
            {
                // Both commute, so the fused form's operand order does not matter.
                int at = IsFresh(0) && x.Loc != Loc.Const ? 0 : IsFresh(1) && y.Loc == Loc.Local ? 1 : -1;
                if (at < 0) return false;
                var p = _code[^1];
                Op fused = (num.Reg, p.Op) switch
                {
                    (Op.I32Add, Op.I32ShlImm) => Op.I32ShlImmAdd,
                    (Op.I32Add, Op.I32MulImm) => Op.I32MulImmAdd,
                    (Op.I32Add, Op.I32Add) => Op.I32AddAdd,
                    (Op.I32Xor, Op.I32RotlImm) => Op.I32RotlImmXor,
                    (Op.I32Xor, Op.I32ShrUImm) => Op.I32ShrUImmXor,
                    (Op.I32Xor, Op.I32ShlImm) => Op.I32ShlImmXor,
                    _ => Op.Nop,
                };
                if (fused == Op.Nop) return false;
                TakeProducer();
                int other;
                if (at == 0)
                {
                    Pop();
                    other = PopSrc();
                }
                else
                {
                    other = PopSrc();
                    Pop();
                }
                if (fused == Op.I32AddAdd) EmitProducer(fused, ValueKind.I32, p.B, p.C, (ulong)other);
                else EmitProducer(fused, ValueKind.I32, p.B, other, p.K);
                return true;
            }
        }
        return false;
    }

    /// <summary>A store (address and value on the stack, the value on top) of an f64 add/sub/mul just computed:
    /// one fused op. <paramref name="offset"/> is the memarg offset; true when emitted.</summary>
    private bool TryFuseStore(Op store, ulong offset)
    {
        if (store != Op.I64Store || !IsFresh(0) || Top(1).Loc == Loc.Const || offset > uint.MaxValue) return false;
        var p = _code[^1];
        if (p.Op is Op.F64AddLoad or Op.F64LoadAdd && p.K == Pack(0, offset))
        {
            // The value is x + mem[a] and goes back to mem[a] (same address slot, unchanged since: nothing in between).
            ref var a = ref Top(1);
            int addrSlot = a.Loc == Loc.Local ? a.Local : Home(a.Pos);
            if (addrSlot == p.C)
            {
                TakeProducer();
                Pop();
                Pop();
                Emit(p.Op == Op.F64AddLoad ? Op.F64AddLoadStore : Op.F64LoadAddStore, addrSlot, p.B, 0, p.K);
                return true;
            }
        }
        Op fused = p.Op switch
        {
            Op.F64Add => Op.F64AddStore,
            Op.F64Sub => Op.F64SubStore,
            Op.F64Mul => Op.F64MulStore,
            _ => Op.Nop,
        };
        if (fused == Op.Nop) return false;
        TakeProducer();
        Pop();
        int addr = PopSrc();
        Emit(fused, addr, p.B, p.C, Pack(0, offset));
        return true;
    }

    /// <summary>A select whose condition an i32.eqz / i64.eqz just computed: the eqz is dropped and the operands swap.
    /// True when emitted.</summary>
    private bool TryFuseSelect(ValueKind kind)
    {
        if (!IsFresh(0) || kind == ValueKind.V128 || IsRef(kind)) return false;
        var p = _code[^1];
        if (p.Op is not (Op.I32Eqz or Op.I64Eqz)) return false;
        TakeProducer();
        Pop();
        // The eqz operand (p.B) is a local or the condition's own home, above the homes x and y may be materialized in.
        int y = PopSrc();
        int x = PopSrc();
        EmitProducer(p.Op == Op.I32Eqz ? Op.Select : Op.SelectNz64, kind, y, x, (ulong)p.B);
        return true;
    }

    /// <summary>
    /// A conditional jump just emitted at <paramref name="jump"/> that tests the slot an i32.add/sub immediate wrote
    /// right before it (a loop counter): one fused op. Returns the jump's pc (for patching).
    /// </summary>
    private int FuseCounterBranch(int jump)
    {
        // A label at the jump means something jumps there past the add: leave both.
        if (jump < 1 || jump != _code.Count - 1 || _labelAt == jump) return jump;
        var br = _code[jump];
        var add = _code[jump - 1];
        if (add.Op is not (Op.I32AddImm or Op.I32SubImm) || br.B != add.A) return jump;
        uint k = add.Op == Op.I32AddImm ? (uint)add.K : 0u - (uint)add.K;
        Inst fused;
        if (br.Op == Op.BrIfNz) fused = new Inst { Op = Op.I32AddImmBrNz, A = br.A, B = add.B, C = add.A, K = k };
        else if (br.Op == Op.BrIfI32NeImm) fused = new Inst { Op = Op.I32AddImmBrNeImm, A = br.A, B = add.B, C = add.A, K = ((ulong)(uint)br.K << 32) | k };
        else return jump;
        _code.RemoveAt(jump);
        _code[jump - 1] = fused;
        _producer = -1;
        return jump - 1;
    }
}
