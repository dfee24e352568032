using System.Runtime.Intrinsics;
using V128 = System.Runtime.Intrinsics.Vector128<byte>;

namespace Weld.Execution.Simd;

/// <summary>
/// Float lanes. add/sub/mul/div/sqrt are IEEE per lane in hardware and in .NET's fallback (add and mul then rebuild
/// NaN lanes in operand order). min/max are written out (NaN wins, -0 &lt; +0), pmin/pmax are the spec's plain
/// selects, and rounding results get their NaN lanes quieted so a signalling input still yields an arithmetic NaN.
/// </summary>
internal static partial class SimdOps
{
    private static readonly Vector128<float> F32Canonical = Vector128.Create(BitConverter.UInt32BitsToSingle(0x7fc00000));
    private static readonly Vector128<double> F64Canonical = Vector128.Create(BitConverter.UInt64BitsToDouble(0x7ff8000000000000));

    public static V128 F32x4Add(V128 a, V128 b) => PropagateNaN(a.AsSingle(), b.AsSingle(), a.AsSingle() + b.AsSingle());
    public static V128 F32x4Sub(V128 a, V128 b) => (a.AsSingle() - b.AsSingle()).AsByte();
    public static V128 F32x4Mul(V128 a, V128 b) => PropagateNaN(a.AsSingle(), b.AsSingle(), a.AsSingle() * b.AsSingle());
    public static V128 F32x4Div(V128 a, V128 b) => (a.AsSingle() / b.AsSingle()).AsByte();
    public static V128 F32x4Sqrt(V128 a) => Vector128.Sqrt(a.AsSingle()).AsByte();
    public static V128 F32x4Abs(V128 a) => (a.AsUInt32() & Vector128.Create(0x7fffffffu)).AsByte();
    public static V128 F32x4Neg(V128 a) => (a.AsUInt32() ^ Vector128.Create(0x80000000u)).AsByte();

    /// <summary>NaN if either is NaN; of equal values (±0) the OR of the bits, i.e. -0.</summary>
    public static V128 F32x4Min(V128 a, V128 b)
    {
        var x = a.AsSingle();
        var y = b.AsSingle();
        var r = Vector128.ConditionalSelect(Vector128.LessThan(x, y), x,
            Vector128.ConditionalSelect(Vector128.LessThan(y, x), y, x | y));
        return Vector128.ConditionalSelect(IsNan(x) | IsNan(y), F32Canonical, r).AsByte();
    }

    /// <summary>NaN if either is NaN; of equal values (±0) the AND of the bits, i.e. +0.</summary>
    public static V128 F32x4Max(V128 a, V128 b)
    {
        var x = a.AsSingle();
        var y = b.AsSingle();
        var r = Vector128.ConditionalSelect(Vector128.GreaterThan(x, y), x,
            Vector128.ConditionalSelect(Vector128.GreaterThan(y, x), y, x & y));
        return Vector128.ConditionalSelect(IsNan(x) | IsNan(y), F32Canonical, r).AsByte();
    }

    /// <summary>b &lt; a ? b : a (NaN and ±0 fall to a).</summary>
    public static V128 F32x4Pmin(V128 a, V128 b) =>
        Vector128.ConditionalSelect(Vector128.LessThan(b.AsSingle(), a.AsSingle()), b.AsSingle(), a.AsSingle()).AsByte();

    /// <summary>a &lt; b ? b : a.</summary>
    public static V128 F32x4Pmax(V128 a, V128 b) =>
        Vector128.ConditionalSelect(Vector128.LessThan(a.AsSingle(), b.AsSingle()), b.AsSingle(), a.AsSingle()).AsByte();

    public static V128 F32x4Ceil(V128 a) => Quiet(a.AsSingle(), Vector128.Ceiling(a.AsSingle()));
    public static V128 F32x4Floor(V128 a) => Quiet(a.AsSingle(), Vector128.Floor(a.AsSingle()));
    public static V128 F32x4Trunc(V128 a) => Quiet(a.AsSingle(), Vector128.Truncate(a.AsSingle()));

    /// <summary>Round half to even, per lane with MathF.Round (ties to even; the JIT uses roundps where it can).</summary>
    public static V128 F32x4Nearest(V128 a)
    {
        var x = a.AsSingle();
        var r = Vector128.Create(MathF.Round(x[0]), MathF.Round(x[1]), MathF.Round(x[2]), MathF.Round(x[3]));
        return Quiet(x, r);
    }

