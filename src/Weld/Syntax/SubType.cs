namespace Weld.Syntax;

/// <summary>The three forms a defined type takes (the spec's comptype).</summary>
internal enum CompositeKind : byte
{
    Func,
    Struct,
    Array,
}

/// <summary>A packed storage type of a field (GC): none (the field holds its value type), i8 or i16.</summary>
internal enum PackedType : byte
{
    None = 0,
    I8 = 8,
    I16 = 16,
}

/// <summary>A struct field or array element type: its storage (a value type, or i8/i16 packed, which read as i32)
/// and whether it is mutable.</summary>
internal readonly record struct FieldType(ValType Type, PackedType Packed, bool Mutable)
{
    /// <summary>The value type an access reads or writes: i32 for a packed field.</summary>
    public ValType Unpacked => Packed == PackedType.None ? Type : ValType.I32;

    public bool IsPacked => Packed != PackedType.None;

    /// <summary>A field of a value type (not packed).</summary>
    public static FieldType Of(ValType type, bool mutable) => new(type, PackedType.None, mutable);

    /// <summary>A packed field (i8 or i16).</summary>
    public static FieldType OfPacked(PackedType packed, bool mutable) => new(ValType.I32, packed, mutable);

    /// <summary>The storage type's text (<c>i8</c>, <c>i16</c> or the value type).</summary>
    public string StorageText => Packed switch
    {
        PackedType.I8 => "i8",
        PackedType.I16 => "i16",
        _ => Type.ToString(),
    };

    public override string ToString() => Mutable ? $"(mut {StorageText})" : StorageText;
}

/// <summary>A composite type: a function type, a struct (its fields, in order) or an array (one element field).</summary>
internal sealed class CompositeType
{
    private CompositeType(CompositeKind kind, FuncType? func, FieldType[] fields)
    {
        Kind = kind;
        Func = func;
        Fields = fields;
    }

    public CompositeKind Kind { get; }
    /// <summary>The function type, for <see cref="CompositeKind.Func"/>.</summary>
    public FuncType? Func { get; }
    /// <summary>A struct's fields, or an array's single element type; empty for a function type.</summary>
    public FieldType[] Fields { get; }
    /// <summary>An array's element type.</summary>
    public FieldType Element => Fields[0];

    public static CompositeType OfFunc(FuncType f) => new(CompositeKind.Func, f, []);
    public static CompositeType OfStruct(FieldType[] fields) => new(CompositeKind.Struct, null, fields);
    public static CompositeType OfArray(FieldType element) => new(CompositeKind.Array, null, [element]);

    /// <summary>The value kind of references to a type of this form: functions, or GC's any hierarchy.</summary>
    public ValueKind RefKind => Kind == CompositeKind.Func ? ValueKind.FuncRef : ValueKind.AnyRef;

    /// <summary>Every value type the composite type mentions (parameters and results, or field types).</summary>
    public IEnumerable<ValType> ValueTypes()
    {
        if (Func is { } f)
        {
            foreach (var p in f.ParamArray) yield return p;
            foreach (var r in f.ResultArray) yield return r;
        }
        foreach (var field in Fields) yield return field.Type;
    }

    /// <summary>The same composite type with every value type mapped.</summary>
    public CompositeType Map(Func<ValType, ValType> map) => Kind switch
    {
        CompositeKind.Func => OfFunc(new FuncType(Array.ConvertAll(Func!.ParamArray, v => map(v)),
            Array.ConvertAll(Func.ResultArray, v => map(v)), true)),
        CompositeKind.Struct => OfStruct(Array.ConvertAll(Fields, f => f with { Type = map(f.Type) })),
        _ => OfArray(Element with { Type = map(Element.Type) }),
    };

    /// <summary>Text syntax: <c>(func ...)</c>, <c>(struct (field ...)*)</c>, <c>(array ...)</c>.</summary>
    public override string ToString() => Kind switch
    {
        CompositeKind.Func => Func!.ToString(),
        CompositeKind.Struct => Fields.Length == 0 ? "(struct)" : "(struct " + string.Join(' ', Fields.Select(f => $"(field {f})")) + ")",
        _ => $"(array {Element})",
    };
}

/// <summary>A defined type (the spec's subtype): final or not, its declared supertypes (type indices; at most one is
/// valid) and its composite type. A type written without <c>sub</c> is final with no supertypes.</summary>
internal sealed class SubType(bool final, int[] supers, CompositeType composite)
{
    public bool Final { get; } = final;
    public int[] Supers { get; } = supers;
    public CompositeType Composite { get; } = composite;

    public CompositeKind Kind => Composite.Kind;

    /// <summary>The function type, or null for a struct or array type.</summary>
    public FuncType? Func => Composite.Func;

    /// <summary>A final function type without supertypes (what 2.0 and a <c>(type (func ...))</c> define).</summary>
    public static SubType Plain(FuncType f) => new(true, [], CompositeType.OfFunc(f));

    /// <summary>The same type with every value type mapped (supertypes kept).</summary>
    public SubType Map(Func<ValType, ValType> map) => new(Final, Supers, Composite.Map(map));

    public override string ToString()
    {
        if (Final && Supers.Length == 0) return Composite.ToString();
        string head = Final ? "(sub final" : "(sub";
        foreach (int s in Supers) head += " " + s.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{head} {Composite})";
    }
}

/// <summary>A recursion group of a module's type section: <see cref="Count"/> consecutive types from
/// <see cref="Start"/>, which may refer to each other (a type outside a <c>rec</c> is a group of one).</summary>
internal readonly record struct RecGroup(int Start, int Count)
{
    public int End => Start + Count;
}
