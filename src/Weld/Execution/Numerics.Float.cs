using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Weld.Execution;

/// <summary>Floating-point numerics: NaN propagation, signed zeros, rounding, sign-bit operations.</summary>
internal static partial class Numerics
{
    private const uint F32Sign = 0x8000_0000u;
    private const ulong F64Sign = 0x8000_0000_0000_0000ul;

    // abs, neg, copysign act on the sign bit alone and keep NaN payloads: work on the bits.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Abs(float x) => F32(Bits(x) & ~F32Sign);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Neg(float x) => F32(Bits(x) ^ F32Sign);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Copysign(float x, float y) => F32((Bits(x) & ~F32Sign) | (Bits(y) & F32Sign));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Abs(double x) => F64(Bits(x) & ~F64Sign);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Neg(double x) => F64(Bits(x) ^ F64Sign);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Copysign(double x, double y) => F64((Bits(x) & ~F64Sign) | (Bits(y) & F64Sign));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Bits(float x) => BitConverter.SingleToUInt32Bits(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bits(double x) => BitConverter.DoubleToUInt64Bits(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float F32(uint bits) => BitConverter.UInt32BitsToSingle(bits);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double F64(ulong bits) => BitConverter.UInt64BitsToDouble(bits);

    // add and mul: the JIT treats + and * as commutative and swaps their operands when that saves a register move,
    // and x64 gives the first operand's payload when both are NaNs: compiled code once returned the other NaN than
    // the interpreter. The scalar SSE forms copy the upper lanes from their first operand, so the JIT keeps the
    // order (and they cost nothing more: the same instruction). Elsewhere the plain operator.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Add(float x, float y) =>
        Sse.IsSupported ? Sse.AddScalar(Vector128.CreateScalarUnsafe(x), Vector128.CreateScalarUnsafe(y)).ToScalar() : x + y;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Mul(float x, float y) =>
        Sse.IsSupported ? Sse.MultiplyScalar(Vector128.CreateScalarUnsafe(x), Vector128.CreateScalarUnsafe(y)).ToScalar() : x * y;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Add(double x, double y) =>
        Sse2.IsSupported ? Sse2.AddScalar(Vector128.CreateScalarUnsafe(x), Vector128.CreateScalarUnsafe(y)).ToScalar() : x + y;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Mul(double x, double y) =>
        Sse2.IsSupported ? Sse2.MultiplyScalar(Vector128.CreateScalarUnsafe(x), Vector128.CreateScalarUnsafe(y)).ToScalar() : x * y;

    /// <summary>The NaN of a binary operation: the first NaN operand, quieted, else <paramref name="computed"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float PropagateNaN(float x, float y, float computed) =>
        float.IsNaN(x) ? F32(Bits(x) | 0x0040_0000u) : float.IsNaN(y) ? F32(Bits(y) | 0x0040_0000u) : computed;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double PropagateNaN(double x, double y, double computed) =>
        double.IsNaN(x) ? F64(Bits(x) | 0x0008_0000_0000_0000ul) : double.IsNaN(y) ? F64(Bits(y) | 0x0008_0000_0000_0000ul) : computed;

