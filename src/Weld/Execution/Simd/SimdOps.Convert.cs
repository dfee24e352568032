using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using V128 = System.Runtime.Intrinsics.Vector128<byte>;

namespace Weld.Execution.Simd;

/// <summary>Lane width changes: narrow (saturating), extend, extmul, extadd_pairwise, and the int/float
/// conversions (trunc_sat saturates and maps NaN to 0; demote/convert_low/trunc_sat_zero fill the high lanes with 0).</summary>
internal static partial class SimdOps
{
    public static V128 I8x16NarrowI16x8S(V128 a, V128 b)
    {
        if (Sse2.IsSupported) return Sse2.PackSignedSaturate(a.AsInt16(), b.AsInt16()).AsByte();
        var x = a.AsInt16();
        var y = b.AsInt16();
        Span<sbyte> r = stackalloc sbyte[16];
        for (int i = 0; i < 8; i++)
        {
            r[i] = (sbyte)Math.Clamp(x[i], sbyte.MinValue, sbyte.MaxValue);
            r[i + 8] = (sbyte)Math.Clamp(y[i], sbyte.MinValue, sbyte.MaxValue);
        }
        return Vector128.Create<sbyte>(r).AsByte();
    }

    /// <summary>Signed i16 inputs saturated to [0, 255].</summary>
    public static V128 I8x16NarrowI16x8U(V128 a, V128 b)
    {
        if (Sse2.IsSupported) return Sse2.PackUnsignedSaturate(a.AsInt16(), b.AsInt16());
        var x = a.AsInt16();
        var y = b.AsInt16();
        Span<byte> r = stackalloc byte[16];
        for (int i = 0; i < 8; i++)
        {
            r[i] = (byte)Math.Clamp(x[i], (short)0, (short)255);
            r[i + 8] = (byte)Math.Clamp(y[i], (short)0, (short)255);
        }
        return Vector128.Create<byte>(r);
    }

    public static V128 I16x8NarrowI32x4S(V128 a, V128 b)
    {
        if (Sse2.IsSupported) return Sse2.PackSignedSaturate(a.AsInt32(), b.AsInt32()).AsByte();
        var x = a.AsInt32();
        var y = b.AsInt32();
        Span<short> r = stackalloc short[8];
        for (int i = 0; i < 4; i++)
        {
            r[i] = (short)Math.Clamp(x[i], short.MinValue, short.MaxValue);
            r[i + 4] = (short)Math.Clamp(y[i], short.MinValue, short.MaxValue);
        }
        return Vector128.Create<short>(r).AsByte();
    }

    public static V128 I16x8NarrowI32x4U(V128 a, V128 b)
    {
        if (Sse41.IsSupported) return Sse41.PackUnsignedSaturate(a.AsInt32(), b.AsInt32()).AsByte();
        var x = a.AsInt32();
        var y = b.AsInt32();
        Span<ushort> r = stackalloc ushort[8];
        for (int i = 0; i < 4; i++)
        {
            r[i] = (ushort)Math.Clamp(x[i], 0, ushort.MaxValue);
            r[i + 4] = (ushort)Math.Clamp(y[i], 0, ushort.MaxValue);
        }
        return Vector128.Create<ushort>(r).AsByte();
    }

