using System.Runtime.CompilerServices;
using Weld.Execution;

namespace Weld.Tests.Execution;

public class NumericsTests
{
    private static TrapCode TrapOf(Action a) => Assert.Throws<TrapException>(a).Code;

    [Fact]
    public void IntegerDivisionTrapsAndEdges()
    {
        Assert.Equal(TrapCode.IntegerDivideByZero, TrapOf(() => Numerics.I32DivS(1, 0)));
        Assert.Equal(TrapCode.IntegerDivideByZero, TrapOf(() => Numerics.I32DivU(1, 0)));
        Assert.Equal(TrapCode.IntegerDivideByZero, TrapOf(() => Numerics.I32RemS(1, 0)));
        Assert.Equal(TrapCode.IntegerDivideByZero, TrapOf(() => Numerics.I32RemU(1, 0)));
        Assert.Equal(TrapCode.IntegerDivideByZero, TrapOf(() => Numerics.I64DivS(1, 0)));
        Assert.Equal(TrapCode.IntegerDivideByZero, TrapOf(() => Numerics.I64DivU(1, 0)));
        Assert.Equal(TrapCode.IntegerDivideByZero, TrapOf(() => Numerics.I64RemS(1, 0)));
        Assert.Equal(TrapCode.IntegerDivideByZero, TrapOf(() => Numerics.I64RemU(1, 0)));
        Assert.Equal(TrapCode.IntegerOverflow, TrapOf(() => Numerics.I32DivS(int.MinValue, -1)));
        Assert.Equal(TrapCode.IntegerOverflow, TrapOf(() => Numerics.I64DivS(long.MinValue, -1)));
        Assert.Equal(0, Numerics.I32RemS(int.MinValue, -1));
        Assert.Equal(0L, Numerics.I64RemS(long.MinValue, -1));
        Assert.Equal(-2, Numerics.I32DivS(-7, 3));
        Assert.Equal(-1, Numerics.I32RemS(-7, 3));
        Assert.Equal(0x7FFF_FFFFu, Numerics.I32DivU(0xFFFF_FFFEu, 2));
        Assert.Equal(1u, Numerics.I32RemU(0xFFFF_FFFFu, 2));
        Assert.Equal(1ul, Numerics.I64RemU(ulong.MaxValue, 2));
    }

    /// <summary>These are expressions of the instruction table, tested through the generated semantics.</summary>
    [Fact]
    public void ShiftsRotatesAndBitCounts()
    {
        Assert.Equal(2u, NumericSemantics.I32Shl(1, 33));
        Assert.Equal(-1, NumericSemantics.I32ShrS(int.MinValue, 31));
        Assert.Equal(1u, NumericSemantics.I32ShrU(0x8000_0000u, 63));
        Assert.Equal(0x0000_0003u, NumericSemantics.I32Rotl(0x8000_0001u, 1));
        Assert.Equal(0xC000_0000u, NumericSemantics.I32Rotr(0x8000_0001u, 33));
        Assert.Equal(2ul, NumericSemantics.I64Shl(1, 65));
        Assert.Equal(3ul, NumericSemantics.I64Rotl(0x8000_0000_0000_0001ul, 1));
        Assert.Equal(32u, NumericSemantics.I32Clz(0));
        Assert.Equal(32u, NumericSemantics.I32Ctz(0));
        Assert.Equal(64ul, NumericSemantics.I64Clz(0));
        Assert.Equal(64ul, NumericSemantics.I64Ctz(0));
        Assert.Equal(32u, NumericSemantics.I32Popcnt(uint.MaxValue));
        Assert.Equal(unchecked((int)0xFFFF_FF80u), NumericSemantics.I32Extend8S(0x80));
        Assert.Equal(unchecked((int)0xFFFF_8000u), NumericSemantics.I32Extend16S(0x12_8000));
        Assert.Equal(unchecked((long)0xFFFF_FFFF_8000_0000ul), NumericSemantics.I64Extend32S(0x8000_0000L));
        Assert.Equal(-128L, NumericSemantics.I64Extend8S(0x1_0000_0080L));
    }

