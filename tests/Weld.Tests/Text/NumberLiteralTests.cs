using Weld.Text;

namespace Weld.Tests.Text;

public sealed class NumberLiteralTests
{
    private static uint F32(string s)
    {
        Assert.Equal(NumberStatus.Ok, FloatParsing.ParseF32(s, out uint bits));
        return bits;
    }

    private static ulong F64(string s)
    {
        Assert.Equal(NumberStatus.Ok, FloatParsing.ParseF64(s, out ulong bits));
        return bits;
    }

    [Theory]
    // 1 + 2^-24 is exactly halfway between 1 and the next f32: ties go to even.
    [InlineData("1.000000059604644775390625", 0x3f800000u)]
    // Just above halfway: a double would round this to the halfway point, then to even (wrong); direct rounding goes up.
    [InlineData("1.00000005960464477539062582718061255302767487140869206996285356581211090087890625", 0x3f800001u)]
    [InlineData("1.00000005960464477539062417281938744697232512859130793003714643418788909912109375", 0x3f800000u)]
    // 1 + 3·2^-24 is halfway between two odd/even neighbours: rounds up to even.
    [InlineData("1.000000178813934326171875", 0x3f800002u)]
    [InlineData("0x1.000001p0", 0x3f800000u)]
    [InlineData("0x1.00000100000000000001p0", 0x3f800001u)]
    [InlineData("0x1.fffffep127", 0x7f7fffffu)]
    [InlineData("0x1.fffffefffffffffffp127", 0x7f7fffffu)]
    [InlineData("340282356779733661637539395458142568447", 0x7f7fffffu)]
    [InlineData("0x1p-149", 0x00000001u)]
    [InlineData("0x1p-150", 0x00000000u)]
    [InlineData("0x1.000001p-150", 0x00000001u)]
    [InlineData("0x1.fffffcp-127", 0x007fffffu)]
    [InlineData("1e-50", 0x00000000u)]
    [InlineData("-0", 0x80000000u)]
    [InlineData("0.1", 0x3dcccccdu)]
    [InlineData("1_000.000_1", 0x447a0002u)]
    [InlineData("0x1.8p1", 0x40400000u)]
    [InlineData("0x1P+1", 0x40000000u)]
    [InlineData("1.", 0x3f800000u)]
    [InlineData("1.e1", 0x41200000u)]
    [InlineData("inf", 0x7f800000u)]
    [InlineData("-inf", 0xff800000u)]
    [InlineData("nan", 0x7fc00000u)]
    [InlineData("-nan", 0xffc00000u)]
    [InlineData("+nan:0x200000", 0x7fa00000u)]
    [InlineData("nan:0x7f_ffff", 0x7fffffffu)]
    public void F32LiteralsRoundOnceToNearestEven(string literal, uint expected) => Assert.Equal(expected, F32(literal));

    [Theory]
    [InlineData("0.1", 0x3fb999999999999aUL)]
    [InlineData("0x1.fffffffffffffp1023", 0x7fefffffffffffffUL)]
    [InlineData("0x1p-1074", 1UL)]
    [InlineData("5e-324", 1UL)]
    [InlineData("2e-324", 0UL)]
    [InlineData("2.4703282292062328e-324", 1UL)] // just above half the smallest subnormal
    [InlineData("0x1.00000000000008p0", 0x3ff0000000000000UL)] // halfway, ties to even
    [InlineData("0x1.00000000000018p0", 0x3ff0000000000002UL)]
    [InlineData("nan:0x8_0000_0000_0000", 0x7ff8000000000000UL)]
    [InlineData("-nan:0x1", 0xfff0000000000001UL)]
    [InlineData("1e308", 0x7fe1ccf385ebc8a0UL)]
    public void F64Literals(string literal, ulong expected) => Assert.Equal(expected, F64(literal));

    [Theory]
    [InlineData("0x1p128")]
    [InlineData("0x1.ffffffp127")]
    [InlineData("1e39")]
    [InlineData("340282356779733661637539395458142568448")] // halfway to 2^128 rounds to even = 2^128
    [InlineData("nan:0x0")]
    [InlineData("nan:0x80_0000")]
    [InlineData("1e1000000000000")]
    public void F32OutOfRange(string literal) => Assert.Equal(NumberStatus.OutOfRange, FloatParsing.ParseF32(literal, out _));

    [Theory]
    [InlineData(".0")]
    [InlineData("0x")]
    [InlineData("1e")]
    [InlineData("0x1p")]
    [InlineData("1__0")]
    [InlineData("_1")]
    [InlineData("1_")]
    [InlineData("1._0")]
    [InlineData("0x_1")]
    [InlineData("nan:1")]
    [InlineData("nan:canonical")]
    [InlineData("infinity")]
    [InlineData("1.0e+_1")]
    public void MalformedFloats(string literal) => Assert.Equal(NumberStatus.Malformed, FloatParsing.ParseF32(literal, out _));

    [Theory]
    [InlineData("0", 32, 0UL)]
    [InlineData("4294967295", 32, 0xffffffffUL)]
    [InlineData("-2147483648", 32, 0x80000000UL)]
    [InlineData("-0x8000_0000", 32, 0x80000000UL)]
    [InlineData("+2147483647", 32, 0x7fffffffUL)]
    [InlineData("-1", 32, 0xffffffffUL)]
    [InlineData("-1", 64, 0xffffffffffffffffUL)]
    [InlineData("18446744073709551615", 64, 0xffffffffffffffffUL)]
    [InlineData("-9223372036854775808", 64, 0x8000000000000000UL)]
    public void IntegerLiterals(string literal, int bits, ulong expected)
    {
        Assert.Equal(NumberStatus.Ok, NumberParsing.ParseInt(literal, bits, out ulong v));
        Assert.Equal(expected, v);
    }

    [Theory]
    [InlineData("4294967296", 32, "out")]
    [InlineData("-2147483649", 32, "out")]
    [InlineData("0x1_0000_0000", 32, "out")]
    [InlineData("18446744073709551616", 64, "out")]
    [InlineData("-9223372036854775809", 64, "out")]
    [InlineData("1.0", 32, "malformed")]
    [InlineData("0x", 32, "malformed")]
    [InlineData("1__0", 32, "malformed")]
    [InlineData("+_1", 32, "malformed")]
    public void BadIntegerLiterals(string literal, int bits, string expected) =>
        Assert.Equal(expected == "out" ? NumberStatus.OutOfRange : NumberStatus.Malformed, NumberParsing.ParseInt(literal, bits, out _));
}
