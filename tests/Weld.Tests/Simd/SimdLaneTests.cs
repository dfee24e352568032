using System.Runtime.Intrinsics;
using Weld.Execution.Simd;
using static Weld.Tests.Simd.V;

namespace Weld.Tests.Simd;

public sealed class SimdLaneTests
{
    private static readonly Vector128<byte> Iota = B(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);

    [Fact]
    public void SwizzleZeroesOutOfRangeLanes()
    {
        var idx = B(15, 16, 17, 0x70, 0x7f, 0x80, 0xff, 0, 1, 31, 32, 14, 2, 3, 255, 8);
        Assert.Equal(B(15, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 14, 2, 3, 0, 8), SimdOps.I8x16Swizzle(Iota, idx));
    }

    [Fact]
    public void ShufflePicksFromBothOperands()
    {
        var b = Iota + Vector128.Create((byte)100);
        var lanes = B(31, 0, 16, 15, 1, 17, 30, 14, 2, 18, 29, 13, 3, 19, 28, 12);
        Assert.Equal(B(115, 0, 100, 15, 1, 101, 114, 14, 2, 102, 113, 13, 3, 103, 112, 12), SimdOps.I8x16Shuffle(Iota, b, lanes));
    }

    [Fact]
    public void ExtractSignExtendsOrZeroExtends()
    {
        var v = SB(-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -128);
        Assert.Equal(-1, SimdOps.I8x16ExtractLaneS(v, 0));
        Assert.Equal(255, SimdOps.I8x16ExtractLaneU(v, 0));
        Assert.Equal(128, SimdOps.I8x16ExtractLaneU(v, 15));
        Assert.Equal(-32768, SimdOps.I16x8ExtractLaneS(v, 7));
        Assert.Equal(32768, SimdOps.I16x8ExtractLaneU(v, 7));
        Assert.Equal(0xffa00000u, BitConverter.SingleToUInt32Bits(SimdOps.F32x4ExtractLane(FBits(0, 0, 0xffa00000, 0), 2)));
        Assert.Equal(0xfff0000000000001ul, BitConverter.DoubleToUInt64Bits(SimdOps.F64x2ExtractLane(DBits(0, 0xfff0000000000001), 1)));
    }

    [Fact]
    public void SplatAndReplaceKeepBitsExactly()
    {
        Assert.Equal(B(0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34), SimdOps.I8x16Splat(0x1234));
        Assert.Equal(US(0x5678, 0x5678, 0x5678, 0x5678, 0x5678, 0x5678, 0x5678, 0x5678), SimdOps.I16x8Splat(0x12345678));
        Assert.Equal(FBits(0x7fa00001, 0x7fa00001, 0x7fa00001, 0x7fa00001), SimdOps.F32x4Splat(V.F32(0x7fa00001)));
        Assert.Equal(DBits(0xfff0000000000001, 0), SimdOps.F64x2ReplaceLane(DBits(0, 0), 0, V.F64(0xfff0000000000001)));
        Assert.Equal(I(0, 0, 0, -1), SimdOps.I32x4ReplaceLane(I(0, 0, 0, 0), 3, -1));
        Assert.Equal(B(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff), SimdOps.I8x16ReplaceLane(B(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), 15, -1));
    }

    [Fact]
    public void LoadsWidenSplatAndZeroFill()
    {
        ulong raw = 0x80ff7f0102030405;
        Assert.Equal(S(5, 4, 3, 2, 1, 127, -1, -128), SimdOps.Load8x8S(raw));
        Assert.Equal(S(5, 4, 3, 2, 1, 127, 255, 128), SimdOps.Load8x8U(raw));
        Assert.Equal(I(0x0405, 0x0203, 0x7f01, unchecked((short)0x80ff)), SimdOps.Load16x4S(raw));
        Assert.Equal(L(0x02030405, unchecked((int)0x80ff7f01)), SimdOps.Load32x2S(raw));
        Assert.Equal(L(0x02030405, 0x80ff7f01), SimdOps.Load32x2U(raw));
        Assert.Equal(DBits(raw, raw), SimdOps.Load64Splat(raw));
        Assert.Equal(U(0xdeadbeef, 0, 0, 0), SimdOps.Load32Zero(0xdeadbeef));
        Assert.Equal(DBits(raw, 0), SimdOps.Load64Zero(raw));
        Assert.Equal(US(0, 0, 0, 0xabcd, 0, 0, 0, 0), SimdOps.Load16Lane(US(0, 0, 0, 0, 0, 0, 0, 0), 3, 0xabcd));
    }

    [Fact]
    public void SlotsRoundTrip()
    {
        ulong[] slots = [1, 0x1122334455667788, 0x99aabbccddeeff00, 4];
        var v = SimdOps.Read(ref slots[1]);
        Assert.Equal(SimdOps.FromSlots(0x1122334455667788, 0x99aabbccddeeff00), v);
        SimdOps.Write(ref slots[2], v);
        Assert.Equal([1UL, 0x1122334455667788, 0x1122334455667788, 0x99aabbccddeeff00], slots);
        Assert.Equal(0x1122334455667788UL, SimdOps.Lo(v));
        Assert.Equal(0x99aabbccddeeff00UL, SimdOps.Hi(v));
    }
}