    public static V128 I16x8ExtendLowI8x16S(V128 a) => Vector128.WidenLower(a.AsSByte()).AsByte();
    public static V128 I16x8ExtendHighI8x16S(V128 a) => Vector128.WidenUpper(a.AsSByte()).AsByte();
    public static V128 I16x8ExtendLowI8x16U(V128 a) => Vector128.WidenLower(a).AsByte();
    public static V128 I16x8ExtendHighI8x16U(V128 a) => Vector128.WidenUpper(a).AsByte();
    public static V128 I32x4ExtendLowI16x8S(V128 a) => Vector128.WidenLower(a.AsInt16()).AsByte();
    public static V128 I32x4ExtendHighI16x8S(V128 a) => Vector128.WidenUpper(a.AsInt16()).AsByte();
    public static V128 I32x4ExtendLowI16x8U(V128 a) => Vector128.WidenLower(a.AsUInt16()).AsByte();
    public static V128 I32x4ExtendHighI16x8U(V128 a) => Vector128.WidenUpper(a.AsUInt16()).AsByte();
    public static V128 I64x2ExtendLowI32x4S(V128 a) => Vector128.WidenLower(a.AsInt32()).AsByte();
    public static V128 I64x2ExtendHighI32x4S(V128 a) => Vector128.WidenUpper(a.AsInt32()).AsByte();
    public static V128 I64x2ExtendLowI32x4U(V128 a) => Vector128.WidenLower(a.AsUInt32()).AsByte();
    public static V128 I64x2ExtendHighI32x4U(V128 a) => Vector128.WidenUpper(a.AsUInt32()).AsByte();

    // Extended products always fit the wide lane, so plain widening multiplies are exact.
    public static V128 I16x8ExtmulLowI8x16S(V128 a, V128 b) => (Vector128.WidenLower(a.AsSByte()) * Vector128.WidenLower(b.AsSByte())).AsByte();
    public static V128 I16x8ExtmulHighI8x16S(V128 a, V128 b) => (Vector128.WidenUpper(a.AsSByte()) * Vector128.WidenUpper(b.AsSByte())).AsByte();
    public static V128 I16x8ExtmulLowI8x16U(V128 a, V128 b) => (Vector128.WidenLower(a) * Vector128.WidenLower(b)).AsByte();
    public static V128 I16x8ExtmulHighI8x16U(V128 a, V128 b) => (Vector128.WidenUpper(a) * Vector128.WidenUpper(b)).AsByte();
    public static V128 I32x4ExtmulLowI16x8S(V128 a, V128 b) => (Vector128.WidenLower(a.AsInt16()) * Vector128.WidenLower(b.AsInt16())).AsByte();
    public static V128 I32x4ExtmulHighI16x8S(V128 a, V128 b) => (Vector128.WidenUpper(a.AsInt16()) * Vector128.WidenUpper(b.AsInt16())).AsByte();
    public static V128 I32x4ExtmulLowI16x8U(V128 a, V128 b) => (Vector128.WidenLower(a.AsUInt16()) * Vector128.WidenLower(b.AsUInt16())).AsByte();
    public static V128 I32x4ExtmulHighI16x8U(V128 a, V128 b) => (Vector128.WidenUpper(a.AsUInt16()) * Vector128.WidenUpper(b.AsUInt16())).AsByte();
    public static V128 I64x2ExtmulLowI32x4S(V128 a, V128 b) => (Vector128.WidenLower(a.AsInt32()) * Vector128.WidenLower(b.AsInt32())).AsByte();
    public static V128 I64x2ExtmulHighI32x4S(V128 a, V128 b) => (Vector128.WidenUpper(a.AsInt32()) * Vector128.WidenUpper(b.AsInt32())).AsByte();
    public static V128 I64x2ExtmulLowI32x4U(V128 a, V128 b) => (Vector128.WidenLower(a.AsUInt32()) * Vector128.WidenLower(b.AsUInt32())).AsByte();
    public static V128 I64x2ExtmulHighI32x4U(V128 a, V128 b) => (Vector128.WidenUpper(a.AsUInt32()) * Vector128.WidenUpper(b.AsUInt32())).AsByte();

