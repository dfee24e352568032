using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Weld.Tests.Simd;

/// <summary>Short constructors for test vectors.</summary>
internal static class V
{
    public static Vector128<byte> B(params byte[] x) => Vector128.Create(x);
    public static Vector128<byte> SB(params sbyte[] x) => Vector128.Create(x).AsByte();
    public static Vector128<byte> S(params short[] x) => Vector128.Create(x).AsByte();
    public static Vector128<byte> US(params ushort[] x) => Vector128.Create(x).AsByte();
    public static Vector128<byte> I(params int[] x) => Vector128.Create(x).AsByte();
    public static Vector128<byte> U(params uint[] x) => Vector128.Create(x).AsByte();
    public static Vector128<byte> L(params long[] x) => Vector128.Create(x).AsByte();
    public static Vector128<byte> F(params float[] x) => Vector128.Create(x).AsByte();
    public static Vector128<byte> D(params double[] x) => Vector128.Create(x).AsByte();
    public static Vector128<byte> FBits(params uint[] x) => Vector128.Create(x).AsByte();
    public static Vector128<byte> DBits(params ulong[] x) => Vector128.Create(x).AsByte();

    /// <summary>A float with exactly these bits. Not inlined: the JIT folds a constant bit pattern into a float constant,
    /// which quiets a signalling NaN.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static float F32(uint bits) => BitConverter.UInt32BitsToSingle(bits);
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static double F64(ulong bits) => BitConverter.UInt64BitsToDouble(bits);

    public static uint[] Bits32(Vector128<byte> v) => [v.AsUInt32()[0], v.AsUInt32()[1], v.AsUInt32()[2], v.AsUInt32()[3]];
    public static ulong[] Bits64(Vector128<byte> v) => [v.AsUInt64()[0], v.AsUInt64()[1]];

    public static bool IsF32Nan(uint bits) => (bits & 0x7f800000) == 0x7f800000 && (bits & 0x7fffff) != 0;
    public static bool IsF64Nan(ulong bits) => (bits & 0x7ff0000000000000) == 0x7ff0000000000000 && (bits & 0xfffffffffffff) != 0;
    /// <summary>An arithmetic NaN: the quiet bit set.</summary>
    public static bool IsArithmeticF32(uint bits) => (bits & 0x7fc00000) == 0x7fc00000;
    public static bool IsArithmeticF64(ulong bits) => (bits & 0x7ff8000000000000) == 0x7ff8000000000000;
}
