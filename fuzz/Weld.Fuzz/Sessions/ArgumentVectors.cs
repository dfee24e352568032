namespace Weld.Fuzz.Sessions;

/// <summary>The argument vectors an export is called with: zeros, ones, then edge values, each vector giving every
/// parameter the value of its row for the parameter's type.</summary>
public static class ArgumentVectors
{
    /// <summary>How many vectors there are.</summary>
    public const int Count = 5;

    /// <summary>Whether the host can call a function of this type with made-up arguments: numbers and vectors, and with
    /// <paramref name="nullReferences"/> nullable references too (always passed as null: an engine cannot make up a
    /// struct or a function of the module's types). A non-nullable reference parameter is never callable.</summary>
    public static bool IsCallable(FuncType type, bool nullReferences = false) =>
        type.Parameters.All(p => p.IsNumeric || p.Kind == ValueKind.V128 || (nullReferences && p.IsNullable));

    /// <summary>Vector <paramref name="row"/> (0 ≤ row &lt; <see cref="Count"/>) for <paramref name="parameters"/>.</summary>
    public static WasmValue[] For(IReadOnlyList<ValType> parameters, int row) => [.. parameters.Select(p => ValueOf(p.Kind, row))];

    private static WasmValue ValueOf(ValueKind kind, int row) => kind switch
    {
        ValueKind.I32 => WasmValue.I32(row switch { 0 => 0, 1 => 1, 2 => -1, 3 => int.MinValue, _ => int.MaxValue }),
        ValueKind.I64 => WasmValue.I64(row switch { 0 => 0, 1 => 1, 2 => -1, 3 => long.MinValue, _ => long.MaxValue }),
        // -0, the canonical NaN, then +inf: the values where float semantics differ most between implementations.
        ValueKind.F32 => WasmValue.F32Bits(row switch { 0 => 0, 1 => 0x3f80_0000, 2 => 0x8000_0000, 3 => 0x7fc0_0000, _ => 0x7f80_0000 }),
        ValueKind.F64 => WasmValue.F64Bits(row switch
        {
            0 => 0,
            1 => 0x3ff0_0000_0000_0000,
            2 => 0x8000_0000_0000_0000,
            3 => 0x7ff8_0000_0000_0000,
            _ => 0x7ff0_0000_0000_0000,
        }),
        ValueKind.V128 => row switch
        {
            0 => new(ValueKind.V128, 0, 0),
            1 => new(ValueKind.V128, 0x0101_0101_0101_0101, 0x0101_0101_0101_0101),
            2 => new(ValueKind.V128, ulong.MaxValue, ulong.MaxValue),
            3 => new(ValueKind.V128, 0x8000_0000_8000_0000, 0x7fc0_0000_7fc0_0000),
            _ => new(ValueKind.V128, 0x7fff_ffff_7fff_ffff, 0x7f80_0000_7f80_0000),
        },
        ValueKind.FuncRef or ValueKind.ExternRef or ValueKind.ExnRef or ValueKind.AnyRef => WasmValue.Reference(kind, isNull: true),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a value type"),
    };
}