    // Pairwise sums: the even lane is the low half of each wide lane, the odd lane the high half.
    public static V128 I16x8ExtaddPairwiseI8x16S(V128 a) => (((a.AsInt16() << 8) >> 8) + (a.AsInt16() >> 8)).AsByte();
    public static V128 I16x8ExtaddPairwiseI8x16U(V128 a) => ((a.AsUInt16() & Vector128.Create((ushort)0xff)) + (a.AsUInt16() >>> 8)).AsByte();
    public static V128 I32x4ExtaddPairwiseI16x8S(V128 a) => (((a.AsInt32() << 16) >> 16) + (a.AsInt32() >> 16)).AsByte();
    public static V128 I32x4ExtaddPairwiseI16x8U(V128 a) => ((a.AsUInt32() & Vector128.Create(0xffffu)) + (a.AsUInt32() >>> 16)).AsByte();

    public static V128 I32x4TruncSatF32x4S(V128 a)
    {
        var x = a.AsSingle();
        return Vector128.Create(SatS(x[0]), SatS(x[1]), SatS(x[2]), SatS(x[3])).AsByte();
    }

    public static V128 I32x4TruncSatF32x4U(V128 a)
    {
        var x = a.AsSingle();
        return Vector128.Create(SatU(x[0]), SatU(x[1]), SatU(x[2]), SatU(x[3])).AsByte();
    }

    public static V128 I32x4TruncSatF64x2SZero(V128 a)
    {
        var x = a.AsDouble();
        return Vector128.Create(SatS(x[0]), SatS(x[1]), 0, 0).AsByte();
    }

    public static V128 I32x4TruncSatF64x2UZero(V128 a)
    {
        var x = a.AsDouble();
        return Vector128.Create(SatU(x[0]), SatU(x[1]), 0u, 0u).AsByte();
    }

    public static V128 F32x4ConvertI32x4S(V128 a) => Vector128.ConvertToSingle(a.AsInt32()).AsByte();

    /// <summary>Per lane through a long: one correctly rounded conversion (the vector form may round twice).</summary>
    public static V128 F32x4ConvertI32x4U(V128 a)
    {
        var x = a.AsUInt32();
        return Vector128.Create((float)(long)x[0], (float)(long)x[1], (float)(long)x[2], (float)(long)x[3]).AsByte();
    }

    public static V128 F64x2ConvertLowI32x4S(V128 a) => Vector128.Create((double)a.AsInt32()[0], a.AsInt32()[1]).AsByte();
    public static V128 F64x2ConvertLowI32x4U(V128 a) => Vector128.Create((double)a.AsUInt32()[0], a.AsUInt32()[1]).AsByte();

    public static V128 F32x4DemoteF64x2Zero(V128 a)
    {
        var x = a.AsDouble();
        return Vector128.Create(Demote(x[0]), Demote(x[1]), 0f, 0f).AsByte();
    }

    public static V128 F64x2PromoteLowF32x4(V128 a)
    {
        var x = a.AsSingle();
        return Vector128.Create(Promote(x[0]), Promote(x[1])).AsByte();
    }

    // Saturating truncation: NaN → 0, out of range → the nearest bound (the comparisons are exact in double).
    private static int SatS(double d) => double.IsNaN(d) ? 0 : d <= -2147483648.0 ? int.MinValue : d >= 2147483648.0 ? int.MaxValue : (int)d;
    private static uint SatU(double d) => double.IsNaN(d) || d <= 0 ? 0 : d >= 4294967296.0 ? uint.MaxValue : (uint)d;

    // NaN results keep the payload and get the quiet bit, as the hardware conversions do (an arithmetic NaN).
    private static float Demote(double d) =>
        double.IsNaN(d) ? BitConverter.UInt32BitsToSingle(0x7fc00000u | (uint)(BitConverter.DoubleToUInt64Bits(d) >> 63 << 31) | (uint)((BitConverter.DoubleToUInt64Bits(d) >> 29) & 0x3fffff)) : (float)d;

    private static double Promote(float f) =>
        float.IsNaN(f) ? BitConverter.UInt64BitsToDouble(0x7ff8000000000000UL | ((ulong)(BitConverter.SingleToUInt32Bits(f) >> 31) << 63) | ((ulong)(BitConverter.SingleToUInt32Bits(f) & 0x3fffff) << 29)) : f;
}
