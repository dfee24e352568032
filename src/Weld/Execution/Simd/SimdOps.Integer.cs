using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using V128 = System.Runtime.Intrinsics.Vector128<byte>;

namespace Weld.Execution.Simd;

/// <summary>Integer arithmetic: wrapping add/sub/mul/neg/abs, min/max, avgr_u, popcnt, shifts (count modulo
/// the lane width), saturating add/sub, q15mulr_sat_s and dot.</summary>
internal static partial class SimdOps
{
    public static V128 I8x16Add(V128 a, V128 b) => a + b;
    public static V128 I8x16Sub(V128 a, V128 b) => a - b;
    public static V128 I8x16Neg(V128 a) => V128.Zero - a;
    // abs(MIN) is MIN (wrapping); Vector128.Abs may throw or saturate in software, so this is written out.
    public static V128 I8x16Abs(V128 a) { var s = a.AsSByte() >> 7; return ((a.AsSByte() ^ s) - s).AsByte(); }
    public static V128 I8x16MinS(V128 a, V128 b) => Vector128.Min(a.AsSByte(), b.AsSByte()).AsByte();
    public static V128 I8x16MinU(V128 a, V128 b) => Vector128.Min(a, b);
    public static V128 I8x16MaxS(V128 a, V128 b) => Vector128.Max(a.AsSByte(), b.AsSByte()).AsByte();
    public static V128 I8x16MaxU(V128 a, V128 b) => Vector128.Max(a, b);
    public static V128 I8x16AvgrU(V128 a, V128 b) =>
        Sse2.IsSupported ? Sse2.Average(a, b) : (a | b) - ((a ^ b) >>> 1); // (a + b + 1) >> 1 without overflow

    /// <summary>Bit count per byte (SWAR on the two halves: exact and branch-free).</summary>
    public static V128 I8x16Popcnt(V128 a)
    {
        var x = a.AsUInt64();
        x -= (x >>> 1) & Vector128.Create(0x5555555555555555UL);
        x = (x & Vector128.Create(0x3333333333333333UL)) + ((x >>> 2) & Vector128.Create(0x3333333333333333UL));
        x = (x + (x >>> 4)) & Vector128.Create(0x0F0F0F0F0F0F0F0FUL);
        return x.AsByte();
    }

    public static V128 I8x16Shl(V128 a, int n) => Vector128.ShiftLeft(a, n & 7);
    public static V128 I8x16ShrS(V128 a, int n) => Vector128.ShiftRightArithmetic(a.AsSByte(), n & 7).AsByte();
    public static V128 I8x16ShrU(V128 a, int n) => Vector128.ShiftRightLogical(a, n & 7);

    public static V128 I8x16AddSatS(V128 a, V128 b)
    {
        if (Sse2.IsSupported) return Sse2.AddSaturate(a.AsSByte(), b.AsSByte()).AsByte();
        Span<sbyte> r = stackalloc sbyte[16];
        for (int i = 0; i < 16; i++) r[i] = (sbyte)Math.Clamp(a.AsSByte()[i] + b.AsSByte()[i], sbyte.MinValue, sbyte.MaxValue);
        return Vector128.Create<sbyte>(r).AsByte();
    }

    public static V128 I8x16AddSatU(V128 a, V128 b) =>
        Sse2.IsSupported ? Sse2.AddSaturate(a, b) : (a + b) | Vector128.LessThan(a + b, a); // wrapped sum below a: overflow

    public static V128 I8x16SubSatS(V128 a, V128 b)
    {
        if (Sse2.IsSupported) return Sse2.SubtractSaturate(a.AsSByte(), b.AsSByte()).AsByte();
        Span<sbyte> r = stackalloc sbyte[16];
        for (int i = 0; i < 16; i++) r[i] = (sbyte)Math.Clamp(a.AsSByte()[i] - b.AsSByte()[i], sbyte.MinValue, sbyte.MaxValue);
        return Vector128.Create<sbyte>(r).AsByte();
    }

