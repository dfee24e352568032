using Weld.Execution.Simd;
using static Weld.Tests.Simd.V;

namespace Weld.Tests.Simd;

public sealed class SimdConvertTests
{
    [Fact]
    public void NarrowSaturatesSignedInputs()
    {
        Assert.Equal(SB(127, -128, 5, -5, 0, 0, 0, 0, -128, 127, 0, 0, 0, 0, 0, 1),
            SimdOps.I8x16NarrowI16x8S(S(300, -300, 5, -5, 0, 0, 0, 0), S(short.MinValue, short.MaxValue, 0, 0, 0, 0, 0, 1)));
        Assert.Equal(B(255, 0, 5, 0, 0, 0, 0, 0, 0, 255, 0, 0, 0, 0, 0, 128),
            SimdOps.I8x16NarrowI16x8U(S(300, -300, 5, -5, 0, 0, 0, 0), S(short.MinValue, short.MaxValue, 0, 0, 0, 0, 0, 128)));
        Assert.Equal(S(short.MaxValue, short.MinValue, 7, -7, 0, 0, 0, 0), SimdOps.I16x8NarrowI32x4S(I(70000, -70000, 7, -7), I(0, 0, 0, 0)));
        Assert.Equal(US(65535, 0, 7, 0, 0, 0, 0, 65535), SimdOps.I16x8NarrowI32x4U(I(70000, -70000, 7, -7), I(0, 0, 0, int.MaxValue)));
    }

    [Fact]
    public void ExtendExtmulExtadd()
    {
        var a = SB(-1, 2, -128, 127, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, -9);
        Assert.Equal(S(-1, 2, -128, 127, 0, 0, 0, 0), SimdOps.I16x8ExtendLowI8x16S(a));
        Assert.Equal(S(9, 0, 0, 0, 0, 0, 0, -9), SimdOps.I16x8ExtendHighI8x16S(a));
        Assert.Equal(S(255, 2, 128, 127, 0, 0, 0, 0), SimdOps.I16x8ExtendLowI8x16U(a));
        Assert.Equal(L(-1, -2), SimdOps.I64x2ExtendLowI32x4S(I(-1, -2, 0, 0)));
        Assert.Equal(L(uint.MaxValue, 0), SimdOps.I64x2ExtendLowI32x4U(I(-1, 0, 0, 0)));
        Assert.Equal(L(uint.MaxValue, 1), SimdOps.I64x2ExtendHighI32x4U(I(0, 0, -1, 1)));
        Assert.Equal(S(16384, -16256, 1, 4, 0, 0, 0, 0), SimdOps.I16x8ExtmulLowI8x16S(SB(-128, -128, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), SB(-128, 127, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(US(65025, 0, 0, 0, 0, 0, 0, 0), SimdOps.I16x8ExtmulLowI8x16U(B(255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), B(255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(U(4294836225u, 0, 0, 0), SimdOps.I32x4ExtmulLowI16x8U(US(65535, 0, 0, 0, 0, 0, 0, 0), US(65535, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(L(1L << 62, -(1L << 62) + (1L << 31)), SimdOps.I64x2ExtmulHighI32x4S(I(0, 0, int.MinValue, int.MinValue), I(0, 0, int.MinValue, int.MaxValue)));
        Assert.Equal(S(-256, 254, 0, 0, 0, 0, 0, 0), SimdOps.I16x8ExtaddPairwiseI8x16S(SB(-128, -128, 127, 127, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(S(510, 1, 0, 0, 0, 0, 0, 0), SimdOps.I16x8ExtaddPairwiseI8x16U(B(255, 255, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        Assert.Equal(I(-65536, 65534, 0, 0), SimdOps.I32x4ExtaddPairwiseI16x8S(S(short.MinValue, short.MinValue, short.MaxValue, short.MaxValue, 0, 0, 0, 0)));
        Assert.Equal(I(131070, 0, 0, 0), SimdOps.I32x4ExtaddPairwiseI16x8U(US(65535, 65535, 0, 0, 0, 0, 0, 0)));
    }

    [Fact]
    public void TruncSatSaturatesAndMapsNanToZero()
    {
        Assert.Equal(I(0, int.MaxValue, int.MinValue, -1), SimdOps.I32x4TruncSatF32x4S(F(float.NaN, 3e9f, -3e9f, -1.9f)));
        Assert.Equal(I(2147483520, int.MinValue, 0, 0), SimdOps.I32x4TruncSatF32x4S(F(2147483520f, -2147483648f, -0.9f, 0.9f)));
        Assert.Equal(U(0, uint.MaxValue, 0, 4294967040u), SimdOps.I32x4TruncSatF32x4U(F(float.NaN, 5e9f, -1f, 4294967040f)));
        Assert.Equal(I(int.MaxValue, int.MinValue, 0, 0), SimdOps.I32x4TruncSatF64x2SZero(D(2147483647.9, -2147483648.9)));
        Assert.Equal(U(uint.MaxValue, 0, 0, 0), SimdOps.I32x4TruncSatF64x2UZero(D(4294967296.0, double.NaN)));
        Assert.Equal(U(4294967295u, 0, 0, 0), SimdOps.I32x4TruncSatF64x2UZero(D(4294967295.9, -0.9)));
    }

    [Fact]
    public void ConversionsRoundOnce()
    {
        // 0xFFFFFFFF → 4294967296f; 16777217 rounds to even 16777216.
        Assert.Equal(F(4294967296f, 16777216f, 0f, 2147483648f), SimdOps.F32x4ConvertI32x4U(U(uint.MaxValue, 16777217, 0, 0x80000000)));
        Assert.Equal(F(-2147483648f, 16777216f, -1f, 16777220f), SimdOps.F32x4ConvertI32x4S(I(int.MinValue, 16777217, -1, 16777219)));
        Assert.Equal(D(-1, int.MaxValue), SimdOps.F64x2ConvertLowI32x4S(I(-1, int.MaxValue, 5, 5)));
        Assert.Equal(D(uint.MaxValue, 0), SimdOps.F64x2ConvertLowI32x4U(U(uint.MaxValue, 0, 5, 5)));
    }

    [Fact]
    public void DemoteAndPromote()
    {
        Assert.Equal(F(float.PositiveInfinity, 1.5f, 0, 0), SimdOps.F32x4DemoteF64x2Zero(D(1e300, 1.5)));
        Assert.Equal(F(0f, 0f, 0, 0), SimdOps.F32x4DemoteF64x2Zero(D(1e-300, 0)));
        var nan = Bits32(SimdOps.F32x4DemoteF64x2Zero(DBits(0x7ff4000000000000, 0xfff8000000000000)));
        Assert.True(IsArithmeticF32(nan[0]) && IsArithmeticF32(nan[1]) && nan[1] >> 31 == 1);
        Assert.Equal(D(1.5, -0d), SimdOps.F64x2PromoteLowF32x4(F(1.5f, -0f, 7, 7)));
        var dn = Bits64(SimdOps.F64x2PromoteLowF32x4(FBits(0x7fa00000, 0x7fc00000, 0, 0)));
        Assert.True(IsArithmeticF64(dn[0]));
        Assert.Equal(0x7ff8000000000000UL, dn[1]);
    }
}
