using Weld.Tests.Support;

namespace Weld.Tests.Runtime;

/// <summary>Extended constant expressions are evaluated at instantiation: arithmetic that wraps, deeper than a small
/// fixed stack, reading imported and earlier globals, in data and element offsets.</summary>
public class ExtendedConstTests
{
    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void InitializersAndOffsetsAreComputed(Backend backend)
    {
        var engine = Engines.Create(backend);
        string deep = string.Concat(Enumerable.Repeat("(i32.const 1) ", 40)) + string.Concat(Enumerable.Repeat("i32.add ", 39));
        var module = Module.FromText(engine, $$"""
            (module
              (import "env" "base" (global $base i32))
              (global $a i32 (i32.mul (global.get $base) (i32.const 3)))
              (global $wrap i32 (i32.add (i32.const 0x7fffffff) (i32.const 1)))
              (global $deep i32 {{deep}})
              (global $l i64 (i64.sub (i64.const 0) (i64.mul (i64.const 3) (i64.const 5))))
              (memory 1)
              (data (i32.sub (global.get $a) (i32.const 1)) "\2a")
              (table 4 funcref)
              (elem (i32.add (global.get $base) (i32.const 1)) $f)
              (func $f (result i32) (i32.const 9))
              (func (export "a") (result i32) (global.get $a))
              (func (export "wrap") (result i32) (global.get $wrap))
              (func (export "deep") (result i32) (global.get $deep))
              (func (export "l") (result i64) (global.get $l))
              (func (export "byte") (param i32) (result i32) (i32.load8_u (local.get 0)))
              (func (export "call") (param i32) (result i32) (call_indirect (result i32) (local.get 0))))
            """);
        using var store = new Store(engine);
        var instance = Instance.Create(store, module, [new Global(store, new GlobalType(ValType.I32, false), Value.I32(2))]);
        Assert.Equal(6, instance.GetFunction<int>("a")!());
        Assert.Equal(int.MinValue, instance.GetFunction<int>("wrap")!());
        Assert.Equal(40, instance.GetFunction<int>("deep")!());
        Assert.Equal(-15L, instance.GetFunction<long>("l")!());
        Assert.Equal(42, instance.GetFunction<int, int>("byte")!(5));
        Assert.Equal(9, instance.GetFunction<int, int>("call")!(3));
    }

    [Fact]
    public void WithoutTheFeatureArithmeticIsNotConstant()
    {
        var engine = new Engine(new EngineOptions { Features = WasmFeatures.None });
        var e = Assert.Throws<InvalidModuleException>(() =>
            Module.FromText(engine, "(module (global i32 (i32.add (i32.const 1) (i32.const 2))))"));
        Assert.StartsWith("constant expression required", e.Message, StringComparison.Ordinal);
    }
}
