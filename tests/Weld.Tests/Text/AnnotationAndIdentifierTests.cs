namespace Weld.Tests.Text;

/// <summary>3.0 text: annotations <c>(@id ...)</c> anywhere a token may be, and quoted identifiers <c>$"..."</c>
/// that name the same thing as their unquoted spelling.</summary>
public class AnnotationAndIdentifierTests
{
    [Fact]
    public void AnnotationsAreIgnoredAndQuotedIdentifiersMatchPlainOnes()
    {
        var engine = new Engine();
        var module = Module.FromText(engine, """
            ((@custom "x" (y [z] {,;})) module (@a)
              (func $"two words" (@b 1 2) (export "f") (result i32) (i32.const 7))
              (func (export "g") (result i32) (call $"two words"))
              (func $plain (result i32) (i32.const 8))
              (func (export "h") (result i32) (@c) (call $"plain")))
            """);
        using var store = new Store(engine);
        var instance = Instance.Create(store, module, []);
        Assert.Equal(7, instance.GetFunction<int>("g")!());
        Assert.Equal(8, instance.GetFunction<int>("h")!());
    }

    [Theory]
    [InlineData("(module (func $))", "empty identifier")]
    [InlineData("(module (func $\"\"))", "empty identifier")]
    [InlineData("(module (func $\"\\ff\"))", "malformed UTF-8")]
    [InlineData("(module (@))", "empty annotation id")]
    [InlineData("(module (@a \u0001))", "illegal character")]
    [InlineData("(module (@a (b)", "unclosed annotation")]
    public void MalformedTextSaysWhy(string wat, string message)
    {
        var e = Assert.Throws<MalformedModuleException>(() => Module.FromText(new Engine(), wat));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }
}
