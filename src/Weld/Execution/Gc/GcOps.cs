using System.Runtime.CompilerServices;
using Weld.Runtime;
using Weld.Runtime.Gc;

namespace Weld.Execution.Gc;

/// <summary>
/// The GC instructions' semantics that both back ends call: references (ref.eq, i31, casts, the extern/any
/// conversions), and struct and array access with the spec's traps. Numeric values travel as their bits in a
/// ulong (i32 zero-extended, f32/f64 raw bits; v128 as two ulongs, low half first), references as object?.
/// Array and struct instructions take the reference as object? and trap "null array reference" / "null structure
/// reference" on null before anything else. Array ranges are checked in 64-bit arithmetic, never wrapping.
/// </summary>
internal static partial class GcOps
{
    // ---- references ----

    /// <summary>ref.eq: the same object, or two i31s of the same value (null equals null).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool RefEq(object? a, object? b) => ReferenceEquals(a, b) || (a is I31Ref x && b is I31Ref y && x.Value == y.Value);

    /// <summary>ref.i31.</summary>
    public static object RefI31(int x) => I31Ref.Of(x);

    /// <summary>i31.get_s.</summary>
    public static int I31GetS(object? r) => (r as I31Ref ?? throw Trap.Exception(TrapCode.NullI31Reference)).Signed;

    /// <summary>i31.get_u.</summary>
    public static int I31GetU(object? r) => (r as I31Ref ?? throw Trap.Exception(TrapCode.NullI31Reference)).Unsigned;

    /// <summary>any.convert_extern: the same object. A host value keeps its identity in the any hierarchy (where it
    /// is neither eq, i31, struct nor array), and a GC value the host had as an externref comes back as itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? AnyConvertExtern(object? r) => r;

    /// <summary>extern.convert_any: the same object (see <see cref="AnyConvertExtern"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? ExternConvertAny(object? r) => r;

    // ---- ref.test, ref.cast, br_on_cast ----

    /// <summary>ref.test against an abstract heap type (null passes when <paramref name="nullable"/>).</summary>
    public static bool TestAbstract(object? r, AbstractHeapType heap, bool nullable)
    {
        if (r is null) return nullable;
        return heap switch
        {
            AbstractHeapType.Any or AbstractHeapType.Extern or AbstractHeapType.Func or AbstractHeapType.Exn => true,
            AbstractHeapType.Eq => r is GcStruct or GcArray or I31Ref,
            AbstractHeapType.I31 => r is I31Ref,
            AbstractHeapType.Struct => r is GcStruct,
            AbstractHeapType.Array => r is GcArray,
            _ => false, // the bottoms hold only null
        };
    }

    /// <summary>ref.test against a concrete type: a struct, array or function whose type is it or declares it as a
    /// supertype (null passes when <paramref name="nullable"/>).</summary>
    public static bool TestConcrete(object? r, RuntimeType type, bool nullable) => r switch
    {
        null => nullable,
        GcStruct s => s.Type.IsSubtypeOf(type),
        GcArray a => a.Type.IsSubtypeOf(type),
        FunctionInstance f => (f.Type.Rtt ?? TypeOfHostFunction(f))?.IsSubtypeOf(type) == true,
        _ => false,
    };

    /// <summary>ref.cast against an abstract heap type: the reference, or a "cast failure" trap.</summary>
    public static object? CastAbstract(object? r, AbstractHeapType heap, bool nullable) =>
        TestAbstract(r, heap, nullable) ? r : throw Trap.Exception(TrapCode.CastFailure);

    /// <summary>ref.cast against a concrete type: the reference, or a "cast failure" trap.</summary>
    public static object? CastConcrete(object? r, RuntimeType type, bool nullable) =>
        TestConcrete(r, type, nullable) ? r : throw Trap.Exception(TrapCode.CastFailure);