    public static V128 I8x16SubSatU(V128 a, V128 b) =>
        Sse2.IsSupported ? Sse2.SubtractSaturate(a, b) : Vector128.Max(a, b) - b;

    public static V128 I16x8Add(V128 a, V128 b) => (a.AsUInt16() + b.AsUInt16()).AsByte();
    public static V128 I16x8Sub(V128 a, V128 b) => (a.AsUInt16() - b.AsUInt16()).AsByte();
    public static V128 I16x8Mul(V128 a, V128 b) => (a.AsUInt16() * b.AsUInt16()).AsByte();
    public static V128 I16x8Neg(V128 a) => (Vector128<ushort>.Zero - a.AsUInt16()).AsByte();
    public static V128 I16x8Abs(V128 a) { var s = a.AsInt16() >> 15; return ((a.AsInt16() ^ s) - s).AsByte(); }
    public static V128 I16x8MinS(V128 a, V128 b) => Vector128.Min(a.AsInt16(), b.AsInt16()).AsByte();
    public static V128 I16x8MinU(V128 a, V128 b) => Vector128.Min(a.AsUInt16(), b.AsUInt16()).AsByte();
    public static V128 I16x8MaxS(V128 a, V128 b) => Vector128.Max(a.AsInt16(), b.AsInt16()).AsByte();
    public static V128 I16x8MaxU(V128 a, V128 b) => Vector128.Max(a.AsUInt16(), b.AsUInt16()).AsByte();
    public static V128 I16x8AvgrU(V128 a, V128 b)
    {
        var x = a.AsUInt16();
        var y = b.AsUInt16();
        return (Sse2.IsSupported ? Sse2.Average(x, y) : (x | y) - ((x ^ y) >>> 1)).AsByte();
    }

    public static V128 I16x8Shl(V128 a, int n) => Vector128.ShiftLeft(a.AsUInt16(), n & 15).AsByte();
    public static V128 I16x8ShrS(V128 a, int n) => Vector128.ShiftRightArithmetic(a.AsInt16(), n & 15).AsByte();
    public static V128 I16x8ShrU(V128 a, int n) => Vector128.ShiftRightLogical(a.AsUInt16(), n & 15).AsByte();

    public static V128 I16x8AddSatS(V128 a, V128 b)
    {
        if (Sse2.IsSupported) return Sse2.AddSaturate(a.AsInt16(), b.AsInt16()).AsByte();
        Span<short> r = stackalloc short[8];
        for (int i = 0; i < 8; i++) r[i] = (short)Math.Clamp(a.AsInt16()[i] + b.AsInt16()[i], short.MinValue, short.MaxValue);
        return Vector128.Create<short>(r).AsByte();
    }

    public static V128 I16x8AddSatU(V128 a, V128 b)
    {
        var x = a.AsUInt16();
        var y = b.AsUInt16();
        if (Sse2.IsSupported) return Sse2.AddSaturate(x, y).AsByte();
        var sum = x + y;
        return (sum | Vector128.LessThan(sum, x)).AsByte();
    }

    public static V128 I16x8SubSatS(V128 a, V128 b)
    {
        if (Sse2.IsSupported) return Sse2.SubtractSaturate(a.AsInt16(), b.AsInt16()).AsByte();
        Span<short> r = stackalloc short[8];
        for (int i = 0; i < 8; i++) r[i] = (short)Math.Clamp(a.AsInt16()[i] - b.AsInt16()[i], short.MinValue, short.MaxValue);
        return Vector128.Create<short>(r).AsByte();
    }

    public static V128 I16x8SubSatU(V128 a, V128 b)
    {
        var x = a.AsUInt16();
        var y = b.AsUInt16();
        return (Sse2.IsSupported ? Sse2.SubtractSaturate(x, y) : Vector128.Max(x, y) - y).AsByte();
    }

