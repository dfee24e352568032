using Weld.Execution.Simd;
using static Weld.Tests.Simd.V;

namespace Weld.Tests.Simd;

public sealed class SimdBitwiseTests
{
    [Fact]
    public void AndNotIsAAndNotB()
    {
        Assert.Equal(U(0x0f0f0f0f, 0, 0xff00ff00, 1), SimdOps.AndNot(U(0xffffffff, 0, 0xffffffff, 1), U(0xf0f0f0f0, 0xffffffff, 0x00ff00ff, 0)));
    }

    [Fact]
    public void BitselectTakesAWhereMaskIsOne()
    {
        Assert.Equal(U(0xaaaa5555, 0, 0, 0), SimdOps.Bitselect(U(0xaaaaaaaa, 0, 0, 0), U(0x55555555, 0, 0, 0), U(0xffff0000, 0, 0, 0)));
        Assert.Equal(U(0x0, 0, 0, 0), SimdOps.Not(U(0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff)));
    }

    [Fact]
    public void LaneTests()
    {
        Assert.Equal(0, SimdOps.AnyTrue(U(0, 0, 0, 0)));
        Assert.Equal(1, SimdOps.AnyTrue(U(0, 0, 0, 0x80000000)));
        Assert.Equal(0, SimdOps.I8x16AllTrue(U(0xffffffff, 0xffffffff, 0xffffffff, 0xffff00ff)));
        Assert.Equal(1, SimdOps.I16x8AllTrue(U(0x00010001, 0x01000100, 0x80008000, 0x00ff00ff)));
        Assert.Equal(0, SimdOps.I32x4AllTrue(U(1, 2, 3, 0)));
        Assert.Equal(1, SimdOps.I64x2AllTrue(U(0, 1, 1, 0)));
        Assert.Equal(0x8001, SimdOps.I8x16Bitmask(SB(-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -128)));
        Assert.Equal(0b10000010, SimdOps.I16x8Bitmask(S(0, -1, 0, 0, 0, 0, 0, short.MinValue)));
        Assert.Equal(0b1001, SimdOps.I32x4Bitmask(I(-1, 1, int.MaxValue, int.MinValue)));
        Assert.Equal(0b10, SimdOps.I64x2Bitmask(L(1, -1)));
    }

    [Fact]
    public void ComparisonsSignedUnsignedAndFloat()
    {
        Assert.Equal(SB(-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), SimdOps.I8x16LtS(SB(-1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), SB(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(SB(0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), SimdOps.I8x16GtU(SB(-1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), SB(-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(L(-1, 0), SimdOps.I64x2LtS(L(long.MinValue, 0), L(long.MaxValue, 0)));
        Assert.Equal(L(0, -1), SimdOps.I64x2GeS(L(-1, 0), L(0, 0)));
        // NaN: only ne is true; -0 == +0.
        Assert.Equal(I(0, -1, 0, 0), SimdOps.F32x4Eq(F(float.NaN, -0f, 1, 2), F(float.NaN, 0f, 2, 1)));
        Assert.Equal(I(-1, 0, -1, -1), SimdOps.F32x4Ne(F(float.NaN, -0f, 1, 2), F(float.NaN, 0f, 2, 1)));
        Assert.Equal(L(0, -1), SimdOps.F64x2Le(D(double.NaN, -0d), D(1, 0d)));
    }
}