    public static V128 F64x2Add(V128 a, V128 b) => PropagateNaN(a.AsDouble(), b.AsDouble(), a.AsDouble() + b.AsDouble());
    public static V128 F64x2Sub(V128 a, V128 b) => (a.AsDouble() - b.AsDouble()).AsByte();
    public static V128 F64x2Mul(V128 a, V128 b) => PropagateNaN(a.AsDouble(), b.AsDouble(), a.AsDouble() * b.AsDouble());
    public static V128 F64x2Div(V128 a, V128 b) => (a.AsDouble() / b.AsDouble()).AsByte();
    public static V128 F64x2Sqrt(V128 a) => Vector128.Sqrt(a.AsDouble()).AsByte();
    public static V128 F64x2Abs(V128 a) => (a.AsUInt64() & Vector128.Create(0x7fffffffffffffffUL)).AsByte();
    public static V128 F64x2Neg(V128 a) => (a.AsUInt64() ^ Vector128.Create(0x8000000000000000UL)).AsByte();

    public static V128 F64x2Min(V128 a, V128 b)
    {
        var x = a.AsDouble();
        var y = b.AsDouble();
        var r = Vector128.ConditionalSelect(Vector128.LessThan(x, y), x,
            Vector128.ConditionalSelect(Vector128.LessThan(y, x), y, x | y));
        return Vector128.ConditionalSelect(IsNan(x) | IsNan(y), F64Canonical, r).AsByte();
    }

    public static V128 F64x2Max(V128 a, V128 b)
    {
        var x = a.AsDouble();
        var y = b.AsDouble();
        var r = Vector128.ConditionalSelect(Vector128.GreaterThan(x, y), x,
            Vector128.ConditionalSelect(Vector128.GreaterThan(y, x), y, x & y));
        return Vector128.ConditionalSelect(IsNan(x) | IsNan(y), F64Canonical, r).AsByte();
    }

    public static V128 F64x2Pmin(V128 a, V128 b) =>
        Vector128.ConditionalSelect(Vector128.LessThan(b.AsDouble(), a.AsDouble()), b.AsDouble(), a.AsDouble()).AsByte();

    public static V128 F64x2Pmax(V128 a, V128 b) =>
        Vector128.ConditionalSelect(Vector128.LessThan(a.AsDouble(), b.AsDouble()), b.AsDouble(), a.AsDouble()).AsByte();

    public static V128 F64x2Ceil(V128 a) => Quiet(a.AsDouble(), Vector128.Ceiling(a.AsDouble()));
    public static V128 F64x2Floor(V128 a) => Quiet(a.AsDouble(), Vector128.Floor(a.AsDouble()));
    public static V128 F64x2Trunc(V128 a) => Quiet(a.AsDouble(), Vector128.Truncate(a.AsDouble()));

    public static V128 F64x2Nearest(V128 a)
    {
        var x = a.AsDouble();
        return Quiet(x, Vector128.Create(Math.Round(x[0]), Math.Round(x[1])));
    }

    private static Vector128<float> IsNan(Vector128<float> x) => ~Vector128.Equals(x, x);
    private static Vector128<double> IsNan(Vector128<double> x) => ~Vector128.Equals(x, x);

    /// <summary>add and mul: the JIT may swap the operands, so a NaN lane is rebuilt from the operands in wasm's order,
    /// the first NaN operand's lane quieted (see <see cref="Numerics.F64Add"/>).</summary>
    private static V128 PropagateNaN(Vector128<float> x, Vector128<float> y, Vector128<float> computed) =>
        Vector128.EqualsAll(computed, computed) ? computed.AsByte() : Quiet(x, Quiet(y, computed).AsSingle());

    private static V128 PropagateNaN(Vector128<double> x, Vector128<double> y, Vector128<double> computed) =>
        Vector128.EqualsAll(computed, computed) ? computed.AsByte() : Quiet(x, Quiet(y, computed).AsDouble());

    /// <summary>The rounded lanes, with each NaN input lane replaced by the input with its quiet bit set.</summary>
    private static V128 Quiet(Vector128<float> input, Vector128<float> rounded)
    {
        var quieted = (input.AsUInt32() | Vector128.Create(0x00400000u)).AsSingle();
        return Vector128.ConditionalSelect(IsNan(input), quieted, rounded).AsByte();
    }

    private static V128 Quiet(Vector128<double> input, Vector128<double> rounded)
    {
        var quieted = (input.AsUInt64() | Vector128.Create(0x0008000000000000UL)).AsDouble();
        return Vector128.ConditionalSelect(IsNan(input), quieted, rounded).AsByte();
    }
}
