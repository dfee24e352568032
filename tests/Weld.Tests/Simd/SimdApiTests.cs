using System.Runtime.Intrinsics;

namespace Weld.Tests.Simd;

/// <summary>v128 through the public API: values, host functions with v128 parameters and results (untyped and
/// typed via Vector128&lt;byte&gt;), globals.</summary>
public sealed class SimdApiTests
{
    private static readonly Vector128<byte> Pattern = Vector128.Create((byte)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0xff);

    [Fact]
    public void ValueV128KeepsBothHalves()
    {
        var v = Value.V128(0x0706050403020100, 0xff0e0d0c0b0a0908);
        Assert.Equal(Pattern, v.AsV128());
        Assert.Equal(v, Value.V128(Pattern));
        Assert.Equal(ValType.V128, v.Type);
        Assert.Equal("v128:0xff0e0d0c0b0a09080706050403020100", v.ToString());
    }

    [Fact]
    public void TypedHostFunctionsTakeAndReturnVector128()
    {
        using var store = new Store(new Engine());
        var xor = Function.FromDelegate(store, (Vector128<byte> a, Vector128<byte> b) => a ^ b);
        Assert.Equal("(func (param v128 v128) (result v128))", xor.Type.ToString());
        var r = xor.Invoke(Value.V128(Pattern), Value.V128(ulong.MaxValue, 0));
        Assert.Equal(Pattern ^ Vector128.Create(ulong.MaxValue, 0UL).AsByte(), r[0].AsV128());
        Assert.Equal(Vector128<byte>.Zero, xor.AsFunc<Vector128<byte>, Vector128<byte>, Vector128<byte>>()(Pattern, Pattern));

        // A v128 between scalars: slot layout (two slots) must not shift the neighbours.
        var mix = Function.FromDelegate(store, (int a, Vector128<byte> v, long b) => a + (long)v.AsUInt64()[1] + b);
        Assert.Equal(1 + 2 + 3L, mix.AsFunc<int, Vector128<byte>, long, long>()(1, Vector128.Create(0UL, 2UL).AsByte(), 3));
    }

    [Fact]
    public void UntypedCallbacksSeeV128Values()
    {
        using var store = new Store(new Engine());
        var swap = Function.FromCallback(store, new FuncType([ValType.V128, ValType.I32], [ValType.I32, ValType.V128]),
            (args, results) => { results[0] = args[1]; results[1] = args[0]; });
        var r = swap.Invoke(Value.V128(Pattern), Value.I32(7));
        Assert.Equal(7, r[0].AsI32());
        Assert.Equal(Pattern, r[1].AsV128());
    }

    [Fact]
    public void V128Globals()
    {
        using var store = new Store(new Engine());
        var g = new Global(store, new GlobalType(ValType.V128, mutable: true), Value.V128(1, 2));
        Assert.Equal(Value.V128(1, 2), g.Value);
        g.Value = Value.V128(Pattern);
        Assert.Equal(Pattern, g.Value.AsV128());
    }
}
