using Weld.Tests.Support;

namespace Weld.Tests.Simd;

/// <summary>Relaxed SIMD gives Weld's one documented result (docs/ARCHITECTURE.md) on both back ends, and an engine
/// without <see cref="WasmFeatures.RelaxedSimd"/> refuses it as 2.0 does.</summary>
public class RelaxedSimdTests
{
    private const string Wat = """
        (module
          (func (export "madd") (param f32 f32 f32) (result f32)
            (f32x4.extract_lane 0 (f32x4.relaxed_madd
              (f32x4.splat (local.get 0)) (f32x4.splat (local.get 1)) (f32x4.splat (local.get 2)))))
          (func (export "dot") (result i32)
            (i16x8.extract_lane_s 0 (i16x8.relaxed_dot_i8x16_i7x16_s
              (v128.const i8x16 -128 -128 0 0 0 0 0 0 0 0 0 0 0 0 0 0)
              (v128.const i8x16 -128 -128 0 0 0 0 0 0 0 0 0 0 0 0 0 0))))
          (func (export "laneselect") (result i64)
            (i64x2.extract_lane 0 (i64x2.relaxed_laneselect
              (v128.const i64x2 -1 0) (v128.const i64x2 0 0) (v128.const i64x2 0xff 0)))))
        """;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void EachInstructionHasItsDocumentedResult(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, Wat), []);
        // (1 + 2^-12)^2 - 1 is 2^-11 + 2^-24 exactly; rounding the product first loses the 2^-24.
        float x = 1 + MathF.Pow(2, -12);
        Assert.Equal(MathF.Pow(2, -11), instance.GetFunction<float, float, float, float>("madd")!(x, x, -1));
        Assert.Equal(-32768, instance.GetFunction<int>("dot")!()); // 2 * 16384 wraps
        Assert.Equal(0xffL, instance.GetFunction<long>("laneselect")!()); // bit by bit
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void WithoutTheFeatureRelaxedSimdIsRefused(Backend backend)
    {
        var engine = new Engine(new EngineOptions { Backend = backend, Features = WasmFeatures.None });
        Assert.Throws<InvalidModuleException>(() => Module.FromText(engine, Wat));
        var e = Assert.Throws<MalformedModuleException>(() => Module.FromBytes(engine, Module.TextToBinary(Wat)));
        Assert.StartsWith("illegal opcode fd 105", e.Message, StringComparison.Ordinal);
    }
}
