namespace Weld.Diagnostics;

/// <summary>The spec's error strings of GC (decoding, validation, text), and Weld's own where the spec has none.</summary>
internal static class GcMessages
{
    /// <summary>Not a spec error: a GC type or instruction in an engine without <see cref="WasmFeatures.Gc"/>.</summary>
    public const string GcDisabled = "GC types and instructions need the GC feature (EngineOptions.Features)";
    /// <summary>A declared supertype that the subtype does not match (or that is final, later, or not one).</summary>
    public const string SubType = "sub type";
    /// <summary>br_on_cast's flags byte above 3 (Weld's wording).</summary>
    public const string MalformedCastFlags = "malformed cast flags";
    public const string MultipleSupertypes = "multiple supertypes";
    /// <summary>Not a spec error: a declared supertype chain deeper than Weld (and the JS API) allows.</summary>
    public const string SubtypeDepth = "sub type chain too deep (at most 63 declared supertypes)";
    public const string UnknownField = "unknown field";
    public const string ImmutableField = "immutable field";
    public const string ImmutableArray = "immutable array";
    public const string ArrayTypesDoNotMatch = "array types do not match";
    public const string ArrayNotNumericOrVector = "array type is not numeric or vector";
    public const string DuplicateField = "duplicate field";
    public const string ExpectedStructType = "type mismatch: expected a struct type";
    public const string ExpectedArrayType = "type mismatch: expected an array type";
    public const string ExpectedFunctionType = "type mismatch: expected a function type";
    public const string PackedFieldNeedsSignedness = "type mismatch: packed field needs get_s or get_u";
    public const string UnpackedFieldHasSignedness = "type mismatch: get_s and get_u are for packed fields";
}