    /// <summary>(a*b + 2^14) >> 15, saturated: only MIN*MIN overflows (to 0x7fff; pmulhrsw would give 0x8000).</summary>
    public static V128 I16x8Q15mulrSatS(V128 a, V128 b)
    {
        if (Ssse3.IsSupported)
        {
            var r = Ssse3.MultiplyHighRoundScale(a.AsInt16(), b.AsInt16());
            return (r ^ Vector128.Equals(r, Vector128.Create(short.MinValue))).AsByte(); // 0x8000 → 0x7fff
        }
        Span<short> s = stackalloc short[8];
        for (int i = 0; i < 8; i++)
            s[i] = (short)Math.Min((a.AsInt16()[i] * b.AsInt16()[i] + 0x4000) >> 15, short.MaxValue);
        return Vector128.Create<short>(s).AsByte();
    }

    public static V128 I32x4Add(V128 a, V128 b) => (a.AsUInt32() + b.AsUInt32()).AsByte();
    public static V128 I32x4Sub(V128 a, V128 b) => (a.AsUInt32() - b.AsUInt32()).AsByte();
    public static V128 I32x4Mul(V128 a, V128 b) => (a.AsUInt32() * b.AsUInt32()).AsByte();
    public static V128 I32x4Neg(V128 a) => (Vector128<uint>.Zero - a.AsUInt32()).AsByte();
    public static V128 I32x4Abs(V128 a) { var s = a.AsInt32() >> 31; return ((a.AsInt32() ^ s) - s).AsByte(); }
    public static V128 I32x4MinS(V128 a, V128 b) => Vector128.Min(a.AsInt32(), b.AsInt32()).AsByte();
    public static V128 I32x4MinU(V128 a, V128 b) => Vector128.Min(a.AsUInt32(), b.AsUInt32()).AsByte();
    public static V128 I32x4MaxS(V128 a, V128 b) => Vector128.Max(a.AsInt32(), b.AsInt32()).AsByte();
    public static V128 I32x4MaxU(V128 a, V128 b) => Vector128.Max(a.AsUInt32(), b.AsUInt32()).AsByte();
    public static V128 I32x4Shl(V128 a, int n) => Vector128.ShiftLeft(a.AsUInt32(), n & 31).AsByte();
    public static V128 I32x4ShrS(V128 a, int n) => Vector128.ShiftRightArithmetic(a.AsInt32(), n & 31).AsByte();
    public static V128 I32x4ShrU(V128 a, int n) => Vector128.ShiftRightLogical(a.AsUInt32(), n & 31).AsByte();

    /// <summary>Sums of adjacent i16 products; only (MIN*MIN)*2 overflows, and it wraps as the spec says.</summary>
    public static V128 I32x4DotI16x8S(V128 a, V128 b)
    {
        if (Sse2.IsSupported) return Sse2.MultiplyAddAdjacent(a.AsInt16(), b.AsInt16()).AsByte();
        var x = a.AsInt32();
        var y = b.AsInt32();
        var even = ((x << 16) >> 16) * ((y << 16) >> 16);
        var odd = (x >> 16) * (y >> 16);
        return (even.AsUInt32() + odd.AsUInt32()).AsByte();
    }

    public static V128 I64x2Add(V128 a, V128 b) => (a.AsUInt64() + b.AsUInt64()).AsByte();
    public static V128 I64x2Sub(V128 a, V128 b) => (a.AsUInt64() - b.AsUInt64()).AsByte();
    public static V128 I64x2Mul(V128 a, V128 b) => (a.AsUInt64() * b.AsUInt64()).AsByte();
    public static V128 I64x2Neg(V128 a) => (Vector128<ulong>.Zero - a.AsUInt64()).AsByte();
    public static V128 I64x2Abs(V128 a) { var s = a.AsInt64() >> 63; return ((a.AsInt64() ^ s) - s).AsByte(); }
    public static V128 I64x2Shl(V128 a, int n) => Vector128.ShiftLeft(a.AsUInt64(), n & 63).AsByte();
    public static V128 I64x2ShrS(V128 a, int n) => Vector128.ShiftRightArithmetic(a.AsInt64(), n & 63).AsByte();
    public static V128 I64x2ShrU(V128 a, int n) => Vector128.ShiftRightLogical(a.AsUInt64(), n & 63).AsByte();
}
