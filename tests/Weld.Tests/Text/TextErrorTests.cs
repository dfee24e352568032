using Weld.Text;

namespace Weld.Tests.Text;

public sealed class TextErrorTests
{
    private static MalformedModuleException Fail(string text) =>
        Assert.Throws<MalformedModuleException>(() => TextParser.ParseModule(text));

    [Theory]
    [InlineData("(func (i32.const 0x))", "unknown operator")]
    [InlineData("(func (i32.const) drop)", "unexpected token")]
    [InlineData("(func (i32.const nan:canonical))", "unexpected token")]
    [InlineData("(func (get_local 0))", "unknown operator get_local")]
    [InlineData("(func (nop) (local i32))", "unexpected token")]
    [InlineData("(data \"a\"\"b\")", "unknown operator")]
    [InlineData("(func (drop (i32.const0)))", "unknown operator")]
    [InlineData("(func (i32.const 0x100000000) drop)", "constant out of range")]
    [InlineData("(func (f32.const 1e39) drop)", "constant out of range")]
    [InlineData("(memory 1) (func (drop (i32.load align=3 (i32.const 0))))", "alignment")]
    [InlineData("(type $t (func)) (func (type $t) (param i32))", "inline function type")]
    [InlineData("(func (type 5) (param i32))", "unknown type")]
    [InlineData("(func (result i32) (param i32) (i32.const 0))", "unexpected token")]
    [InlineData("(func block $a end $b)", "mismatching label")]
    [InlineData("(func i32.const 0 if else $l end)", "mismatching label")]
    [InlineData("(func br $nowhere)", "unknown label")]
    [InlineData("(func call $nowhere)", "unknown function")]
    [InlineData("(func local.get $x)", "unknown local")]
    [InlineData("(func $f) (func $f)", "duplicate func")]
    [InlineData("(func (param $x i32) (local $x i32))", "duplicate local")]
    [InlineData("(memory 0) (import \"\" \"\" (func))", "import after memory")]
    [InlineData("(func) (func (import \"\" \"\"))", "import after function")]
    [InlineData("(func $a) (start $a) (start $a)", "multiple start sections")]
    [InlineData("(func (export \"\\80\"))", "malformed UTF-8 encoding")]
    [InlineData("(module (func)", "unexpected end")]
    [InlineData("(func (block (param $x i32)))", "unexpected token")]
    [InlineData("(func (if (i32.const 1) (i32.const 1)))", "unexpected token")]
    [InlineData("(func (block end))", "unexpected token")]
    [InlineData("(func \"\\q\")", "illegal escape")]
    [InlineData("(; unclosed", "unclosed comment")]
    public void ErrorsCarryTheSpecMessage(string text, string message) =>
        Assert.StartsWith(message, Fail(text).SpecMessage);

    [Fact]
    public void ErrorsCarryLineAndColumn()
    {
        var e = Fail("(module\n  (func\n    (i32.const 0x)))");
        Assert.Equal((3, 16), (e.Line, e.Column));
        Assert.Contains("(at 3:16)", e.Message);

        e = Fail("(module\n  (func br $x))");
        Assert.Equal((2, 12), (e.Line, e.Column));
    }

    [Fact]
    public void DeepFoldedNestingIsAnErrorNotAStackOverflow()
    {
        const int depth = 100_000;
        string text = "(func " + string.Concat(Enumerable.Repeat("(block ", depth)) + new string(')', depth) + ")";
        Assert.Equal("nesting too deep", Fail(text).SpecMessage);
    }

    [Fact]
    public void DeepPlainNestingNeedsNoRecursion()
    {
        const int depth = 100_000;
        string text = "(func " + string.Concat(Enumerable.Repeat("block ", depth)) + string.Concat(Enumerable.Repeat("end ", depth)) + ")";
        Assert.Equal(2 * depth + 1, TextParser.ParseModule(text).Codes[0].Code.Length);
    }

    /// <summary>2.0 reads limits and memarg offsets as u32; memory64 reads u64 and lets the validator judge them.</summary>
    [Theory]
    [InlineData("(memory 0x1_0000_0000)", "i32 constant out of range")]
    [InlineData("(memory 1) (func (drop (i32.load offset=4294967296 (i32.const 0))))", "i32 constant")]
    public void WithoutMemory64SizesAreU32(string text, string message)
    {
        var e = Assert.Throws<MalformedModuleException>(() => TextParser.ParseModule(text, WasmFeatures.None));
        Assert.StartsWith(message, e.SpecMessage, StringComparison.Ordinal);
    }
}
