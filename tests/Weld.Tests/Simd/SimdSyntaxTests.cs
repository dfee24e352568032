using Weld.Binary;
using Weld.Script;
using Weld.Syntax;
using Weld.Text;
using Weld.Validation;

namespace Weld.Tests.Simd;

/// <summary>SIMD in the text format, the binary format, the validator and scripts.</summary>
public sealed class SimdSyntaxTests
{
    private static Instr[] Body(string func)
    {
        var m = TextParser.ParseModule($"(module (memory 1) {func})");
        Validator.Validate(m);
        var again = BinaryDecoder.Decode(BinaryEncoder.Encode(m));
        Assert.Equal(m.Codes[0].Code.Select(i => (i.Op, i.A, i.B, i.C, i.D)), again.Codes[0].Code.Select(i => (i.Op, i.A, i.B, i.C, i.D)));
        return m.Codes[0].Code;
    }

    [Theory]
    [InlineData("i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 -1", 0x0706050403020100UL, 0xff0e0d0c0b0a0908UL)]
    [InlineData("i16x8 0 1 2 3 -1 0xffff -32768 65535", 0x0003000200010000UL, 0xffff8000ffffffffUL)]
    [InlineData("i32x4 1 -1 0x80000000 4_294_967_295", 0xffffffff00000001UL, 0xffffffff80000000UL)]
    [InlineData("i64x2 -1 0x8000000000000000", ulong.MaxValue, 0x8000000000000000UL)]
    [InlineData("f32x4 1 -0 nan:0x200000 -inf", 0x800000003f800000UL, 0xff8000007fa00000UL)]
    [InlineData("f64x2 0x1p-1074 -nan", 1UL, 0xfff8000000000000UL)]
    public void V128ConstInEveryShape(string lanes, ulong lo, ulong hi)
    {
        var ins = Body($"(func (result v128) (v128.const {lanes}))")[0];
        Assert.Equal(Opcode.V128Const, ins.Op);
        Assert.Equal((lo, hi), (ins.C, ins.D));
    }

    [Theory]
    [InlineData("(v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 256)", "constant out of range")]
    [InlineData("(v128.const i16x8 0 0 0 0 0 0 0 -32769)", "constant out of range")]
    [InlineData("(v128.const i32x4 0 0 0)", "wrong number of lane literals")]
    [InlineData("(v128.const f32x4 0 0 0 0 0)", "wrong number of lane literals")]
    [InlineData("(v128.const i8x8 0 0 0 0 0 0 0 0)", "unknown operator")]
    [InlineData("(i8x16.extract_lane_s 256 (v128.const i64x2 0 0))", "i8 constant out of range")]
    [InlineData("(i8x16.extract_lane_s -1 (v128.const i64x2 0 0))", "unexpected token")]
    [InlineData("(i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 (v128.const i64x2 0 0) (v128.const i64x2 0 0))", "invalid lane length")]
    [InlineData("(i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 -1 (v128.const i64x2 0 0) (v128.const i64x2 0 0))", "i8 constant out of range")]
    [InlineData("(v128.load align=8 (i32.const 0))", null)]
    [InlineData("(v128.load align=3 (i32.const 0))", "alignment must be a power of two")]
    [InlineData("(v128.load align=7 (i32.const 0))", "alignment must be a power of two")]
    public void MalformedText(string expr, string? message)
    {
        string src = $"(module (memory 1) (func (drop {expr})))";
        if (message is null)
        {
            TextParser.ParseModule(src);
            return;
        }
        var e = Assert.Throws<MalformedModuleException>(() => TextParser.ParseModule(src));
        Assert.StartsWith(message, e.SpecMessage);
    }

    /// <summary>3.0's text format calls a lane index that is not a u8 an out-of-range i8 constant; 2.0's (read with no
    /// proposal on) a malformed lane index.</summary>
    [Theory]
    [InlineData("(i8x16.extract_lane_s 256 (v128.const i64x2 0 0))")]
    [InlineData("(i8x16.replace_lane 0x100 (v128.const i64x2 0 0) (i32.const 0))")]
    [InlineData("(i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 256 (v128.const i64x2 0 0) (v128.const i64x2 0 0))")]
    [InlineData("(i8x16.shuffle 0.5 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 (v128.const i64x2 0 0) (v128.const i64x2 0 0))")]
    [InlineData("(i8x16.shuffle nan 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 (v128.const i64x2 0 0) (v128.const i64x2 0 0))")]
    public void ALaneOutOfRangeReadsAsEachLevelSays(string expr)
    {
        string src = $"(module (func (drop {expr})))";
        var e = Assert.Throws<MalformedModuleException>(() => TextParser.ParseModule(src));
        Assert.Equal("i8 constant out of range", e.SpecMessage);
        e = Assert.Throws<MalformedModuleException>(() => TextParser.ParseModule(src, WasmFeatures.None));
        Assert.Equal("malformed lane index", e.SpecMessage);
    }

