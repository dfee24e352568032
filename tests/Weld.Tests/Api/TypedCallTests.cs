using System.Runtime.Intrinsics;
using Weld.Tests.Support;
using static Weld.Tests.Api.TypedShapes;

namespace Weld.Tests.Api;

/// <summary>Typed delegates for exported functions (<see cref="Instance.GetFunction{TResult}"/>, GetAction) at every
/// arity bound: no parameter, one, sixteen; several results as a ValueTuple, nested past seven; and the errors.</summary>
public class TypedCallTests
{
    private static readonly string Wat = $$"""
        (module
          (memory (export "memory") 1)
          (global $g (export "g") (mut i32) (i32.const 0))
          (func (export "bump") (global.set $g (i32.add (global.get $g) (i32.const 1))))
          (func (export "answer") (result i32) (i32.const 42))
          (func (export "set") (param i32) (global.set $g (local.get 0)))
          (func (export "neg") (param i64) (result i64) (i64.sub (i64.const 0) (local.get 0)))
          (func (export "store16") (param {{Params}})
            {{StoreAll}})
          (func (export "store16r") (param {{Params}}) (result f64)
            {{StoreAll}}
            (f64.add (local.get 15) (f64.convert_i32_s (local.get 0))))
          (func (export "swap") (param i32 i64) (result i64 i32) (local.get 1) (local.get 0))
          (func (export "nine") (result i32 i64 f32 f64 i32 i32 v128 i64 f64)
            (i32.const 1) (i64.const 2) (f32.const 3.5) (f64.const 4.25) (i32.const 5) (i32.const 6)
            (v128.const i64x2 7 -7) (i64.const 8) (f64.const 9.25))
          (func (export "refs") (param externref) (result funcref externref) (ref.func 0) (local.get 0))
          (elem declare func 0))
        """;

    private static Instance Create(Backend backend, out Store store)
    {
        var engine = Engines.Create(backend);
        store = new Store(engine);
        return Instance.Create(store, Module.FromText(engine, Wat), []);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void NoParameterAndOneParameter(Backend backend)
    {
        var instance = Create(backend, out var store);
        using var _ = store;
        var g = instance.GetGlobal("g")!;
        instance.GetAction("bump")!();
        instance.GetAction("bump")!();
        Assert.Equal(2, g.Value.AsI32());
        Assert.Equal(42, instance.GetFunction<int>("answer")!());
        instance.GetAction<int>("set")!(-7);
        Assert.Equal(-7, g.Value.AsI32());
        Assert.Equal(-5L, instance.GetFunction<long, long>("neg")!(5));
        Assert.Equal(ulong.MaxValue, instance.GetFunction<ulong, ulong>("neg")!(1));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void SixteenParameters(Backend backend)
    {
        var instance = Create(backend, out var store);
        using var _ = store;
        var memory = instance.GetMemory("memory")!;
        var v = Vector128.Create(8UL, unchecked((ulong)-8)).AsByte();

        instance.GetAction<int, long, float, double, int, long, float, Vector128<byte>, int, long, float, double, int, long, float, double>(
            "store16")!(1, 2, 3.5f, 4.25, 5, 6, 7.5f, v, 9, 10, 11.5f, 12.25, 13, 14, 15.5f, 16.25);
        AssertStored(memory);

        memory.Write(0, new byte[256]);
        var f = instance.GetFunction<int, long, float, double, int, long, float, Vector128<byte>, int, long, float, double, int, long, float, double,
            double>("store16r")!;
        Assert.Equal(17.25, f(1, 2, 3.5f, 4.25, 5, 6, 7.5f, v, 9, 10, 11.5f, 12.25, 13, 14, 15.5f, 16.25));
        AssertStored(memory);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void SeveralResultsAreAValueTuple(Backend backend)
    {
        var instance = Create(backend, out var store);
        using var _ = store;
        Assert.Equal((-9L, 4), instance.GetFunction<int, long, (long, int)>("swap")!(4, -9));

        // Nine results: C# nests the last two in the tuple's Rest.
        var nine = instance.GetFunction<(int, long, float, double, int, int, Vector128<byte>, long, double)>("nine")!();
        Assert.Equal((1, 2L, 3.5f, 4.25, 5, 6), (nine.Item1, nine.Item2, nine.Item3, nine.Item4, nine.Item5, nine.Item6));
        Assert.Equal(Vector128.Create(7UL, unchecked((ulong)-7)).AsByte(), nine.Item7);
        Assert.Equal((8L, 9.25), (nine.Item8, nine.Item9));

        var o = new object();
        var (func, reference) = instance.GetFunction<object, (Function, object)>("refs")!(o);
        Assert.Same(o, reference);
        Assert.Equal("(func)", func.Type.ToString());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AWrongSignatureSaysWhichTypeTheFunctionHas(Backend backend)
    {
        var instance = Create(backend, out var store);
        using var _ = store;
        var e = Assert.Throws<InvalidCastException>(() => instance.GetFunction<int, int, (int, long)>("swap"));
        Assert.Equal("function has type (func (param i32 i64) (result i64 i32)), not (func (param i32 i32) (result i32 i64))", e.Message);
        Assert.Throws<InvalidCastException>(() => instance.GetFunction<int, long, long>("swap"));
        Assert.Throws<InvalidCastException>(() => instance.GetFunction<int, long, (long, int, int)>("swap"));
        Assert.Throws<InvalidCastException>(() => instance.GetAction<int, long>("swap"));
        Assert.Throws<InvalidCastException>(() => instance.GetFunction<int, int>("answer"));
        Assert.Throws<NotSupportedException>(() => instance.GetFunction<string>("answer"));
        Assert.Throws<NotSupportedException>(() => instance.GetFunction<int, long, (long, string)>("swap"));
        Assert.Null(instance.GetFunction<int, long, (long, int)>("missing"));
        Assert.Null(instance.GetAction<int, long, float, double, int, long, float, double, int, long, float, double, int, long, float, double>(
            "missing"));
    }
}
