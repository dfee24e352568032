using System.Runtime.Intrinsics;

namespace Weld.Fuzz.Sessions;

/// <summary>An engine-neutral value: numbers as their bits (v128 in two halves), references by what they are
/// (<see cref="RefShape"/>), never by identity, which differs between engines.</summary>
public readonly record struct WasmValue(ValueKind Kind, ulong Low, ulong High = 0)
{
    public static WasmValue I32(int v) => new(ValueKind.I32, (uint)v);
    public static WasmValue I64(long v) => new(ValueKind.I64, (ulong)v);
    public static WasmValue F32Bits(uint bits) => new(ValueKind.F32, bits);
    public static WasmValue F64Bits(ulong bits) => new(ValueKind.F64, bits);

    /// <summary>A reference known only as null or not (an engine that shows no more, or a function, host object or
    /// exception): it matches any non-null reference of its kind.</summary>
    public static WasmValue Reference(ValueKind kind, bool isNull) => new(kind, (ulong)(isNull ? RefShape.Null : RefShape.Opaque));

    /// <summary>A reference by its shape and <see cref="High"/>'s detail (an i31's value; a struct's or array's size and
    /// contents, <see cref="GcDigest"/>).</summary>
    public static WasmValue Reference(ValueKind kind, RefShape shape, ulong detail) => new(kind, (ulong)shape, detail);

    /// <summary>The shape of a reference value (<see cref="Low"/>).</summary>
    public RefShape Shape => (RefShape)Low;

    public bool IsReference => Kind is ValueKind.FuncRef or ValueKind.ExternRef or ValueKind.ExnRef or ValueKind.AnyRef;

    public static WasmValue FromWeld(Value v) => v.Type.Kind switch
    {
        ValueKind.I32 => I32(v.AsI32()),
        ValueKind.I64 => I64(v.AsI64()),
        ValueKind.F32 => F32Bits(v.AsF32Bits()),
        ValueKind.F64 => F64Bits(v.AsF64Bits()),
        ValueKind.V128 => new(ValueKind.V128, v.AsV128().AsUInt64().GetElement(0), v.AsV128().AsUInt64().GetElement(1)),
        ValueKind.AnyRef => GcDigest.Of(v),
        var k => Reference(k, v.IsNull),
    };

    /// <summary>The value as a Weld argument: numbers and vectors as they are, references as the null of their kind.</summary>
    public Value ToWeld() => Kind switch
    {
        ValueKind.I32 => Value.I32((int)(uint)Low),
        ValueKind.I64 => Value.I64((long)Low),
        ValueKind.F32 => Value.F32Bits((uint)Low),
        ValueKind.F64 => Value.F64Bits(Low),
        ValueKind.V128 => Value.V128(Low, High),
        ValueKind.FuncRef => Value.NullFuncRef,
        ValueKind.ExnRef => Value.NullExnRef,
        ValueKind.AnyRef => Value.NullAnyRef,
        _ => Value.NullExternRef,
    };

    public override string ToString() => Kind switch
    {
        ValueKind.I32 => $"i32:0x{(uint)Low:x8}",
        ValueKind.I64 => $"i64:0x{Low:x16}",
        ValueKind.F32 => $"f32:0x{(uint)Low:x8}",
        ValueKind.F64 => $"f64:0x{Low:x16}",
        ValueKind.V128 => $"v128:0x{High:x16}{Low:x16}",
        var k => Shape switch
        {
            RefShape.Null => $"{k}:null",
            RefShape.Opaque => $"{k}:non-null",
            RefShape.I31 => $"{k}:i31 {(int)High}",
            var s => $"{k}:{s.ToString().ToLowerInvariant()} of {High >> 32} (contents 0x{(uint)High:x8})",
        },
    };
}

/// <summary>What a reference is, as far as engines can be compared: identities differ, shapes and contents do not.</summary>
public enum RefShape : ulong
{
    Null = 0,
    /// <summary>Non-null, nothing more compared: a function, a host object, an exception, or an engine that shows no more.</summary>
    Opaque = 1,
    I31 = 2,
    Struct = 3,
    Array = 4,
}