    /// <summary>min: NaN if either is NaN (an arithmetic NaN: adding quiets a signalling one); -0 &lt; +0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Min(float x, float y)
    {
        if (x < y) return x;
        if (y < x) return y;
        if (x == y) return BitConverter.UInt32BitsToSingle(BitConverter.SingleToUInt32Bits(x) | BitConverter.SingleToUInt32Bits(y));
        return PropagateNaN(x, y, x); // at least one NaN
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Max(float x, float y)
    {
        if (x > y) return x;
        if (y > x) return y;
        if (x == y) return BitConverter.UInt32BitsToSingle(BitConverter.SingleToUInt32Bits(x) & BitConverter.SingleToUInt32Bits(y));
        return PropagateNaN(x, y, x);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Min(double x, double y)
    {
        if (x < y) return x;
        if (y < x) return y;
        if (x == y) return BitConverter.UInt64BitsToDouble(BitConverter.DoubleToUInt64Bits(x) | BitConverter.DoubleToUInt64Bits(y));
        return PropagateNaN(x, y, x);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Max(double x, double y)
    {
        if (x > y) return x;
        if (y > x) return y;
        if (x == y) return BitConverter.UInt64BitsToDouble(BitConverter.DoubleToUInt64Bits(x) & BitConverter.DoubleToUInt64Bits(y));
        return PropagateNaN(x, y, x);
    }

    // Rounding: NaN in gives an arithmetic NaN out (x + x quiets a signalling NaN); zeros keep their sign.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Ceil(float x) => float.IsNaN(x) ? x + x : MathF.Ceiling(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Floor(float x) => float.IsNaN(x) ? x + x : MathF.Floor(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Trunc(float x) => float.IsNaN(x) ? x + x : MathF.Truncate(x);
    /// <summary>Round to nearest, ties to even.</summary>
    public static float F32Nearest(float x) => float.IsNaN(x) ? x + x : MathF.Round(x, MidpointRounding.ToEven);
    public static float F32Sqrt(float x) => MathF.Sqrt(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Ceil(double x) => double.IsNaN(x) ? x + x : Math.Ceiling(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Floor(double x) => double.IsNaN(x) ? x + x : Math.Floor(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Trunc(double x) => double.IsNaN(x) ? x + x : Math.Truncate(x);
    public static double F64Nearest(double x) => double.IsNaN(x) ? x + x : Math.Round(x, MidpointRounding.ToEven);
    public static double F64Sqrt(double x) => Math.Sqrt(x);

    /// <summary>A NaN becomes a quiet NaN explicitly: a JIT may fold demote(promote(x)) to x, which would keep a
    /// signaling NaN signaling where wasm requires an arithmetic (quiet) NaN.</summary>
    public static float F32DemoteF64(double x) => double.IsNaN(x) ? QuietF32(x) : (float)x;

    /// <summary>The quiet f32 NaN a hardware demotion of <paramref name="x"/> gives: sign, quiet bit, top payload bits.</summary>
    private static float QuietF32(double x)
    {
        ulong bits = BitConverter.DoubleToUInt64Bits(x);
        uint sign = (uint)(bits >> 32) & F32Sign;
        uint payload = (uint)((bits >> 29) & 0x003F_FFFF);
        return BitConverter.UInt32BitsToSingle(sign | 0x7FC0_0000 | payload);
    }
    public static double F64PromoteF32(float x) => x;

    // ---- float -> int, trapping. The bounds are exact: a value passes when its truncation fits. ----

    public static int I32TruncF32S(float x)
    {
        if (!(x >= -2147483648f && x < 2147483648f)) Trap.Truncation(x);
        return (int)x;
    }

    public static uint I32TruncF32U(float x)
    {
        if (!(x > -1f && x < 4294967296f)) Trap.Truncation(x);
        return (uint)x;
    }

    public static int I32TruncF64S(double x)
    {
        if (!(x > -2147483649.0 && x < 2147483648.0)) Trap.Truncation(x);
        return (int)x;
    }

    public static uint I32TruncF64U(double x)
    {
        if (!(x > -1.0 && x < 4294967296.0)) Trap.Truncation(x);
        return (uint)x;
    }

    public static long I64TruncF32S(float x)
    {
        if (!(x >= -9223372036854775808f && x < 9223372036854775808f)) Trap.Truncation(x);
        return (long)x;
    }

    public static ulong I64TruncF32U(float x)
    {
        if (!(x > -1f && x < 18446744073709551616f)) Trap.Truncation(x);
        return DoubleToU64((double)x);
    }

    public static long I64TruncF64S(double x)
    {
        if (!(x >= -9223372036854775808.0 && x < 9223372036854775808.0)) Trap.Truncation(x);
        return (long)x;
    }

    public static ulong I64TruncF64U(double x)
    {
        if (!(x > -1.0 && x < 18446744073709551616.0)) Trap.Truncation(x);
        return DoubleToU64(x);
    }

    /// <summary>Truncates a double known to be in (-1, 2^64) without relying on the platform's ulong conversion.</summary>
    private static ulong DoubleToU64(double x) =>
        x >= 9223372036854775808.0 ? (ulong)(long)(x - 9223372036854775808.0) | 0x8000_0000_0000_0000ul : (ulong)(long)x;

    // ---- float -> int, saturating: NaN -> 0, out of range -> the nearest bound. ----

    public static int I32TruncSatF32S(float x) =>
        float.IsNaN(x) ? 0 : x < -2147483648f ? int.MinValue : x >= 2147483648f ? int.MaxValue : (int)x;

    public static uint I32TruncSatF32U(float x) =>
        float.IsNaN(x) || x <= -1f ? 0 : x >= 4294967296f ? uint.MaxValue : (uint)x;

    public static int I32TruncSatF64S(double x) =>
        double.IsNaN(x) ? 0 : x <= -2147483649.0 ? int.MinValue : x >= 2147483648.0 ? int.MaxValue : (int)x;

    public static uint I32TruncSatF64U(double x) =>
        double.IsNaN(x) || x <= -1.0 ? 0 : x >= 4294967296.0 ? uint.MaxValue : (uint)x;

    public static long I64TruncSatF32S(float x) =>
        float.IsNaN(x) ? 0 : x < -9223372036854775808f ? long.MinValue : x >= 9223372036854775808f ? long.MaxValue : (long)x;

    public static ulong I64TruncSatF32U(float x) =>
        float.IsNaN(x) || x <= -1f ? 0 : x >= 18446744073709551616f ? ulong.MaxValue : DoubleToU64(x);

    public static long I64TruncSatF64S(double x) =>
        double.IsNaN(x) ? 0 : x < -9223372036854775808.0 ? long.MinValue : x >= 9223372036854775808.0 ? long.MaxValue : (long)x;

    public static ulong I64TruncSatF64U(double x) =>
        double.IsNaN(x) || x <= -1.0 ? 0 : x >= 18446744073709551616.0 ? ulong.MaxValue : DoubleToU64(x);

    // ---- int -> float, one correct rounding (never through a wider float when that would round twice). ----

    public static float F32ConvertI32S(int x) => x;
    /// <summary>Exact in a long, then one rounding to float.</summary>
    public static float F32ConvertI32U(uint x) => (long)x;
    public static float F32ConvertI64S(long x) => x;

    /// <summary>u64 -> f32: values with the top bit set are halved with a sticky low bit so that the single
    /// rounding of the signed conversion gives the correctly rounded result (no double rounding).</summary>
    public static float F32ConvertI64U(ulong x)
    {
        if ((long)x >= 0) return (long)x;
        float half = (long)((x >> 1) | (x & 1));
        return half * 2f;
    }

    public static double F64ConvertI32S(int x) => x;
    public static double F64ConvertI32U(uint x) => x;
    public static double F64ConvertI64S(long x) => x;

    public static double F64ConvertI64U(ulong x)
    {
        if ((long)x >= 0) return (long)x;
        double half = (long)((x >> 1) | (x & 1));
        return half * 2.0;
    }
}
