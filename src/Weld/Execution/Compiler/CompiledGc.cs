using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Weld.Execution.Gc;
using Weld.Runtime;
using Weld.Runtime.Gc;

namespace Weld.Execution.Compiler;

/// <summary>
/// Helpers of compiled GC instructions, typed by the element or field kind the compiler knows statically, with
/// their operands in IL stack order (the wasm operands, then what the compiled code adds). Element and field access
/// is inlined by the JIT; allocation, bulk operations and casts call <see cref="GcOps"/>, whose semantics both back
/// ends share. A cast of the object to its class guards the memory safety of the typed views.
/// </summary>
internal static class CompiledGc
{
    // ---- structs: the arrays that hold a struct's fields (null traps) ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong[] StructNumbers(object? r) => r is null ? throw Trap.Exception(TrapCode.NullStructReference) : ((GcStruct)r).Numbers;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object?[] StructRefs(object? r) => r is null ? throw Trap.Exception(TrapCode.NullStructReference) : ((GcStruct)r).Refs;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StructSetI32(object? r, int v, int slot) => StructNumbers(r)[slot] = (uint)v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StructSetI64(object? r, long v, int slot) => StructNumbers(r)[slot] = (ulong)v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StructSetF32(object? r, float v, int slot) => StructNumbers(r)[slot] = BitConverter.SingleToUInt32Bits(v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StructSetF64(object? r, double v, int slot) => StructNumbers(r)[slot] = BitConverter.DoubleToUInt64Bits(v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StructSetV128(object? r, Vector128<byte> v, int slot) => SlotAccess.WriteV128(StructNumbers(r), slot, v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void StructSetRef(object? r, object? v, int slot) => StructRefs(r)[slot] = v;

