namespace Weld.Tests.Validation;

/// <summary>Operands that do not match are reported as the reference interpreter words it: what the instruction (or
/// the block's end) requires and what the current block's stack has, after the spec's "type mismatch".</summary>
public class TypeMismatchMessageTests
{
    private static string Message(string wat, WasmFeatures features = WasmFeatures.Default) =>
        Assert.Throws<InvalidModuleException>(() =>
            Module.FromText(new Engine(new EngineOptions { Features = features }), wat)).Message;

    [Theory]
    [InlineData("(func (result i32) (i64.const 1) (i32.const 2) (i32.add))", "[i32 i32] but stack has [i64 i32]")]
    [InlineData("(func (result i32) (i32.const 2) (i32.add))", "[i32 i32] but stack has [i32]")]
    [InlineData("(func (result i32) (i32.const 1) (block (result i32) (i32.add)))", "[i32 i32] but stack has []")]
    [InlineData("(func (result i32) (unreachable) (i64.const 0) (i32.add))", "[i32 i32] but stack has [i64]")]
    [InlineData("(func (result i32) (f32.const 0) (i32.eqz))", "[i32] but stack has [f32]")]
    [InlineData("(tag (param i32)) (func (throw 0))", "[i32] but stack has []")]
    [InlineData("(tag (param i32)) (func (i64.const 5) (throw 0))", "[i32] but stack has [i64]")]
    [InlineData("(table 1 funcref) (func (call_indirect (param i64) (i32.const 0) (i32.const 0)))",
        "[i64 i32] but stack has [i32 i32]")]
    [InlineData("(memory i64 1) (func (i32.const 0) (i32.const 0) (i32.store))", "[i64 i32] but stack has [i32 i32]")]
    [InlineData("(func (i32.const 0) (i64.const 0) (if (then)))", "[i32] but stack has [i64]")]
    [InlineData("(func (result i32) (block (result i32) (i64.const 42)))", "[i32] but stack has [i64]")]
    [InlineData("(func (local externref) (local.set 0 (i32.const 1)))", "[externref] but stack has [i32]")]
    public void AnInstructionSaysWhatItRequiresAndWhatTheStackHas(string fields, string detail) =>
        Assert.Equal($"type mismatch: instruction requires {detail}", Message($"(module {fields})"));

    [Theory]
    [InlineData("(func (block (i32.const 1)))", "[] but stack has [i32]")]
    [InlineData("(func (result i32) (i64.const 1) (i32.const 2))", "[i32] but stack has [i64 i32]")]
    [InlineData("(tag) (func (try (do) (catch 0 (i32.const 42))))", "[] but stack has [i32]")]
    public void ABlockSaysWhatItsEndRequiresAndWhatTheStackHas(string fields, string detail) =>
        Assert.Equal($"type mismatch: block requires {detail}", Message($"(module {fields})"));

    [Fact]
    public void WebAssembly20ModulesGetTheSameDetail() =>
        Assert.Equal("type mismatch: instruction requires [i32 i32] but stack has [f64 i32]",
            Message("(module (func (drop (i32.add (f64.const 0) (i32.const 0)))))", WasmFeatures.None));
}
