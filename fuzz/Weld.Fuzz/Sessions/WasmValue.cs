using System.Runtime.Intrinsics;

namespace Weld.Fuzz.Sessions;

/// <summary>An engine-neutral value: numbers as their bits (v128 in two halves), references as null or not.</summary>
public readonly record struct WasmValue(ValueKind Kind, ulong Low, ulong High = 0)
{
    public static WasmValue I32(int v) => new(ValueKind.I32, (uint)v);
    public static WasmValue I64(long v) => new(ValueKind.I64, (ulong)v);
    public static WasmValue F32Bits(uint bits) => new(ValueKind.F32, bits);
    public static WasmValue F64Bits(ulong bits) => new(ValueKind.F64, bits);

    /// <summary>A reference is compared by nullness only: identities differ between engines.</summary>
    public static WasmValue Reference(ValueKind kind, bool isNull) => new(kind, isNull ? 0UL : 1UL);

    public static WasmValue FromWeld(Value v) => v.Type.Kind switch
    {
        ValueKind.I32 => I32(v.AsI32()),
        ValueKind.I64 => I64(v.AsI64()),
        ValueKind.F32 => F32Bits(v.AsF32Bits()),
        ValueKind.F64 => F64Bits(v.AsF64Bits()),
        ValueKind.V128 => new(ValueKind.V128, v.AsV128().AsUInt64().GetElement(0), v.AsV128().AsUInt64().GetElement(1)),
        var k => Reference(k, v.IsNull),
    };

    public Value ToWeld() => Kind switch
    {
        ValueKind.I32 => Value.I32((int)(uint)Low),
        ValueKind.I64 => Value.I64((long)Low),
        ValueKind.F32 => Value.F32Bits((uint)Low),
        ValueKind.F64 => Value.F64Bits(Low),
        ValueKind.V128 => Value.V128(Low, High),
        ValueKind.FuncRef => Value.NullFuncRef,
        _ => Value.NullExternRef,
    };

    public override string ToString() => Kind switch
    {
        ValueKind.I32 => $"i32:0x{(uint)Low:x8}",
        ValueKind.I64 => $"i64:0x{Low:x16}",
        ValueKind.F32 => $"f32:0x{(uint)Low:x8}",
        ValueKind.F64 => $"f64:0x{Low:x16}",
        ValueKind.V128 => $"v128:0x{High:x16}{Low:x16}",
        var k => $"{k}:{(Low == 0 ? "null" : "non-null")}",
    };
}