    // ---- array element access (null and index trap, in that order) ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static GcArray Array(object? r) => r is null ? throw Trap.Exception(TrapCode.NullArrayReference) : (GcArray)r;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Index(GcArray a, int i) => (uint)i < (uint)a.Length ? i : throw Trap.Exception(TrapCode.ArrayOutOfBounds);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static GcArray Checked(object? r, int i, out int at)
    {
        var a = Array(r);
        at = Index(a, i);
        return a;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int ArrayGetI8S(object? r, int i) => (sbyte)Checked(r, i, out int at).Bytes[at];
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int ArrayGetI8U(object? r, int i) => Checked(r, i, out int at).Bytes[at];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ArrayGetI16S(object? r, int i) => (short)Checked(r, i, out int at).Shorts[at];

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int ArrayGetI16U(object? r, int i) => Checked(r, i, out int at).Shorts[at];
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int ArrayGetI32(object? r, int i) => (int)Checked(r, i, out int at).Ints[at];
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long ArrayGetI64(object? r, int i) => (long)Checked(r, i, out int at).Longs[at];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ArrayGetF32(object? r, int i) => BitConverter.UInt32BitsToSingle(Checked(r, i, out int at).Ints[at]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ArrayGetF64(object? r, int i) => BitConverter.UInt64BitsToDouble(Checked(r, i, out int at).Longs[at]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> ArrayGetV128(object? r, int i) => SlotAccess.ReadV128(Checked(r, i, out int at).Longs, 2 * at);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static object? ArrayGetRef(object? r, int i) => Checked(r, i, out int at).Refs[at];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ArraySetI8(object? r, int i, int v) => Checked(r, i, out int at).Bytes[at] = (byte)v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ArraySetI16(object? r, int i, int v) => Checked(r, i, out int at).Shorts[at] = (ushort)v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ArraySetI32(object? r, int i, int v) => Checked(r, i, out int at).Ints[at] = (uint)v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ArraySetI64(object? r, int i, long v) => Checked(r, i, out int at).Longs[at] = (ulong)v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ArraySetF32(object? r, int i, float v) => Checked(r, i, out int at).Ints[at] = BitConverter.SingleToUInt32Bits(v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ArraySetF64(object? r, int i, double v) => Checked(r, i, out int at).Longs[at] = BitConverter.DoubleToUInt64Bits(v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ArraySetV128(object? r, int i, Vector128<byte> v) => SlotAccess.WriteV128(Checked(r, i, out int at).Longs, 2 * at, v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ArraySetRef(object? r, int i, object? v) => Checked(r, i, out int at).Refs[at] = v;

    // ---- allocation, charged to the store's GC budget (a length beyond GcArray.MaxLength traps "out of memory") ----

    public static GcArray ArrayNewDefault(int n, RuntimeType t, RuntimeStore s) => GcOps.ArrayNewDefault(s, t, (uint)n);
    public static GcArray ArrayNewI32(int v, int n, RuntimeType t, RuntimeStore s) => GcOps.ArrayNew(s, t, (uint)v, (uint)n);
    public static GcArray ArrayNewI64(long v, int n, RuntimeType t, RuntimeStore s) => GcOps.ArrayNew(s, t, (ulong)v, (uint)n);

    public static GcArray ArrayNewF32(float v, int n, RuntimeType t, RuntimeStore s) =>
        GcOps.ArrayNew(s, t, BitConverter.SingleToUInt32Bits(v), (uint)n);

    public static GcArray ArrayNewF64(double v, int n, RuntimeType t, RuntimeStore s) =>
        GcOps.ArrayNew(s, t, BitConverter.DoubleToUInt64Bits(v), (uint)n);

    public static GcArray ArrayNewV128(Vector128<byte> v, int n, RuntimeType t, RuntimeStore s) =>
        GcOps.ArrayNewV128(s, t, v.AsUInt64().GetElement(0), v.AsUInt64().GetElement(1), (uint)n);

    public static GcArray ArrayNewRef(object? v, int n, RuntimeType t, RuntimeStore s) => GcOps.ArrayNewRef(s, t, v, (uint)n);

    public static GcArray ArrayNewData(int o, int n, RuntimeType t, DataInstance d, RuntimeStore s) =>
        GcOps.ArrayNewData(s, t, d, (uint)o, (uint)n);

    public static GcArray ArrayNewElem(int o, int n, RuntimeType t, ElemInstance e, RuntimeStore s) =>
        GcOps.ArrayNewElem(s, t, e, (uint)o, (uint)n);

    // array.new_fixed: element i (in range) of a fresh array.
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void FixedI32(GcArray a, int i, int v) => GcOps.ArraySetAt(a, i, (uint)v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void FixedI64(GcArray a, int i, long v) => GcOps.ArraySetAt(a, i, (ulong)v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void FixedF32(GcArray a, int i, float v) => GcOps.ArraySetAt(a, i, BitConverter.SingleToUInt32Bits(v));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void FixedF64(GcArray a, int i, double v) => GcOps.ArraySetAt(a, i, BitConverter.DoubleToUInt64Bits(v));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void FixedV128(GcArray a, int i, Vector128<byte> v) => SlotAccess.WriteV128(a.Longs, 2 * i, v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void FixedRef(GcArray a, int i, object? v) => a.Refs[i] = v;

    // ---- bulk array instructions ----

    public static void ArrayFillI32(object? r, int o, int v, int n) => GcOps.ArrayFill(r, (uint)o, (uint)v, (uint)n);
    public static void ArrayFillI64(object? r, int o, long v, int n) => GcOps.ArrayFill(r, (uint)o, (ulong)v, (uint)n);
    public static void ArrayFillF32(object? r, int o, float v, int n) => GcOps.ArrayFill(r, (uint)o, BitConverter.SingleToUInt32Bits(v), (uint)n);
    public static void ArrayFillF64(object? r, int o, double v, int n) => GcOps.ArrayFill(r, (uint)o, BitConverter.DoubleToUInt64Bits(v), (uint)n);

    public static void ArrayFillV128(object? r, int o, Vector128<byte> v, int n) =>
        GcOps.ArrayFillV128(r, (uint)o, v.AsUInt64().GetElement(0), v.AsUInt64().GetElement(1), (uint)n);

    public static void ArrayFillRef(object? r, int o, object? v, int n) => GcOps.ArrayFillRef(r, (uint)o, v, (uint)n);

    public static void ArrayCopy(object? dst, int d, object? src, int s, int n) => GcOps.ArrayCopy(dst, (uint)d, src, (uint)s, (uint)n);

    public static void ArrayInitData(object? r, int d, int s, int n, DataInstance data) => GcOps.ArrayInitData(r, (uint)d, data, (uint)s, (uint)n);

    public static void ArrayInitElem(object? r, int d, int s, int n, ElemInstance elem) => GcOps.ArrayInitElem(r, (uint)d, elem, (uint)s, (uint)n);
}