    [Theory]
    [InlineData("(i8x16.extract_lane_u 16 (v128.const i64x2 0 0))")]
    [InlineData("(i64x2.replace_lane 2 (v128.const i64x2 0 0) (i64.const 0))")]
    [InlineData("(i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 32 (v128.const i64x2 0 0) (v128.const i64x2 0 0))")]
    [InlineData("(v128.load32_lane 4 (i32.const 0) (v128.const i64x2 0 0))")]
    [InlineData("(v128.store64_lane 2 (i32.const 0) (v128.const i64x2 0 0))")]
    public void LaneIndicesAreValidated(string expr)
    {
        var m = TextParser.ParseModule($"(module (memory 1) (func {expr} (drop)))".Replace("(drop)", expr.Contains("store") ? "" : "(drop)"));
        var e = Assert.Throws<InvalidModuleException>(() => Validator.Validate(m));
        Assert.StartsWith("invalid lane index", e.Message);
    }

    [Theory]
    [InlineData("(v128.load offset=0 align=32 (i32.const 0))")]
    [InlineData("(v128.load8x8_s align=16 (i32.const 0))")]
    [InlineData("(v128.load64_splat align=16 (i32.const 0))")]
    [InlineData("(v128.load32_zero align=8 (i32.const 0))")]
    [InlineData("(v128.load16_lane align=4 0 (i32.const 0) (v128.const i64x2 0 0))")]
    public void AlignmentAboveNaturalIsInvalid(string expr)
    {
        var m = TextParser.ParseModule($"(module (memory 1) (func (drop {expr})))");
        var e = Assert.Throws<InvalidModuleException>(() => Validator.Validate(m));
        Assert.StartsWith("alignment must not be larger than natural", e.Message);
    }

    [Fact]
    public void LaneAndMemoryImmediatesRoundTrip()
    {
        var code = Body("""
            (func (param v128) (result v128)
              (v128.store16_lane offset=3 align=1 7 (i32.const 0) (local.get 0))
              (i8x16.shuffle 31 0 1 2 3 4 5 6 7 8 9 10 11 12 13 16 (local.get 0)
                (v128.load8_lane 0 offset=2 15 (i32.const 0) (local.get 0))))
            """);
        var store = code.First(i => i.Op == Opcode.V128Store16Lane);
        Assert.Equal((0, 3UL, 7UL), (store.A, store.C, store.D)); // align=1 is exponent 0
        var load = code.First(i => i.Op == Opcode.V128Load8Lane);
        Assert.Equal((0, 2UL, 15UL), (load.A, load.C, load.D));
        var shuffle = code.First(i => i.Op == Opcode.I8x16Shuffle);
        Assert.Equal((0x060504030201001fUL, 0x100d0c0b0a090807UL), (shuffle.C, shuffle.D));
    }

    [Fact]
    public void EveryOpcodeHasAMnemonicAndRoundTripsThroughItsName()
    {
        int n = 0;
        foreach (var op in Enum.GetValues<Opcode>().Where(OpcodeFamilies.IsSimd))
        {
            Assert.Equal(op, OpcodeNames.ByName[OpcodeNames.Of(op)]);
            n++;
        }
        Assert.Equal(236 + 20, n); // 2.0 SIMD and relaxed SIMD
    }

    [Fact]
    public void ScriptConstantsAndLanePatterns()
    {
        var cmds = ScriptParser.Parse("""
            (assert_return (invoke "f" (v128.const i16x8 1 2 3 4 5 6 7 -1))
              (v128.const f32x4 nan:canonical 1 nan:arithmetic -0)
              (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 -1))
            """);
        var cmd = Assert.IsType<AssertReturnCommand>(cmds[0]);
        var arg = ((InvokeAction)cmd.Action).Args[0];
        Assert.Equal((ValueKind.V128, 0x0004000300020001UL, 0xffff000700060005UL), (arg.Kind, arg.Bits, arg.High));
        var pattern = cmd.Expected[0];
        Assert.Equal(ExpectedKind.V128Lanes, pattern.Kind);
        Assert.True(ScriptValues.Matches(pattern, Value.V128(0x3f800000_7fc00000, 0x80000000_ffc00001)));
        Assert.False(ScriptValues.Matches(pattern, Value.V128(0x3f800000_7fc00001, 0x80000000_ffc00001))); // lane 0 not canonical
        Assert.False(ScriptValues.Matches(pattern, Value.V128(0x3f800000_7fc00000, 0x00000000_ffc00001))); // +0 is not -0
        var exact = cmd.Expected[1];
        Assert.Equal(ExpectedKind.Exact, exact.Kind);
        Assert.True(ScriptValues.Matches(exact, Value.V128(0x0706050403020100, 0xff0e0d0c0b0a0908)));
    }

    [Fact]
    public void IntegerLanePatternsCompareAtLaneWidth()
    {
        var lanes = new List<ExpectedResult>();
        for (int i = 0; i < 8; i++) lanes.Add(new ExpectedResult(ExpectedKind.Exact, new ScriptValue(ValueKind.I32, i == 7 ? 0xffffffffUL : (ulong)i)));
        Assert.True(V128Lanes.Match(lanes, Value.V128(0x0003000200010000, 0xffff000600050004)));
        Assert.False(V128Lanes.Match(lanes, Value.V128(0x0003000200010000, 0xfffe000600050004)));
    }

    [Fact]
    public void UnknownSimdSubOpcodeIsIllegal()
    {
        // type () -> (), one function whose body is 0xFD 0x9A (unassigned in 2.0), end.
        byte[] bytes = [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0, 10, 7, 1, 5, 0, 0xfd, 0x9a, 0x01, 0x0b];
        var e = Assert.Throws<MalformedModuleException>(() => BinaryDecoder.Decode(bytes));
        Assert.StartsWith("illegal opcode", e.SpecMessage);
    }
}
