using System.Runtime.Intrinsics;
using V128 = System.Runtime.Intrinsics.Vector128<byte>;

namespace Weld.Execution.Simd;

/// <summary>Lane-wise comparisons: all ones where true, zero where false. Float compares are IEEE (NaN: only ne is true).</summary>
internal static partial class SimdOps
{
    public static V128 I8x16Eq(V128 a, V128 b) => Vector128.Equals(a, b);
    public static V128 I8x16Ne(V128 a, V128 b) => ~Vector128.Equals(a, b);
    public static V128 I8x16LtS(V128 a, V128 b) => Vector128.LessThan(a.AsSByte(), b.AsSByte()).AsByte();
    public static V128 I8x16LtU(V128 a, V128 b) => Vector128.LessThan(a, b);
    public static V128 I8x16GtS(V128 a, V128 b) => Vector128.GreaterThan(a.AsSByte(), b.AsSByte()).AsByte();
    public static V128 I8x16GtU(V128 a, V128 b) => Vector128.GreaterThan(a, b);
    public static V128 I8x16LeS(V128 a, V128 b) => Vector128.LessThanOrEqual(a.AsSByte(), b.AsSByte()).AsByte();
    public static V128 I8x16LeU(V128 a, V128 b) => Vector128.LessThanOrEqual(a, b);
    public static V128 I8x16GeS(V128 a, V128 b) => Vector128.GreaterThanOrEqual(a.AsSByte(), b.AsSByte()).AsByte();
    public static V128 I8x16GeU(V128 a, V128 b) => Vector128.GreaterThanOrEqual(a, b);

    public static V128 I16x8Eq(V128 a, V128 b) => Vector128.Equals(a.AsUInt16(), b.AsUInt16()).AsByte();
    public static V128 I16x8Ne(V128 a, V128 b) => (~Vector128.Equals(a.AsUInt16(), b.AsUInt16())).AsByte();
    public static V128 I16x8LtS(V128 a, V128 b) => Vector128.LessThan(a.AsInt16(), b.AsInt16()).AsByte();
    public static V128 I16x8LtU(V128 a, V128 b) => Vector128.LessThan(a.AsUInt16(), b.AsUInt16()).AsByte();
    public static V128 I16x8GtS(V128 a, V128 b) => Vector128.GreaterThan(a.AsInt16(), b.AsInt16()).AsByte();
    public static V128 I16x8GtU(V128 a, V128 b) => Vector128.GreaterThan(a.AsUInt16(), b.AsUInt16()).AsByte();
    public static V128 I16x8LeS(V128 a, V128 b) => Vector128.LessThanOrEqual(a.AsInt16(), b.AsInt16()).AsByte();
    public static V128 I16x8LeU(V128 a, V128 b) => Vector128.LessThanOrEqual(a.AsUInt16(), b.AsUInt16()).AsByte();
    public static V128 I16x8GeS(V128 a, V128 b) => Vector128.GreaterThanOrEqual(a.AsInt16(), b.AsInt16()).AsByte();
    public static V128 I16x8GeU(V128 a, V128 b) => Vector128.GreaterThanOrEqual(a.AsUInt16(), b.AsUInt16()).AsByte();

    public static V128 I32x4Eq(V128 a, V128 b) => Vector128.Equals(a.AsUInt32(), b.AsUInt32()).AsByte();
    public static V128 I32x4Ne(V128 a, V128 b) => (~Vector128.Equals(a.AsUInt32(), b.AsUInt32())).AsByte();
    public static V128 I32x4LtS(V128 a, V128 b) => Vector128.LessThan(a.AsInt32(), b.AsInt32()).AsByte();
    public static V128 I32x4LtU(V128 a, V128 b) => Vector128.LessThan(a.AsUInt32(), b.AsUInt32()).AsByte();
    public static V128 I32x4GtS(V128 a, V128 b) => Vector128.GreaterThan(a.AsInt32(), b.AsInt32()).AsByte();
    public static V128 I32x4GtU(V128 a, V128 b) => Vector128.GreaterThan(a.AsUInt32(), b.AsUInt32()).AsByte();
    public static V128 I32x4LeS(V128 a, V128 b) => Vector128.LessThanOrEqual(a.AsInt32(), b.AsInt32()).AsByte();
    public static V128 I32x4LeU(V128 a, V128 b) => Vector128.LessThanOrEqual(a.AsUInt32(), b.AsUInt32()).AsByte();
    public static V128 I32x4GeS(V128 a, V128 b) => Vector128.GreaterThanOrEqual(a.AsInt32(), b.AsInt32()).AsByte();
    public static V128 I32x4GeU(V128 a, V128 b) => Vector128.GreaterThanOrEqual(a.AsUInt32(), b.AsUInt32()).AsByte();

    public static V128 I64x2Eq(V128 a, V128 b) => Vector128.Equals(a.AsInt64(), b.AsInt64()).AsByte();
    public static V128 I64x2Ne(V128 a, V128 b) => (~Vector128.Equals(a.AsInt64(), b.AsInt64())).AsByte();
    public static V128 I64x2LtS(V128 a, V128 b) => Vector128.LessThan(a.AsInt64(), b.AsInt64()).AsByte();
    public static V128 I64x2GtS(V128 a, V128 b) => Vector128.GreaterThan(a.AsInt64(), b.AsInt64()).AsByte();
    public static V128 I64x2LeS(V128 a, V128 b) => Vector128.LessThanOrEqual(a.AsInt64(), b.AsInt64()).AsByte();
    public static V128 I64x2GeS(V128 a, V128 b) => Vector128.GreaterThanOrEqual(a.AsInt64(), b.AsInt64()).AsByte();

    public static V128 F32x4Eq(V128 a, V128 b) => Vector128.Equals(a.AsSingle(), b.AsSingle()).AsByte();
    public static V128 F32x4Ne(V128 a, V128 b) => (~Vector128.Equals(a.AsSingle(), b.AsSingle())).AsByte();
    public static V128 F32x4Lt(V128 a, V128 b) => Vector128.LessThan(a.AsSingle(), b.AsSingle()).AsByte();
    public static V128 F32x4Gt(V128 a, V128 b) => Vector128.GreaterThan(a.AsSingle(), b.AsSingle()).AsByte();
    public static V128 F32x4Le(V128 a, V128 b) => Vector128.LessThanOrEqual(a.AsSingle(), b.AsSingle()).AsByte();
    public static V128 F32x4Ge(V128 a, V128 b) => Vector128.GreaterThanOrEqual(a.AsSingle(), b.AsSingle()).AsByte();

    public static V128 F64x2Eq(V128 a, V128 b) => Vector128.Equals(a.AsDouble(), b.AsDouble()).AsByte();
    public static V128 F64x2Ne(V128 a, V128 b) => (~Vector128.Equals(a.AsDouble(), b.AsDouble())).AsByte();
    public static V128 F64x2Lt(V128 a, V128 b) => Vector128.LessThan(a.AsDouble(), b.AsDouble()).AsByte();
    public static V128 F64x2Gt(V128 a, V128 b) => Vector128.GreaterThan(a.AsDouble(), b.AsDouble()).AsByte();
    public static V128 F64x2Le(V128 a, V128 b) => Vector128.LessThanOrEqual(a.AsDouble(), b.AsDouble()).AsByte();
    public static V128 F64x2Ge(V128 a, V128 b) => Vector128.GreaterThanOrEqual(a.AsDouble(), b.AsDouble()).AsByte();
}
