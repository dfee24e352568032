namespace Weld.IsaGen;

/// <summary>A value type of the table's signature column: the wasm type and the CLR type the semantics reads.</summary>
public sealed record ValType(string Token, string Wasm, string Clr)
{
    /// <summary>The <c>ValueKind</c> member of the wasm type.</summary>
    public string Kind => Wasm switch { "v128" => "V128", _ => Wasm.ToUpperInvariant() };

    public static readonly IReadOnlyDictionary<string, ValType> ByToken = new Dictionary<string, ValType>
    {
        ["i32"] = new("i32", "i32", "int"),
        ["u32"] = new("u32", "i32", "uint"),
        ["i64"] = new("i64", "i64", "long"),
        ["u64"] = new("u64", "i64", "ulong"),
        ["f32"] = new("f32", "f32", "float"),
        ["f64"] = new("f64", "f64", "double"),
        ["v128"] = new("v128", "v128", "V128"),
    };
}

/// <summary>An opcode family: instructions encoded as <see cref="Byte"/> then a sub-opcode.</summary>
public sealed record Prefix(byte Byte, int Base, int Count, string Family);

/// <summary>One row of the instruction table.</summary>
public sealed record Instruction
{
    public required int Line { get; init; }
    public required string Mnemonic { get; init; }
    /// <summary>The Opcode member.</summary>
    public required string Name { get; init; }
    public required Prefix? Prefix { get; init; }
    /// <summary>The byte, or the sub-opcode of a prefixed instruction.</summary>
    public required int Code { get; init; }
    /// <summary>The Opcode value.</summary>
    public int Value => Prefix is null ? Code : Prefix.Base + Code;
    /// <summary>Immediate tokens in binary order, joined by commas ("" for none).</summary>
    public required string Immediates { get; init; }
    /// <summary>Null when the validator handles the instruction by hand ("special").</summary>
    public required IReadOnlyList<ValType>? Params { get; init; }
    public required IReadOnlyList<ValType>? Results { get; init; }
    public required int? Align { get; init; }
    public required int? Lanes { get; init; }
    public required bool Commutative { get; init; }
    public required bool HasImmForm { get; init; }
    /// <summary>The mnemonic of the negated comparison.</summary>
    public required string? Inverse { get; init; }
    public required bool SameBits { get; init; }
    public required string? TextForm { get; init; }
    public required bool NoText { get; init; }
    /// <summary>An atomic memory access (threads): its alignment must be exactly the natural one.</summary>
    public required bool Atomic { get; init; }
    /// <summary>A C# expression over x, y, a method (Owner.Name), or null.</summary>
    public required string? Semantics { get; init; }

    public bool IsSpecial => Params is null;
    public bool IsMemory => Immediates.Split(',').Contains("memarg");
    public bool IsSimd => Prefix?.Family == "Simd";
    /// <summary>A scalar numeric instruction: it has semantics and is not SIMD.</summary>
    public bool IsNumeric => Semantics is not null && !IsSimd;
    public ValType? Result => Results is { Count: 1 } r ? r[0] : null;

    /// <summary>True when the semantics names a method (Numerics.X, SimdOps.X) rather than an expression.</summary>
    public bool SemanticsIsMethod =>
        Semantics is { } s && System.Text.RegularExpressions.Regex.IsMatch(s, @"^[A-Z][A-Za-z0-9]*\.[A-Z][A-Za-z0-9]*$");
}
