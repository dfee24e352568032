using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Validation;

/// <summary>The GC instructions' typing rules (struct, array, i31, casts, ref.eq, the extern/any conversions).</summary>
internal sealed partial class FunctionValidator
{
    private static readonly ValType I32 = ValType.I32;
    private static readonly ValType EqRef = ValType.Ref(AbstractHeapType.Eq);

    private bool Gc(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.RefEq: Pop(EqRef); Pop(EqRef); Push(I32); return true;
            case Opcode.StructNew:
            {
                var fields = StructAt(ins.A);
                for (int i = fields.Length - 1; i >= 0; i--) Pop(fields[i].Unpacked);
                Push(Concrete(ins.A, nullable: false));
                return true;
            }
            case Opcode.StructNewDefault:
                foreach (var f in StructAt(ins.A)) RequireDefaultable(f);
                Push(Concrete(ins.A, nullable: false));
                return true;
            case Opcode.StructGet or Opcode.StructGetS or Opcode.StructGetU:
            {
                var f = FieldAt(ins.A, ins.B);
                CheckSignedness(f, ins.Op != Opcode.StructGet);
                Pop(Concrete(ins.A, nullable: true));
                Push(f.Unpacked);
                return true;
            }
            case Opcode.StructSet:
            {
                var f = FieldAt(ins.A, ins.B);
                if (!f.Mutable) ValidationErrors.Throw(GcMessages.ImmutableField);
                Pop(f.Unpacked);
                Pop(Concrete(ins.A, nullable: true));
                return true;
            }
            default:
                return GcArrays(in ins) || GcReferences(in ins);
        }
    }

    private bool GcArrays(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.ArrayNew:
                Pop(I32);
                Pop(ElementAt(ins.A).Unpacked);
                Push(Concrete(ins.A, nullable: false));
                return true;
            case Opcode.ArrayNewDefault:
                RequireDefaultable(ElementAt(ins.A));
                Pop(I32);
                Push(Concrete(ins.A, nullable: false));
                return true;
            case Opcode.ArrayNewFixed:
            {
                var e = ElementAt(ins.A).Unpacked;
                // Past the frame's operands every pop is Unknown (or an error): no need to count up to 2^32.
                ref readonly var frame = ref ctrls[ctrlCount - 1];
                long n = (uint)ins.B, available = valCount - frame.Height;
                if (n > available)
                {
                    if (!frame.Unreachable) ValidationErrors.TypeMismatch();
                    n = available;
                }
                for (long i = 0; i < n; i++) Pop(e);
                Push(Concrete(ins.A, nullable: false));
                return true;
            }
            case Opcode.ArrayNewData:
                RequireNumeric(ElementAt(ins.A));
                c.CheckData(ins.B);
                Pop(I32);
                Pop(I32);
                Push(Concrete(ins.A, nullable: false));
                return true;
            case Opcode.ArrayNewElem:
                RequireElemFits(ins.B, ElementAt(ins.A));
                Pop(I32);
                Pop(I32);
                Push(Concrete(ins.A, nullable: false));
                return true;
            case Opcode.ArrayGet or Opcode.ArrayGetS or Opcode.ArrayGetU:
            {
                var e = ElementAt(ins.A);
                CheckSignedness(e, ins.Op != Opcode.ArrayGet);
                Pop(I32);
                Pop(Concrete(ins.A, nullable: true));
                Push(e.Unpacked);
                return true;
            }
            case Opcode.ArraySet:
                Pop(MutableElementAt(ins.A).Unpacked);
                Pop(I32);
                Pop(Concrete(ins.A, nullable: true));
                return true;
            case Opcode.ArrayLen:
                Pop(ValType.Ref(AbstractHeapType.Array));
                Push(I32);
                return true;
            case Opcode.ArrayFill:
                Pop(I32);
                Pop(MutableElementAt(ins.A).Unpacked);
                Pop(I32);
                Pop(Concrete(ins.A, nullable: true));
                return true;
            case Opcode.ArrayCopy:
            {
                var to = MutableElementAt(ins.A);
                var from = ElementAt(ins.B);
                if (!StorageMatches(from, to)) ValidationErrors.Throw(GcMessages.ArrayTypesDoNotMatch);
                Pop(I32);
                Pop(I32);
                Pop(Concrete(ins.B, nullable: true));
                Pop(I32);
                Pop(Concrete(ins.A, nullable: true));
                return true;
            }
            case Opcode.ArrayInitData or Opcode.ArrayInitElem:
            {
                var e = MutableElementAt(ins.A);
                if (ins.Op == Opcode.ArrayInitData)
                {
                    RequireNumeric(e);
                    c.CheckData(ins.B);
                }
                else RequireElemFits(ins.B, e);
                Pop(I32);
                Pop(I32);
                Pop(I32);
                Pop(Concrete(ins.A, nullable: true));
                return true;
            }
            default:
                return false;
        }
    }

    private bool GcReferences(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.RefTest or Opcode.RefTestNull:
            {
                var target = CastTarget(in ins);
                Pop(TopOf(target));
                Push(I32);
                return true;
            }
            case Opcode.RefCast or Opcode.RefCastNull:
            {
                var target = CastTarget(in ins);
                Pop(TopOf(target));
                Push(target);
                return true;
            }
            case Opcode.BrOnCast or Opcode.BrOnCastFail:
                BrOnCast(in ins);
                return true;
            case Opcode.AnyConvertExtern:
            {
                var t = Pop(ValType.ExternRef);
                Push(ValType.Ref(AbstractHeapType.Any, t.Kind == 0 || t.IsNullable));
                return true;
            }
            case Opcode.ExternConvertAny:
            {
                var t = Pop(ValType.Ref(AbstractHeapType.Any));
                Push(ValType.Ref(AbstractHeapType.Extern, t.Kind == 0 || t.IsNullable));
                return true;
            }
            case Opcode.RefI31:
                Pop(I32);
                Push(ValType.Ref(AbstractHeapType.I31, nullable: false));
                return true;
            case Opcode.I31GetS or Opcode.I31GetU:
                Pop(ValType.Ref(AbstractHeapType.I31));
                Push(I32);
                return true;
            default:
                return false;
        }
    }

    /// <summary>br_on_cast l rt1 rt2 (and _fail): rt2 must match rt1; the branch carries rt2 (or, for _fail, rt1
    /// minus rt2), and what stays on the stack is the other one.</summary>
    private void BrOnCast(in Instr ins)
    {
        var source = ValType.Unpack(ins.C);
        var target = ValType.Unpack(ins.D);
        c.CheckValType(source);
        c.CheckValType(target);
        if (!Subtyping.Matches(target, source, c.TypeIds)) ValidationErrors.TypeMismatch();
        var difference = source.WithNullable(source.IsNullable && !target.IsNullable);
        bool fail = ins.Op == Opcode.BrOnCastFail;
        var (taken, stays) = fail ? (difference, target) : (target, difference);
        var label = LabelTypes(ins.A);
        if (label.Length == 0 || !Subtyping.Matches(taken, label[^1], c.TypeIds)) ValidationErrors.TypeMismatch();
        Pop(source);
        for (int i = label.Length - 2; i >= 0; i--) Pop(label[i]);
        for (int i = 0; i < label.Length - 1; i++) Push(label[i]);
        Push(stays);
    }

    private ValType CastTarget(in Instr ins)
    {
        var t = ValType.Unpack(ins.C);
        c.CheckValType(t);
        return t;
    }

    /// <summary>The nullable top type of the hierarchy a reference type belongs to (what a cast may take).</summary>
    private static ValType TopOf(ValType t) => ValType.Ref(HeapTypes.TopOf(t.Kind));

    /// <summary>(ref null? x) of a struct or array type index.</summary>
    private ValType Concrete(int typeIdx, bool nullable) => ValType.Ref(typeIdx, nullable, c.DefinedTypeAt(typeIdx).Composite.RefKind);

    private FieldType[] StructAt(int typeIdx)
    {
        var t = c.DefinedTypeAt(typeIdx);
        if (t.Kind != CompositeKind.Struct) ValidationErrors.Throw(GcMessages.ExpectedStructType);
        return t.Composite.Fields;
    }

    private FieldType FieldAt(int typeIdx, int fieldIdx)
    {
        var fields = StructAt(typeIdx);
        if ((uint)fieldIdx >= (uint)fields.Length) ValidationErrors.Unknown(GcMessages.UnknownField, (uint)fieldIdx);
        return fields[fieldIdx];
    }

    private FieldType ElementAt(int typeIdx)
    {
        var t = c.DefinedTypeAt(typeIdx);
        if (t.Kind != CompositeKind.Array) ValidationErrors.Throw(GcMessages.ExpectedArrayType);
        return t.Composite.Element;
    }

    private FieldType MutableElementAt(int typeIdx)
    {
        var e = ElementAt(typeIdx);
        if (!e.Mutable) ValidationErrors.Throw(GcMessages.ImmutableArray);
        return e;
    }

    /// <summary>get_s/get_u are for packed fields, plain get for the others.</summary>
    private static void CheckSignedness(FieldType f, bool signed)
    {
        if (f.IsPacked != signed)
            ValidationErrors.Throw(signed ? GcMessages.UnpackedFieldHasSignedness : GcMessages.PackedFieldNeedsSignedness);
    }

    private static void RequireDefaultable(FieldType f)
    {
        if (!f.Type.IsDefaultable) ValidationErrors.TypeMismatch();
    }

    private static void RequireNumeric(FieldType f)
    {
        if (!f.IsPacked && f.Type.IsReference) ValidationErrors.Throw(GcMessages.ArrayNotNumericOrVector);
    }

    /// <summary>An element segment's type must match the array's element type (which must be a reference).</summary>
    private void RequireElemFits(int elemIdx, FieldType e)
    {
        var segment = c.ElemAt(elemIdx);
        if (e.IsPacked || !Subtyping.Matches(segment, e.Type, c.TypeIds)) ValidationErrors.TypeMismatch();
    }

    /// <summary>Storage subtyping for array.copy: the same packing, or value types that match.</summary>
    private bool StorageMatches(FieldType from, FieldType to) =>
        from.Packed == to.Packed && (from.IsPacked || Subtyping.Matches(from.Type, to.Type, c.TypeIds));
}
