using System.Runtime.Intrinsics;
using V128 = System.Runtime.Intrinsics.Vector128<byte>;

namespace Weld.Execution.Simd;

/// <summary>
/// The relaxed SIMD instructions that are not another instruction's semantics (the others reuse them in the
/// instruction table). Each takes one fixed choice of those the spec allows, computed the same way on every CPU
/// (no hardware instruction whose result differs between x64 and arm64); docs/ARCHITECTURE.md lists the choices.
/// </summary>
internal static partial class SimdOps
{
    /// <summary>a * b + c with two roundings (never fused); a NaN result is the canonical NaN.</summary>
    public static V128 F32x4RelaxedMadd(V128 a, V128 b, V128 c) => CanonicalNaN(a.AsSingle() * b.AsSingle() + c.AsSingle());

    /// <summary>-(a * b) + c with two roundings; a NaN result is the canonical NaN.</summary>
    public static V128 F32x4RelaxedNmadd(V128 a, V128 b, V128 c) => CanonicalNaN(-(a.AsSingle() * b.AsSingle()) + c.AsSingle());

    /// <summary>a * b + c with two roundings (never fused); a NaN result is the canonical NaN.</summary>
    public static V128 F64x2RelaxedMadd(V128 a, V128 b, V128 c) => CanonicalNaN(a.AsDouble() * b.AsDouble() + c.AsDouble());

    /// <summary>-(a * b) + c with two roundings; a NaN result is the canonical NaN.</summary>
    public static V128 F64x2RelaxedNmadd(V128 a, V128 b, V128 c) => CanonicalNaN(-(a.AsDouble() * b.AsDouble()) + c.AsDouble());

    /// <summary>Adjacent products of signed bytes (b read as signed too) added into 16-bit lanes, wrapping.</summary>
    public static V128 I16x8RelaxedDotI8x16I7x16S(V128 a, V128 b)
    {
        var x = a.AsSByte();
        var y = b.AsSByte();
        Span<short> r = stackalloc short[8];
        for (int i = 0; i < 8; i++)
            r[i] = (short)(x.GetElement(2 * i) * y.GetElement(2 * i) + x.GetElement(2 * i + 1) * y.GetElement(2 * i + 1));
        return Vector128.Create<short>(r).AsByte();
    }

    /// <summary>The 16-bit dot product above, adjacent pairs sign-extended and added into 32-bit lanes, plus c (wrapping).</summary>
    public static V128 I32x4RelaxedDotI8x16I7x16AddS(V128 a, V128 b, V128 c)
    {
        var d = I16x8RelaxedDotI8x16I7x16S(a, b).AsInt16();
        var acc = c.AsInt32();
        Span<int> r = stackalloc int[4];
        for (int i = 0; i < 4; i++) r[i] = unchecked(d.GetElement(2 * i) + d.GetElement(2 * i + 1) + acc.GetElement(i));
        return Vector128.Create<int>(r).AsByte();
    }

    private static V128 CanonicalNaN(Vector128<float> r) =>
        Vector128.ConditionalSelect(IsNan(r), F32Canonical, r).AsByte();

    private static V128 CanonicalNaN(Vector128<double> r) =>
        Vector128.ConditionalSelect(IsNan(r), F64Canonical, r).AsByte();
}