    [Fact]
    public void MinMaxPropagateNaNAndOrderZeros()
    {
        Assert.True(float.IsNaN(Numerics.F32Min(float.NaN, 1f)));
        Assert.True(float.IsNaN(Numerics.F32Max(1f, float.NaN)));
        Assert.True(double.IsNaN(Numerics.F64Min(1, double.NaN)));
        Assert.True(double.IsNaN(Numerics.F64Max(double.NaN, 1)));
        Assert.True(float.IsNegative(Numerics.F32Min(0f, -0f)));
        Assert.True(float.IsNegative(Numerics.F32Min(-0f, 0f)));
        Assert.False(float.IsNegative(Numerics.F32Max(-0f, 0f)));
        Assert.True(double.IsNegative(Numerics.F64Min(0.0, -0.0)));
        Assert.False(double.IsNegative(Numerics.F64Max(-0.0, 0.0)));
        // A signalling NaN comes out quiet (an arithmetic NaN).
        uint snan = 0x7FA0_0000;
        uint r = BitConverter.SingleToUInt32Bits(Numerics.F32Min(BitConverter.UInt32BitsToSingle(snan), 1f));
        Assert.Equal(0x7FC0_0000u, r & 0x7FC0_0000u);
    }

    [Fact]
    public void RoundingAndSignBitOps()
    {
        Assert.Equal(2f, Numerics.F32Nearest(2.5f));
        Assert.Equal(4f, Numerics.F32Nearest(3.5f));
        Assert.Equal(-2.0, Numerics.F64Nearest(-2.5));
        Assert.True(double.IsNegative(Numerics.F64Nearest(-0.5)));
        Assert.True(double.IsNegative(Numerics.F64Ceil(-0.5)));
        Assert.True(float.IsNegative(Numerics.F32Trunc(-0.7f)));
        Assert.Equal(-1f, Numerics.F32Floor(-0.5f));
        Assert.Equal(4503599627370497.0, Numerics.F64Nearest(4503599627370497.0));
        // abs/neg/copysign keep NaN payloads (signalling ones too) through their float-typed signatures.
        Assert.Equal(0x7FA0_0001u, Bits(Numerics.F32Abs(F32(0xFFA0_0001u))));
        Assert.Equal(0xFFA0_0001u, Bits(Numerics.F32Neg(F32(0x7FA0_0001u))));
        Assert.Equal(0xFFA0_0001u, Bits(Numerics.F32Copysign(F32(0x7FA0_0001u), F32(0x8000_0000u))));
        Assert.Equal(0x7FF4_0000_0000_0001ul, Bits(Numerics.F64Abs(F64(0xFFF4_0000_0000_0001ul))));
        Assert.Equal(0x8000_0000_0000_0000ul, Bits(Numerics.F64Neg(0.0)));
        Assert.Equal(0x7FF4_0000_0000_0001ul, Bits(Numerics.F64Copysign(F64(0xFFF4_0000_0000_0001ul), 1.0)));
    }

    [Fact]
    public void TruncationTrapsAtExactBounds()
    {
        Assert.Equal(int.MinValue, Numerics.I32TruncF32S(-2147483648f));
        Assert.Equal(TrapCode.IntegerOverflow, TrapOf(() => Numerics.I32TruncF32S(2147483648f)));
        Assert.Equal(TrapCode.IntegerOverflow, TrapOf(() => Numerics.I32TruncF32S(-2147483904f)));
        Assert.Equal(TrapCode.InvalidConversionToInteger, TrapOf(() => Numerics.I32TruncF32S(float.NaN)));
        Assert.Equal(int.MinValue, Numerics.I32TruncF64S(-2147483648.9));
        Assert.Equal(TrapCode.IntegerOverflow, TrapOf(() => Numerics.I32TruncF64S(-2147483649.0)));
        Assert.Equal(int.MaxValue, Numerics.I32TruncF64S(2147483647.9));
        Assert.Equal(TrapCode.IntegerOverflow, TrapOf(() => Numerics.I32TruncF64S(2147483648.0)));
        Assert.Equal(0u, Numerics.I32TruncF32U(-0.9f));
        Assert.Equal(TrapCode.IntegerOverflow, TrapOf(() => Numerics.I32TruncF32U(-1f)));
        Assert.Equal(4294967295u, Numerics.I32TruncF64U(4294967295.9));
        Assert.Equal(TrapCode.IntegerOverflow, TrapOf(() => Numerics.I32TruncF64U(4294967296.0)));
        Assert.Equal(long.MinValue, Numerics.I64TruncF64S(-9223372036854775808.0));
        Assert.Equal(TrapCode.IntegerOverflow, TrapOf(() => Numerics.I64TruncF64S(9223372036854775808.0)));
        Assert.Equal(TrapCode.IntegerOverflow, TrapOf(() => Numerics.I64TruncF32S(9223372036854775808f)));
        Assert.Equal(18446744073709549568ul, Numerics.I64TruncF64U(18446744073709549568.0));
        Assert.Equal(TrapCode.IntegerOverflow, TrapOf(() => Numerics.I64TruncF64U(18446744073709551616.0)));
        Assert.Equal(18446742974197923840ul, Numerics.I64TruncF32U(18446742974197923840f));
        Assert.Equal(TrapCode.IntegerOverflow, TrapOf(() => Numerics.I64TruncF32U(float.PositiveInfinity)));
        Assert.Equal(TrapCode.InvalidConversionToInteger, TrapOf(() => Numerics.I64TruncF64U(double.NaN)));
    }

