namespace Weld;

/// <summary>The kind of a WebAssembly value type; the numeric value is its binary encoding.</summary>
public enum ValueKind : byte
{
    /// <summary>32-bit integer.</summary>
    I32 = 0x7F,
    /// <summary>64-bit integer.</summary>
    I64 = 0x7E,
    /// <summary>32-bit IEEE float.</summary>
    F32 = 0x7D,
    /// <summary>64-bit IEEE float.</summary>
    F64 = 0x7C,
    /// <summary>128-bit vector.</summary>
    V128 = 0x7B,
    /// <summary>Nullable function reference.</summary>
    FuncRef = 0x70,
    /// <summary>Nullable external (host) reference.</summary>
    ExternRef = 0x6F,
    /// <summary>Nullable exception reference (exception handling).</summary>
    ExnRef = 0x69,
}

/// <summary>A WebAssembly value type. A struct so that 3.0 reference types (with heap types) fit later.</summary>
public readonly struct ValType : IEquatable<ValType>
{
    /// <summary>The type's kind.</summary>
    public ValueKind Kind { get; }

    private ValType(ValueKind kind) => Kind = kind;

    /// <summary>i32.</summary>
    public static ValType I32 { get; } = new(ValueKind.I32);
    /// <summary>i64.</summary>
    public static ValType I64 { get; } = new(ValueKind.I64);
    /// <summary>f32.</summary>
    public static ValType F32 { get; } = new(ValueKind.F32);
    /// <summary>f64.</summary>
    public static ValType F64 { get; } = new(ValueKind.F64);
    /// <summary>v128.</summary>
    public static ValType V128 { get; } = new(ValueKind.V128);
    /// <summary>funcref.</summary>
    public static ValType FuncRef { get; } = new(ValueKind.FuncRef);
    /// <summary>externref.</summary>
    public static ValType ExternRef { get; } = new(ValueKind.ExternRef);
    /// <summary>exnref (exception handling).</summary>
    public static ValType ExnRef { get; } = new(ValueKind.ExnRef);

    /// <summary>The value type of a kind.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="ValueKind"/>.</exception>
    public static ValType From(ValueKind kind) => kind switch
    {
        ValueKind.I32 or ValueKind.I64 or ValueKind.F32 or ValueKind.F64 or ValueKind.V128
            or ValueKind.FuncRef or ValueKind.ExternRef or ValueKind.ExnRef => new ValType(kind),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>True for funcref, externref and exnref.</summary>
    public bool IsReference => Kind is ValueKind.FuncRef or ValueKind.ExternRef or ValueKind.ExnRef;

    /// <summary>True for i32, i64, f32, f64.</summary>
    public bool IsNumeric => Kind is ValueKind.I32 or ValueKind.I64 or ValueKind.F32 or ValueKind.F64;

    /// <summary>The spec's match_valtype: whether a value of this type can stand where <paramref name="expected"/> is required.</summary>
    public bool Matches(ValType expected) => Kind == expected.Kind;

    /// <inheritdoc/>
    public bool Equals(ValType other) => Kind == other.Kind;
    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValType t && Equals(t);
    /// <inheritdoc/>
    public override int GetHashCode() => (int)Kind;
    /// <summary>Equality.</summary>
    public static bool operator ==(ValType a, ValType b) => a.Kind == b.Kind;
    /// <summary>Inequality.</summary>
    public static bool operator !=(ValType a, ValType b) => a.Kind != b.Kind;

    /// <summary>The text-format name (<c>i32</c>, <c>funcref</c>, ...).</summary>
    public override string ToString() => Kind switch
    {
        ValueKind.I32 => "i32",
        ValueKind.I64 => "i64",
        ValueKind.F32 => "f32",
        ValueKind.F64 => "f64",
        ValueKind.V128 => "v128",
        ValueKind.FuncRef => "funcref",
        ValueKind.ExternRef => "externref",
        ValueKind.ExnRef => "exnref",
        _ => "invalid",
    };
}