    /// <summary>ref.test / ref.cast / br_on_cast against a closed reference type (abstract, or canonical: see
    /// <see cref="ValType.IsCanonical"/>): for back ends that keep the target as a <see cref="ValType"/>.</summary>
    public static bool Test(object? r, ValType target)
    {
        if (target.AbstractHeap is { } h) return TestAbstract(r, h, target.IsNullable);
        return TestConcrete(r, TypeRegistry.Shared.RuntimeTypeOf(target.Heap), target.IsNullable);
    }

    /// <summary>A host function's type is registered on first need (it names no module's types).</summary>
    /// <summary>The run-time type of a host function's type, or null when it cannot be registered (then no test
    /// against a concrete type passes: ref.test answers 0 rather than trapping).</summary>
    private static RuntimeType? TypeOfHostFunction(FunctionInstance f)
    {
        int id = TypeRegistry.Shared.RegisterPlain(f.Type);
        return id >= 0 ? TypeRegistry.Shared.RuntimeTypeOf(id) : null;
    }

    // ---- structs ----

    /// <summary>The struct a struct instruction works on: "null structure reference" on null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static GcStruct Struct(object? r) => r is null ? throw Trap.Exception(TrapCode.NullStructReference) : Unsafe.As<GcStruct>(r);

    /// <summary>struct.new_default (and the start of struct.new, whose fields the back end then sets), charged to
    /// <paramref name="store"/>'s budget.</summary>
    public static GcStruct NewStruct(RuntimeStore store, RuntimeType type) => AllocateStruct(store, type);

    /// <summary>struct.get of a numeric field (not packed): its bits.</summary>
    public static ulong GetField(object? r, int field)
    {
        var s = Struct(r);
        return s.Numbers[s.Type.Layout!.Slot[field]];
    }

    /// <summary>struct.get of a v128 field: the high half (the low half is <see cref="GetField"/>).</summary>
    public static ulong GetFieldHigh(object? r, int field)
    {
        var s = Struct(r);
        return s.Numbers[s.Type.Layout!.Slot[field] + 1];
    }

    /// <summary>struct.get_s / struct.get_u of a packed field (plain struct.get of an i32 field too).</summary>
    public static int GetFieldPacked(object? r, int field, bool signed)
    {
        var s = Struct(r);
        var layout = s.Type.Layout!;
        return Extend(s.Numbers[layout.Slot[field]], layout.Packed[field], signed);
    }

    /// <summary>struct.get of a reference field.</summary>
    public static object? GetFieldRef(object? r, int field)
    {
        var s = Struct(r);
        return s.Refs[s.Type.Layout!.Slot[field]];
    }

    /// <summary>struct.set of a numeric field (a packed one is wrapped to its width).</summary>
    public static void SetField(object? r, int field, ulong bits)
    {
        var s = Struct(r);
        var layout = s.Type.Layout!;
        s.Numbers[layout.Slot[field]] = Wrap(bits, layout.Packed[field]);
    }

    /// <summary>struct.set of a v128 field.</summary>
    public static void SetFieldV128(object? r, int field, ulong low, ulong high)
    {
        var s = Struct(r);
        int slot = s.Type.Layout!.Slot[field];
        s.Numbers[slot] = low;
        s.Numbers[slot + 1] = high;
    }

    /// <summary>struct.set of a reference field.</summary>
    public static void SetFieldRef(object? r, int field, object? value)
    {
        var s = Struct(r);
        s.Refs[s.Type.Layout!.Slot[field]] = value;
    }

    /// <summary>A packed value's stored bits: the low 8 or 16 bits (other values unchanged).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Wrap(ulong bits, Syntax.PackedType packed) => packed switch
    {
        Syntax.PackedType.I8 => bits & 0xFF,
        Syntax.PackedType.I16 => bits & 0xFFFF,
        _ => bits,
    };

    /// <summary>A stored field's i32 value: a packed one sign- or zero-extended.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Extend(ulong bits, Syntax.PackedType packed, bool signed) => packed switch
    {
        Syntax.PackedType.I8 => signed ? (sbyte)bits : (byte)bits,
        Syntax.PackedType.I16 => signed ? (short)bits : (ushort)bits,
        _ => (int)bits,
    };
}
