using System.Globalization;

namespace Weld.Cli;

/// <summary>Parses command-line arguments into wasm values and prints results.</summary>
internal static class CliValues
{
    public static Value Parse(string text, ValType type)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (type.Kind)
        {
            case ValueKind.I32:
                if (int.TryParse(text, NumberStyles.Integer, inv, out int i)) return Value.I32(i);
                if (uint.TryParse(text, NumberStyles.Integer, inv, out uint u)) return Value.I32((int)u);
                break;
            case ValueKind.I64:
                if (long.TryParse(text, NumberStyles.Integer, inv, out long l)) return Value.I64(l);
                if (ulong.TryParse(text, NumberStyles.Integer, inv, out ulong ul)) return Value.I64((long)ul);
                break;
            case ValueKind.F32:
                if (float.TryParse(text, NumberStyles.Float, inv, out float f)) return Value.F32(f);
                break;
            case ValueKind.F64:
                if (double.TryParse(text, NumberStyles.Float, inv, out double d)) return Value.F64(d);
                break;
            case ValueKind.FuncRef or ValueKind.ExternRef when text == "null":
                return Value.Default(type);
        }
        throw new FormatException($"cannot parse '{text}' as {type}");
    }

    public static string Format(Value v) => v.Type.Kind switch
    {
        ValueKind.I32 => v.AsI32().ToString(CultureInfo.InvariantCulture),
        ValueKind.I64 => v.AsI64().ToString(CultureInfo.InvariantCulture),
        ValueKind.F32 => v.AsF32().ToString("R", CultureInfo.InvariantCulture),
        ValueKind.F64 => v.AsF64().ToString("R", CultureInfo.InvariantCulture),
        ValueKind.V128 => v.ToString(),
        _ => v.IsNull ? "null" : v.ToString(),
    };
}
