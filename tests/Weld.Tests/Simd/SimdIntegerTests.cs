using Weld.Execution.Simd;
using static Weld.Tests.Simd.V;

namespace Weld.Tests.Simd;

public sealed class SimdIntegerTests
{
    [Fact]
    public void AddSubMulWrap()
    {
        Assert.Equal(B(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), SimdOps.I8x16Add(B(255, 1, 255, 1, 255, 1, 255, 1, 255, 1, 255, 1, 255, 1, 255, 1), B(1, 255, 1, 255, 1, 255, 1, 255, 1, 255, 1, 255, 1, 255, 1, 255)));
        Assert.Equal(S(short.MinValue, 0, 0, 0, 0, 0, 0, 0), SimdOps.I16x8Sub(S(short.MaxValue, 0, 0, 0, 0, 0, 0, 0), S(-1, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(S(0, 1, 0, 0, 0, 0, 0, 0), SimdOps.I16x8Mul(S(256, -1, 0, 0, 0, 0, 0, 0), S(256, -1, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(I(0, 1, -2, int.MinValue), SimdOps.I32x4Mul(I(65536, -1, 2, int.MinValue), I(65536, -1, -1, 3)));
        Assert.Equal(L(1, long.MinValue), SimdOps.I64x2Mul(L(-1, long.MinValue), L(-1, 7)));
    }

    [Fact]
    public void AbsAndNegOfMinWrap()
    {
        Assert.Equal(SB(-128, 127, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), SimdOps.I8x16Abs(SB(-128, -127, 0, -1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)));
        Assert.Equal(SB(-128, 127, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), SimdOps.I8x16Neg(SB(-128, -127, 0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1)));
        Assert.Equal(S(short.MinValue, short.MaxValue, 0, 5, 0, 0, 0, 0), SimdOps.I16x8Abs(S(short.MinValue, -short.MaxValue, 0, -5, 0, 0, 0, 0)));
        Assert.Equal(I(int.MinValue, int.MaxValue, 0, 1), SimdOps.I32x4Abs(I(int.MinValue, -int.MaxValue, 0, -1)));
        Assert.Equal(L(long.MinValue, 3), SimdOps.I64x2Abs(L(long.MinValue, -3)));
        Assert.Equal(L(long.MinValue, -3), SimdOps.I64x2Neg(L(long.MinValue, 3)));
    }

    [Fact]
    public void ShiftCountsAreModuloLaneWidth()
    {
        var ones = SB(1, -128, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        Assert.Equal(SimdOps.I8x16Shl(ones, 1), SimdOps.I8x16Shl(ones, 9));
        Assert.Equal(SB(2, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2), SimdOps.I8x16Shl(ones, 9));
        Assert.Equal(SB(0, -64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), SimdOps.I8x16ShrS(ones, -7)); // -7 & 7 = 1
        Assert.Equal(SB(0, 64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), SimdOps.I8x16ShrU(ones, 1));
        Assert.Equal(S(-1, 0, 0, 0, 0, 0, 0, 0), SimdOps.I16x8ShrS(S(short.MinValue, 0, 0, 0, 0, 0, 0, 0), 31));
        Assert.Equal(I(int.MinValue, 0, 0, 0), SimdOps.I32x4Shl(I(1, 0, 0, 0), 63));
        Assert.Equal(I(1, 0, 0, 0), SimdOps.I32x4ShrU(I(1, 0, 0, 0), 32));
        Assert.Equal(L(-1, 0), SimdOps.I64x2ShrS(L(long.MinValue, 1L << 62), 127));
        Assert.Equal(L(1, 0), SimdOps.I64x2ShrU(L(long.MinValue, 1), 63));
    }

    [Fact]
    public void SaturatingAddAndSub()
    {
        Assert.Equal(SB(127, -128, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), SimdOps.I8x16AddSatS(SB(100, -100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), SB(100, -100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(B(255, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), SimdOps.I8x16AddSatU(B(200, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), B(100, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(SB(-128, 127, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), SimdOps.I8x16SubSatS(SB(-100, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), SB(100, -100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(B(0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), SimdOps.I8x16SubSatU(B(1, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), B(2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(S(short.MaxValue, short.MinValue, 0, 0, 0, 0, 0, 0), SimdOps.I16x8AddSatS(S(30000, -30000, 0, 0, 0, 0, 0, 0), S(30000, -30000, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(US(65535, 0, 0, 0, 0, 0, 0, 0), SimdOps.I16x8AddSatU(US(60000, 0, 0, 0, 0, 0, 0, 0), US(60000, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(S(short.MinValue, 0, 0, 0, 0, 0, 0, 0), SimdOps.I16x8SubSatS(S(-2, 0, 0, 0, 0, 0, 0, 0), S(short.MaxValue, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(US(0, 1, 0, 0, 0, 0, 0, 0), SimdOps.I16x8SubSatU(US(5, 6, 0, 0, 0, 0, 0, 0), US(6, 5, 0, 0, 0, 0, 0, 0)));
    }

    [Fact]
    public void MinMaxAvgrPopcnt()
    {
        Assert.Equal(SB(-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), SimdOps.I8x16MinS(SB(-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), SB(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(B(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), SimdOps.I8x16MinU(B(255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), B(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(U(uint.MaxValue, 1, 0, 0), SimdOps.I32x4MaxU(U(uint.MaxValue, 0, 0, 0), U(1, 1, 0, 0)));
        Assert.Equal(I(1, 1, 0, 0), SimdOps.I32x4MaxS(I(-1, 0, 0, 0), I(1, 1, 0, 0)));
        Assert.Equal(B(255, 128, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), SimdOps.I8x16AvgrU(B(255, 255, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), B(255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(US(65535, 32768, 0, 0, 0, 0, 0, 0), SimdOps.I16x8AvgrU(US(65535, 65535, 0, 0, 0, 0, 0, 0), US(65535, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(B(8, 0, 1, 4, 7, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 8), SimdOps.I8x16Popcnt(B(255, 0, 128, 15, 127, 1, 3, 7, 0, 0, 0, 0, 0, 0, 0, 255)));
    }

    [Fact]
    public void Q15MulrSaturatesOnlyMinTimesMin()
    {
        var r = SimdOps.I16x8Q15mulrSatS(S(short.MinValue, short.MinValue, short.MaxValue, 16384, -16384, 1, 0, 3), S(short.MinValue, short.MaxValue, short.MaxValue, 16384, 16384, 16384, 0, 16383));
        // (a*b + 0x4000) >> 15
        Assert.Equal(S(short.MaxValue, -short.MaxValue, 32766, 8192, -8192, 1, 0, 1), r);
    }

    [Fact]
    public void DotWrapsOnlyAtTheDoubleMinProduct()
    {
        Assert.Equal(I(int.MinValue, 2 * 3 + 4 * 5, -1, 0), SimdOps.I32x4DotI16x8S(
            S(short.MinValue, short.MinValue, 2, 4, -1, 0, 0, 0), S(short.MinValue, short.MinValue, 3, 5, 1, 0, 0, 0)));
    }
}
