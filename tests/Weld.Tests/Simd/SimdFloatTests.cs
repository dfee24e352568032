using Weld.Execution.Simd;
using static Weld.Tests.Simd.V;

namespace Weld.Tests.Simd;

public sealed class SimdFloatTests
{
    private const uint NegZero = 0x80000000, PosZero = 0, SNan = 0x7fa00000, QNanPayload = 0x7fc12345;

    [Fact]
    public void MinMaxPropagateNanAndOrderZeros()
    {
        var min = Bits32(SimdOps.F32x4Min(FBits(NegZero, PosZero, SNan, 0x3f800000), FBits(PosZero, NegZero, 0x3f800000, QNanPayload)));
        Assert.Equal(NegZero, min[0]);
        Assert.Equal(NegZero, min[1]);
        Assert.True(IsArithmeticF32(min[2]) && IsF32Nan(min[2]));
        Assert.True(IsArithmeticF32(min[3]));
        var max = Bits32(SimdOps.F32x4Max(FBits(NegZero, PosZero, 0xff800000, 0x3f800000), FBits(PosZero, NegZero, 0x7f800000, 0x40000000)));
        Assert.Equal([PosZero, PosZero, 0x7f800000u, 0x40000000u], max);
        var dmin = Bits64(SimdOps.F64x2Min(DBits(0x8000000000000000, 0x7ff0000000000001), DBits(0, 0)));
        Assert.Equal(0x8000000000000000UL, dmin[0]);
        Assert.True(IsArithmeticF64(dmin[1]));
        var dmax = Bits64(SimdOps.F64x2Max(DBits(0x8000000000000000, 0), DBits(0, 0xfff8000000000000)));
        Assert.Equal(0UL, dmax[0]);
        Assert.True(IsArithmeticF64(dmax[1]));
    }

    [Fact]
    public void PminPmaxAreSelectsThatKeepTheFirstOperandOnNanAndZeros()
    {
        // pmin(a, b) = b < a ? b : a
        var r = Bits32(SimdOps.F32x4Pmin(FBits(NegZero, PosZero, QNanPayload, 0x3f800000), FBits(PosZero, NegZero, 0x3f800000, QNanPayload)));
        Assert.Equal([NegZero, PosZero, QNanPayload, 0x3f800000u], r);
        r = Bits32(SimdOps.F32x4Pmax(FBits(NegZero, PosZero, QNanPayload, 0x3f800000), FBits(PosZero, NegZero, 0x3f800000, QNanPayload)));
        Assert.Equal([NegZero, PosZero, QNanPayload, 0x3f800000u], r);
        Assert.Equal(D(1, -1), SimdOps.F64x2Pmax(D(1, -2), D(-1, -1)));
        Assert.Equal(D(-1, -2), SimdOps.F64x2Pmin(D(1, -2), D(-1, -1)));
    }

    [Fact]
    public void NearestRoundsHalfToEvenAndKeepsSignOfZero()
    {
        Assert.Equal(F(2f, -2f, -0f, 4f), SimdOps.F32x4Nearest(F(2.5f, -2.5f, -0.5f, 3.5f)));
        Assert.Equal(D(0d, -0d), SimdOps.F64x2Nearest(D(0.5, -0.5)));
        Assert.Equal(0x80000000u, Bits32(SimdOps.F32x4Nearest(F(-0.4f, 0, 0, 0)))[0]);
        Assert.Equal(F(8388609f, 1e30f, float.PositiveInfinity, -1f), SimdOps.F32x4Nearest(F(8388609f, 1e30f, float.PositiveInfinity, -1f)));
    }

    [Fact]
    public void CeilFloorTrunc()
    {
        Assert.Equal(F(-0f, 2f, -1f, 1f), SimdOps.F32x4Ceil(F(-0.5f, 1.5f, -1.5f, 1f)));
        Assert.Equal(0x80000000u, Bits32(SimdOps.F32x4Ceil(F(-0.5f, 0, 0, 0)))[0]);
        Assert.Equal(F(-1f, 1f, -2f, -0f), SimdOps.F32x4Floor(F(-0.5f, 1.5f, -1.5f, -0f)));
        Assert.Equal(D(-0d, 1d), SimdOps.F64x2Trunc(D(-0.9, 1.9)));
        Assert.Equal(0x8000000000000000UL, Bits64(SimdOps.F64x2Trunc(D(-0.9, 0)))[0]);
        Assert.Equal(D(-0d, 2d), SimdOps.F64x2Ceil(D(-0.1, 1.1)));
        Assert.Equal(D(-1d, 1d), SimdOps.F64x2Floor(D(-0.1, 1.1)));
    }

    [Fact]
    public void RoundingQuietsSignallingNans()
    {
        foreach (var f in new Func<System.Runtime.Intrinsics.Vector128<byte>, System.Runtime.Intrinsics.Vector128<byte>>[]
                     { SimdOps.F32x4Ceil, SimdOps.F32x4Floor, SimdOps.F32x4Trunc, SimdOps.F32x4Nearest, SimdOps.F32x4Sqrt })
        {
            var r = Bits32(f(FBits(SNan, 0xffa00001, 0x7fc00000, 0)));
            Assert.True(IsArithmeticF32(r[0]) && IsArithmeticF32(r[1]) && IsArithmeticF32(r[2]));
        }
        var d = Bits64(SimdOps.F64x2Nearest(DBits(0x7ff0000000000001, 0)));
        Assert.True(IsArithmeticF64(d[0]));
    }

    [Fact]
    public void AbsNegTouchOnlyTheSignBit()
    {
        Assert.Equal(FBits(0x7fa00000, 0x7fc00000, 0, 0x3f800000), SimdOps.F32x4Abs(FBits(0xffa00000, 0xffc00000, 0x80000000, 0xbf800000)));
        Assert.Equal(FBits(0xffa00000, 0x7fc00000, 0x80000000, 0xbf800000), SimdOps.F32x4Neg(FBits(0x7fa00000, 0xffc00000, 0, 0x3f800000)));
        Assert.Equal(DBits(0x7ff0000000000001, 0), SimdOps.F64x2Abs(DBits(0xfff0000000000001, 0x8000000000000000)));
    }

    [Fact]
    public void Arithmetic()
    {
        Assert.Equal(F(3f, -1f, 0.5f, float.PositiveInfinity), SimdOps.F32x4Add(F(1, 0, 0.25f, float.MaxValue), F(2, -1, 0.25f, float.MaxValue)));
        Assert.Equal(D(0.1 + 0.2, 1e308 * 10), SimdOps.F64x2Mul(D(0.1 + 0.2, 1e308), D(1, 10)));
        Assert.True(IsArithmeticF32(Bits32(SimdOps.F32x4Div(F(0, 1, 1, 1), F(0, 1, 1, 1)))[0]));
        Assert.Equal(F(2, 3, 0, -0f), SimdOps.F32x4Sqrt(F(4, 9, 0, -0f)));
    }
}
