using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using V128 = System.Runtime.Intrinsics.Vector128<byte>;

namespace Weld.Execution.Simd;

/// <summary>Splats, lane extraction and replacement, shuffle and swizzle. Lane indices are validated, so
/// they are masked here only to keep the JIT from adding range checks.</summary>
internal static partial class SimdOps
{
    public static V128 I8x16Splat(int x) => Vector128.Create((byte)x);
    public static V128 I16x8Splat(int x) => Vector128.Create((ushort)x).AsByte();
    public static V128 I32x4Splat(int x) => Vector128.Create(x).AsByte();
    public static V128 I64x2Splat(long x) => Vector128.Create(x).AsByte();
    // The float lanes move as bits, so NaN payloads are kept.
    public static V128 F32x4Splat(float x) => Vector128.Create(BitConverter.SingleToUInt32Bits(x)).AsByte();
    public static V128 F64x2Splat(double x) => Vector128.Create(BitConverter.DoubleToUInt64Bits(x)).AsByte();

    public static int I8x16ExtractLaneS(V128 a, int lane) => a.AsSByte().GetElement(lane & 15);
    public static int I8x16ExtractLaneU(V128 a, int lane) => a.GetElement(lane & 15);
    public static int I16x8ExtractLaneS(V128 a, int lane) => a.AsInt16().GetElement(lane & 7);
    public static int I16x8ExtractLaneU(V128 a, int lane) => a.AsUInt16().GetElement(lane & 7);
    public static int I32x4ExtractLane(V128 a, int lane) => a.AsInt32().GetElement(lane & 3);
    public static long I64x2ExtractLane(V128 a, int lane) => a.AsInt64().GetElement(lane & 1);
    public static float F32x4ExtractLane(V128 a, int lane) => BitConverter.UInt32BitsToSingle(a.AsUInt32().GetElement(lane & 3));
    public static double F64x2ExtractLane(V128 a, int lane) => BitConverter.UInt64BitsToDouble(a.AsUInt64().GetElement(lane & 1));

    public static V128 I8x16ReplaceLane(V128 a, int lane, int x) => a.WithElement(lane & 15, (byte)x);
    public static V128 I16x8ReplaceLane(V128 a, int lane, int x) => a.AsUInt16().WithElement(lane & 7, (ushort)x).AsByte();
    public static V128 I32x4ReplaceLane(V128 a, int lane, int x) => a.AsInt32().WithElement(lane & 3, x).AsByte();
    public static V128 I64x2ReplaceLane(V128 a, int lane, long x) => a.AsInt64().WithElement(lane & 1, x).AsByte();
    public static V128 F32x4ReplaceLane(V128 a, int lane, float x) => a.AsUInt32().WithElement(lane & 3, BitConverter.SingleToUInt32Bits(x)).AsByte();
    public static V128 F64x2ReplaceLane(V128 a, int lane, double x) =>
        a.AsUInt64().WithElement(lane & 1, BitConverter.DoubleToUInt64Bits(x)).AsByte();

    /// <summary>Lane i of the result is byte lanes[i] of a:b (32 bytes; indices are validated below 32).</summary>
    public static V128 I8x16Shuffle(V128 a, V128 b, V128 lanes)
    {
        if (Ssse3.IsSupported)
        {
            // pshufb zeroes a lane whose index has bit 7 set: pick from a for 0-15, from b for 16-31.
            var fromA = Ssse3.Shuffle(a, lanes | Vector128.GreaterThan(lanes, Vector128.Create((byte)15)));
            var fromB = Ssse3.Shuffle(b, (lanes - Vector128.Create((byte)16)) | Vector128.LessThan(lanes, Vector128.Create((byte)16)));
            return fromA | fromB;
        }
        Span<byte> r = stackalloc byte[16];
        for (int i = 0; i < 16; i++)
        {
            int k = lanes.GetElement(i) & 31;
            r[i] = k < 16 ? a.GetElement(k) : b.GetElement(k - 16);
        }
        return Vector128.Create<byte>(r);
    }

    /// <summary>Lane i is a[s[i]], or 0 when s[i] ≥ 16.</summary>
    public static V128 I8x16Swizzle(V128 a, V128 s)
    {
        // Saturating +0x70 sets bit 7 for every index ≥ 16 and keeps the low 4 bits of 0-15.
        if (Ssse3.IsSupported) return Ssse3.Shuffle(a, Sse2.AddSaturate(s, Vector128.Create((byte)0x70)));
        Span<byte> r = stackalloc byte[16];
        for (int i = 0; i < 16; i++)
        {
            byte k = s.GetElement(i);
            r[i] = k < 16 ? a.GetElement(k) : (byte)0;
        }
        return Vector128.Create<byte>(r);
    }
}
