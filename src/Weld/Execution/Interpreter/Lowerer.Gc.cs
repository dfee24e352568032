using Weld.Syntax;

namespace Weld.Execution.Interpreter;

/// <summary>
/// Garbage collection instructions. Field and element access, ref.eq, i31 and casts are register ops (operands read
/// in place, like the numeric ops); allocations and the bulk array instructions, which are rarer and have many
/// operands, are one <see cref="Op.Gc"/> with their operands in consecutive homes. Type indices stay type indices:
/// the dispatch loop finds their run-time types in the instance's <c>RuntimeTypes</c> (one array read).
/// </summary>
internal sealed partial class Lowerer
{
    /// <summary>Lowers a GC instruction; false for any other.</summary>
    private bool LowerGc(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.StructNew: StructNew(ins.A); return true;
            case Opcode.StructNewDefault: GcBulk(ins.Op, 0, true, ins.A, 0); return true;
            case Opcode.StructGet or Opcode.StructGetS or Opcode.StructGetU: StructGet(in ins); return true;
            case Opcode.StructSet: StructSet(in ins); return true;
            case Opcode.ArrayNew: GcBulk(ins.Op, 2, true, ins.A, 0); return true;
            case Opcode.ArrayNewDefault: GcBulk(ins.Op, 1, true, ins.A, 0); return true;
            case Opcode.ArrayNewFixed: GcBulk(ins.Op, ins.B, true, ins.A, ins.B); return true;
            case Opcode.ArrayNewData or Opcode.ArrayNewElem: GcBulk(ins.Op, 2, true, ins.A, ins.B); return true;
            case Opcode.ArrayGet or Opcode.ArrayGetS or Opcode.ArrayGetU: ArrayGet(in ins); return true;
            case Opcode.ArraySet: ArraySet(in ins); return true;
            case Opcode.ArrayLen: { int src = PopSrc(); EmitProducer(Op.ArrayLen, ValueKind.I32, src); return true; }
            case Opcode.ArrayFill: GcBulk(ins.Op, 4, false, ins.A, 0); return true;
            case Opcode.ArrayCopy: GcBulk(ins.Op, 5, false, ins.A, ins.B); return true;
            case Opcode.ArrayInitData or Opcode.ArrayInitElem: GcBulk(ins.Op, 4, false, ins.A, ins.B); return true;
            case Opcode.RefTest or Opcode.RefTestNull: RefTest(ValType.Unpack(ins.C)); return true;
            case Opcode.RefCast or Opcode.RefCastNull: RefCast(ValType.Unpack(ins.C)); return true;
            case Opcode.BrOnCast: BrOnCast(ins.A, ValType.Unpack(ins.D), onSuccess: true); return true;
            case Opcode.BrOnCastFail: BrOnCast(ins.A, ValType.Unpack(ins.D), onSuccess: false); return true;
            // The identity on the object: only the static kind (which says how values move) changes.
            case Opcode.AnyConvertExtern: Top().Kind = ValueKind.AnyRef; return true;
            case Opcode.ExternConvertAny: Top().Kind = ValueKind.ExternRef; return true;
            case Opcode.RefI31: { int src = PopSrc(); EmitProducer(Op.RefI31, ValueKind.AnyRef, src); return true; }
            case Opcode.I31GetS: { int src = PopSrc(); EmitProducer(Op.I31GetS, ValueKind.I32, src); return true; }
            case Opcode.I31GetU: { int src = PopSrc(); EmitProducer(Op.I31GetU, ValueKind.I32, src); return true; }
            case Opcode.RefEq:
            {
                int y = PopSrc();
                int x = PopSrc();
                EmitProducer(Op.RefEq, ValueKind.I32, x, y);
                return true;
            }
            default: return false;
        }
    }

    /// <summary>An <see cref="Op.Gc"/>: the top <paramref name="operands"/> values materialized in consecutive homes, the
    /// result (a reference) at the first. K keeps the second immediate and, above it, the operands' slot count (for the
    /// verifier).</summary>
    private void GcBulk(Opcode op, int operands, bool result, int first, int second)
    {
        int before = _height;
        int at = PopMaterialized(operands);
        int slots = before - _height;
        if (result) Push(ValueKind.AnyRef);
        Emit(Op.Gc, (int)op, at, first, ((ulong)(uint)slots << 32) | (uint)second);
        _producer = -1;
    }

    private void StructNew(int typeIndex)
    {
        int before = _height;
        int at = PopMaterialized(_def.Types[typeIndex].Composite.Fields.Length);
        int slots = before - _height;
        Push(ValueKind.AnyRef);
        Emit(Op.StructNew, typeIndex, at, slots);
        _producer = -1;
    }

    /// <summary>The layouts of the struct types this body accesses (a field's storage slot is resolved here).</summary>
    private Dictionary<int, GcStructLayout>? _layouts;

    private GcStructLayout LayoutOf(int typeIndex)
    {
        _layouts ??= [];
        if (!_layouts.TryGetValue(typeIndex, out var layout))
            _layouts[typeIndex] = layout = new GcStructLayout(_def.Types[typeIndex].Composite.Fields);
        return layout;
    }

    private void StructGet(in Instr ins)
    {
        var field = _def.Types[ins.A].Composite.Fields[ins.B];
        var kind = field.Unpacked.Kind;
        int slot = LayoutOf(ins.A).Slot[ins.B];
        int src = PopSrc();
        if (field.IsPacked && ins.Op == Opcode.StructGetS) EmitProducer(Op.StructGetS, kind, src, slot, (ulong)field.Packed);
        else EmitProducer(kind == ValueKind.V128 ? Op.StructGet2 : IsRef(kind) ? Op.StructGetRef : Op.StructGet, kind, src, slot);
    }

    private void StructSet(in Instr ins)
    {
        var field = _def.Types[ins.A].Composite.Fields[ins.B];
        var kind = field.Unpacked.Kind;
        int slot = LayoutOf(ins.A).Slot[ins.B];
        int value = PopSrc();
        int target = PopSrc();
        Emit(kind == ValueKind.V128 ? Op.StructSet2 : IsRef(kind) ? Op.StructSetRef : Op.StructSet, target, value, slot, (ulong)field.Packed);
        _producer = -1;
    }

    private void ArrayGet(in Instr ins)
    {
        var element = _def.Types[ins.A].Composite.Element;
        var kind = element.Unpacked.Kind;
        bool signed = ins.Op == Opcode.ArrayGetS;
        Op op = RuntimeType.ArrayStorageOf(element) switch
        {
            ArrayStorage.I8 => signed ? Op.ArrayGetS8 : Op.ArrayGetU8,
            ArrayStorage.I16 => signed ? Op.ArrayGetS16 : Op.ArrayGetU16,
            ArrayStorage.I32 => Op.ArrayGet32,
            ArrayStorage.I64 => Op.ArrayGet64,
            ArrayStorage.V128 => Op.ArrayGet2,
            _ => Op.ArrayGetRef,
        };
        int index = PopSrc();
        int target = PopSrc();
        EmitProducer(op, kind, target, index);
    }

    private void ArraySet(in Instr ins)
    {
        var element = _def.Types[ins.A].Composite.Element;
        Op op = RuntimeType.ArrayStorageOf(element) switch
        {
            ArrayStorage.I8 => Op.ArraySet8,
            ArrayStorage.I16 => Op.ArraySet16,
            ArrayStorage.I32 => Op.ArraySet32,
            ArrayStorage.I64 => Op.ArraySet64,
            ArrayStorage.V128 => Op.ArraySet2,
            _ => Op.ArraySetRef,
        };
        int value = PopSrc();
        int index = PopSrc();
        int target = PopSrc();
        Emit(op, target, index, value);
        _producer = -1;
    }

    private void RefTest(ValType target)
    {
        int src = PopSrc();
        ulong nullable = target.IsNullable ? 1ul : 0;
        if (target.AbstractHeap is { } heap) EmitProducer(Op.RefTestAbstract, ValueKind.I32, src, (int)heap, nullable);
        else EmitProducer(Op.RefTestConcrete, ValueKind.I32, src, target.TypeIndex!.Value, nullable);
    }

    private void RefCast(ValType target)
    {
        var kind = Top().Kind;
        int src = PopSrc();
        ulong nullable = target.IsNullable ? 1ul : 0;
        if (target.AbstractHeap is { } heap) EmitProducer(Op.RefCastAbstract, kind, src, (int)heap, nullable);
        else EmitProducer(Op.RefCastConcrete, kind, src, target.TypeIndex!.Value, nullable);
    }

    /// <summary>br_on_cast (<paramref name="onSuccess"/>) and br_on_cast_fail: the reference stays on the stack on both
    /// paths. A branch that moves values is a jump on the opposite outcome over the branch's moves.</summary>
    private void BrOnCast(int depth, ValType target, bool onSuccess)
    {
        MaterializeAll();
        int at = Home(Top().Pos);
        var f = Frame(depth);
        if (IsBareJump(f)) Target(f, EmitCastJump(at, target, onSuccess));
        else
        {
            int skip = EmitCastJump(at, target, !onSuccess);
            bool dead = _ctrl[^1].Dead;
            Branch(depth);
            _ctrl[^1].Dead = dead;
            Patch(skip, _code.Count);
            Label();
        }
        _producer = -1;
    }

    /// <summary>A jump (target patched later) taken when the cast of ref <paramref name="at"/> succeeds
    /// (<paramref name="whenSuccess"/>) or fails.</summary>
    private int EmitCastJump(int at, ValType target, bool whenSuccess)
    {
        ulong k = (target.IsNullable ? 1ul : 0) | (whenSuccess ? 2ul : 0);
        return target.AbstractHeap is { } heap
            ? Emit(Op.BrOnCastAbstract, 0, at, (int)heap, k)
            : Emit(Op.BrOnCastConcrete, 0, at, target.TypeIndex!.Value, k);
    }
}
