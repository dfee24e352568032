namespace Weld;

/// <summary>The abstract heap types of WebAssembly 3.0; the numeric value is the binary encoding. A reference type
/// names one of these or a type index (<see cref="ValType.Ref(AbstractHeapType, bool)"/>).</summary>
public enum AbstractHeapType : byte
{
    /// <summary>Every function (the top of the function hierarchy).</summary>
    Func = 0x70,
    /// <summary>No function (the bottom of the function hierarchy; only null).</summary>
    NoFunc = 0x73,
    /// <summary>Every external (host) reference.</summary>
    Extern = 0x6F,
    /// <summary>No external reference (only null).</summary>
    NoExtern = 0x72,
    /// <summary>Every exception reference.</summary>
    Exn = 0x69,
    /// <summary>No exception reference (only null).</summary>
    NoExn = 0x74,
    /// <summary>Every internal (GC) reference.</summary>
    Any = 0x6E,
    /// <summary>References comparable with ref.eq.</summary>
    Eq = 0x6D,
    /// <summary>Unboxed 31-bit integers.</summary>
    I31 = 0x6C,
    /// <summary>Every structure.</summary>
    Struct = 0x6B,
    /// <summary>Every array.</summary>
    Array = 0x6A,
    /// <summary>No internal reference (only null).</summary>
    None = 0x71,
}

/// <summary>The heap types' hierarchies: their tops (which decide a reference's representation, the
/// <see cref="ValueKind"/> of a reference type) and bottoms.</summary>
internal static class HeapTypes
{
    /// <summary>The bottom heap type of validation's unknown operands: a subtype of every heap type.</summary>
    public const int Bot = 0xFF;

    public static bool IsDefined(int code) => code is 0x70 or 0x73 or 0x6F or 0x72 or 0x69 or 0x74 or
        0x6E or 0x6D or 0x6C or 0x6B or 0x6A or 0x71;

    /// <summary>The value kind of references into a heap type's hierarchy (type indices: functions, until GC).</summary>
    public static ValueKind KindOf(AbstractHeapType h) => h switch
    {
        AbstractHeapType.Func or AbstractHeapType.NoFunc => ValueKind.FuncRef,
        AbstractHeapType.Extern or AbstractHeapType.NoExtern => ValueKind.ExternRef,
        AbstractHeapType.Exn or AbstractHeapType.NoExn => ValueKind.ExnRef,
        _ => ValueKind.AnyRef,
    };

    /// <summary>Whether the back ends can hold references of a hierarchy: functions, externs, exceptions and GC's
    /// internal references (all plain .NET objects in the reference slots).</summary>
    public static bool HasRepresentation(ValueKind k) =>
        k is ValueKind.FuncRef or ValueKind.ExternRef or ValueKind.ExnRef or ValueKind.AnyRef;

    /// <summary>The top heap type of a reference kind's hierarchy.</summary>
    public static AbstractHeapType TopOf(ValueKind k) => (AbstractHeapType)(byte)k;

    /// <summary>The bottom of the hierarchy a heap type belongs to.</summary>
    public static AbstractHeapType BottomOf(ValueKind k) => (byte)k switch
    {
        0x70 => AbstractHeapType.NoFunc,
        0x6F => AbstractHeapType.NoExtern,
        0x69 => AbstractHeapType.NoExn,
        _ => AbstractHeapType.None,
    };

    public static bool IsBottom(AbstractHeapType h) =>
        h is AbstractHeapType.NoFunc or AbstractHeapType.NoExtern or AbstractHeapType.NoExn or AbstractHeapType.None;

    /// <summary>Whether abstract heap type <paramref name="a"/> is a subtype of <paramref name="b"/> (same hierarchy
    /// assumed only when true).</summary>
    public static bool AbstractMatches(AbstractHeapType a, AbstractHeapType b)
    {
        if (a == b) return true;
        if (KindOf(a) != KindOf(b)) return false;
        if (a == BottomOf(KindOf(a))) return true;
        return b switch
        {
            AbstractHeapType.Any => a is AbstractHeapType.Eq or AbstractHeapType.I31 or AbstractHeapType.Struct or AbstractHeapType.Array,
            AbstractHeapType.Eq => a is AbstractHeapType.I31 or AbstractHeapType.Struct or AbstractHeapType.Array,
            _ => false,
        };
    }

    /// <summary>The text name of an abstract heap type (<c>func</c>, <c>noextern</c>, ...).</summary>
    public static string Name(AbstractHeapType h) => h switch
    {
        AbstractHeapType.Func => "func",
        AbstractHeapType.NoFunc => "nofunc",
        AbstractHeapType.Extern => "extern",
        AbstractHeapType.NoExtern => "noextern",
        AbstractHeapType.Exn => "exn",
        AbstractHeapType.NoExn => "noexn",
        AbstractHeapType.Any => "any",
        AbstractHeapType.Eq => "eq",
        AbstractHeapType.I31 => "i31",
        AbstractHeapType.Struct => "struct",
        AbstractHeapType.Array => "array",
        AbstractHeapType.None => "none",
        _ => "bot",
    };

    /// <summary>The abstract heap type a text keyword names, or null.</summary>
    public static AbstractHeapType? Parse(string word) => word switch
    {
        "func" => AbstractHeapType.Func,
        "nofunc" => AbstractHeapType.NoFunc,
        "extern" => AbstractHeapType.Extern,
        "noextern" => AbstractHeapType.NoExtern,
        "exn" => AbstractHeapType.Exn,
        "noexn" => AbstractHeapType.NoExn,
        "any" => AbstractHeapType.Any,
        "eq" => AbstractHeapType.Eq,
        "i31" => AbstractHeapType.I31,
        "struct" => AbstractHeapType.Struct,
        "array" => AbstractHeapType.Array,
        "none" => AbstractHeapType.None,
        _ => null,
    };

    /// <summary>The abstract heap type of a nullable abbreviation keyword (<c>funcref</c>, <c>nullexternref</c>, ...).</summary>
    public static AbstractHeapType? ParseAbbreviation(string word) =>
        word.EndsWith("ref", StringComparison.Ordinal) && Parse(word[..^3]) is { } h && !IsBottom(h)
            ? h
            : word switch
            {
                "nullref" => AbstractHeapType.None,
                "nullfuncref" => AbstractHeapType.NoFunc,
                "nullexternref" => AbstractHeapType.NoExtern,
                "nullexnref" => AbstractHeapType.NoExn,
                _ => null,
            };
}