    [Fact]
    public void SaturatingTruncation()
    {
        Assert.Equal(0, Numerics.I32TruncSatF32S(float.NaN));
        Assert.Equal(int.MaxValue, Numerics.I32TruncSatF32S(3e9f));
        Assert.Equal(int.MinValue, Numerics.I32TruncSatF64S(-3e9));
        Assert.Equal(0u, Numerics.I32TruncSatF64U(-5.0));
        Assert.Equal(uint.MaxValue, Numerics.I32TruncSatF64U(5e9));
        Assert.Equal(long.MaxValue, Numerics.I64TruncSatF64S(double.PositiveInfinity));
        Assert.Equal(long.MinValue, Numerics.I64TruncSatF32S(float.NegativeInfinity));
        Assert.Equal(ulong.MaxValue, Numerics.I64TruncSatF64U(1e20));
        Assert.Equal(0ul, Numerics.I64TruncSatF32U(float.NaN));
        Assert.Equal(18446744073709549568ul, Numerics.I64TruncSatF64U(18446744073709549568.0));
    }

    [Fact]
    public void IntToFloatRoundsOnce()
    {
        // Spec test values where rounding through double (or a wrong path) gives the wrong f32.
        Assert.Equal(9007199791611905f, Numerics.F32ConvertI64S(9007199791611905));
        Assert.Equal(BitConverter.SingleToUInt32Bits(9007200328482816f), BitConverter.SingleToUInt32Bits(Numerics.F32ConvertI64S(9007199791611905)));
        Assert.Equal(BitConverter.SingleToUInt32Bits(-9007200328482816f),
            BitConverter.SingleToUInt32Bits(Numerics.F32ConvertI64S(-9007199791611905)));
        Assert.Equal(BitConverter.SingleToUInt32Bits(9223371487098961920f),
            BitConverter.SingleToUInt32Bits(Numerics.F32ConvertI64U(0x7FFF_FF7F_FFFF_FFFFul)));
        // u64 with the top bit set: 0x8000_0080_0000_0001 must round up (sticky bit), 0x8000_0080_0000_0000 to even.
        Assert.Equal(0x5F00_0001u, BitConverter.SingleToUInt32Bits(Numerics.F32ConvertI64U(0x8000_0080_0000_0001ul)));
        Assert.Equal(0x5F00_0000u, BitConverter.SingleToUInt32Bits(Numerics.F32ConvertI64U(0x8000_0080_0000_0000ul)));
        Assert.Equal(18446744073709551616f, Numerics.F32ConvertI64U(ulong.MaxValue));
        Assert.Equal(18446744073709551616.0, Numerics.F64ConvertI64U(ulong.MaxValue));
        Assert.Equal(0x43E0_0000_0000_0001ul, BitConverter.DoubleToUInt64Bits(Numerics.F64ConvertI64U(0x8000_0000_0000_0401ul)));
        Assert.Equal(4294967295f, Numerics.F32ConvertI32U(uint.MaxValue));
        Assert.Equal(16777216f, Numerics.F32ConvertI32U(16777217));
        Assert.Equal(BitConverter.SingleToUInt32Bits(16777220f), BitConverter.SingleToUInt32Bits(Numerics.F32ConvertI32S(16777219)));
        Assert.Equal(4294967295.0, Numerics.F64ConvertI32U(uint.MaxValue));
    }

    private static uint Bits(float x) => BitConverter.SingleToUInt32Bits(x);
    private static ulong Bits(double x) => BitConverter.DoubleToUInt64Bits(x);
    // Not inlined: the JIT folds a constant bit pattern into a float constant, which quiets a signalling NaN.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static float F32(uint bits) => BitConverter.UInt32BitsToSingle(bits);
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double F64(ulong bits) => BitConverter.UInt64BitsToDouble(bits);
}
