namespace Weld;

/// <summary>The kind of a WebAssembly value type; the numeric value is its binary encoding. For a reference type it
/// is the top of its heap type's hierarchy (a <c>(ref $t)</c> to a function type is a <see cref="FuncRef"/>), which
/// decides how its values are represented.</summary>
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
    /// <summary>Function reference (funcref and every reference type of the function hierarchy).</summary>
    FuncRef = 0x70,
    /// <summary>External (host) reference (externref and noexternref).</summary>
    ExternRef = 0x6F,
    /// <summary>Nullable exception reference (exception handling).</summary>
    ExnRef = 0x69,
    /// <summary>Internal reference (GC): anyref and every reference type of the any hierarchy (eq, i31, struct,
    /// array, none, and type indices of struct and array types).</summary>
    AnyRef = 0x6E,
}

/// <summary>A WebAssembly value type: a number, a vector, or a reference type <c>(ref null? heaptype)</c> whose heap
/// type is abstract (<see cref="AbstractHeapType"/>) or a type index of the module that uses it. A small struct with
/// bitwise equality.</summary>
public readonly partial struct ValType : IEquatable<ValType>
{
    // _flags: NonNull, and where _heap lives: an abstract heap type's code, a module's type index, or (at run time)
    // the engine's canonical id of a function type.
    // Field order keeps the struct at 8 bytes: the int first, then the two bytes (with Kind's backing field).
    private const byte NonNullFlag = 1, IndexFlag = 2, CanonicalFlag = 4;
    private readonly int _heap;
    private readonly byte _flags;

    /// <summary>The type's kind (for a reference type, its hierarchy).</summary>
    public ValueKind Kind { get; }

    private ValType(ValueKind kind) => Kind = kind;

    private ValType(ValueKind kind, byte flags, int heap)
    {
        Kind = kind;
        _flags = flags;
        _heap = heap;
    }

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
    /// <summary>funcref, that is <c>(ref null func)</c>.</summary>
    public static ValType FuncRef { get; } = Ref(AbstractHeapType.Func);
    /// <summary>externref, that is <c>(ref null extern)</c>.</summary>
    public static ValType ExternRef { get; } = Ref(AbstractHeapType.Extern);
    /// <summary>exnref, that is <c>(ref null exn)</c> (exception handling).</summary>
    public static ValType ExnRef { get; } = Ref(AbstractHeapType.Exn);

    /// <summary>The value type of a kind (for a reference kind, the nullable reference to the top of its hierarchy).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="ValueKind"/>.</exception>
    public static ValType From(ValueKind kind) => kind switch
    {
        ValueKind.I32 or ValueKind.I64 or ValueKind.F32 or ValueKind.F64 or ValueKind.V128 => new ValType(kind),
        _ when IsReferenceKind(kind) => Ref(HeapTypes.TopOf(kind)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The reference type <c>(ref null? heap)</c> to an abstract heap type.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="heap"/> is not a defined heap type.</exception>
    public static ValType Ref(AbstractHeapType heap, bool nullable = true)
    {
        if (!HeapTypes.IsDefined((int)heap)) throw new ArgumentOutOfRangeException(nameof(heap));
        return new ValType(HeapTypes.KindOf(heap), nullable ? (byte)0 : NonNullFlag, (int)heap);
    }

    /// <summary>The reference type <c>(ref null? typeIndex)</c> to a function type of a module's type section.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="typeIndex"/> is negative.</exception>
    public static ValType Ref(int typeIndex, bool nullable = true) => Ref(typeIndex, nullable, ValueKind.FuncRef);

    /// <summary>The reference type <c>(ref null? typeIndex)</c> whose type is of the hierarchy <paramref name="kind"/>
    /// (<see cref="ValueKind.FuncRef"/> for a function type, <see cref="ValueKind.AnyRef"/> for a struct or array type).</summary>
    internal static ValType Ref(int typeIndex, bool nullable, ValueKind kind)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(typeIndex);
        return new ValType(kind, (byte)(IndexFlag | (nullable ? 0 : NonNullFlag)), typeIndex);
    }

    /// <summary>True for every reference type.</summary>
    public bool IsReference => IsReferenceKind(Kind);

    /// <summary>True for i32, i64, f32, f64.</summary>
    public bool IsNumeric => Kind is ValueKind.I32 or ValueKind.I64 or ValueKind.F32 or ValueKind.F64;

    /// <summary>True for a reference type that admits null (<c>ref null</c>); false for numbers and vectors.</summary>
    public bool IsNullable => IsReference && (_flags & NonNullFlag) == 0;

    /// <summary>The abstract heap type of a reference type, or null (a number, or a reference to a type index).</summary>
    public AbstractHeapType? AbstractHeap =>
        IsReference && (_flags & (IndexFlag | CanonicalFlag)) == 0 && _heap != HeapTypes.Bot ? (AbstractHeapType)_heap : null;

    /// <summary>The type index of a reference type <c>(ref null? $t)</c> written in a module, or null.</summary>
    public int? TypeIndex => (_flags & IndexFlag) != 0 ? _heap : null;

    /// <summary>The spec's match_valtype without type indices: whether a value of this type can stand where
    /// <paramref name="expected"/> is required. Types that name type indices are compared by their module
    /// (validation and instantiation do); here two indices match only when equal.</summary>
    public bool Matches(ValType expected) => Subtyping.Matches(this, expected, null);

    /// <inheritdoc/>
    public bool Equals(ValType other) => Kind == other.Kind && _flags == other._flags && _heap == other._heap;
    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValType t && Equals(t);
    /// <inheritdoc/>
    public override int GetHashCode() => (int)Kind | (_flags << 8) | (_heap << 12);
    /// <summary>Equality.</summary>
    public static bool operator ==(ValType a, ValType b) => a.Equals(b);
    /// <summary>Inequality.</summary>
    public static bool operator !=(ValType a, ValType b) => !a.Equals(b);

    /// <summary>The text-format syntax (<c>i32</c>, <c>funcref</c>, <c>(ref func)</c>, <c>(ref null 3)</c>, ...).</summary>
    public override string ToString() => Kind switch
    {
        ValueKind.I32 => "i32",
        ValueKind.I64 => "i64",
        ValueKind.F32 => "f32",
        ValueKind.F64 => "f64",
        ValueKind.V128 => "v128",
        _ when IsReference => RefText(),
        _ => "invalid",
    };

    private string RefText()
    {
        string heap = (_flags & IndexFlag) != 0 ? _heap.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : (_flags & CanonicalFlag) != 0 ? "canon:" + _heap.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : HeapTypes.Name((AbstractHeapType)_heap);
        if (!IsNullable) return $"(ref {heap})";
        if (AbstractHeap is { } a && !HeapTypes.IsBottom(a)) return heap + "ref";
        return AbstractHeap switch
        {
            AbstractHeapType.NoFunc => "nullfuncref",
            AbstractHeapType.NoExtern => "nullexternref",
            AbstractHeapType.NoExn => "nullexnref",
            AbstractHeapType.None => "nullref",
            _ => $"(ref null {heap})",
        };
    }

    private static bool IsReferenceKind(ValueKind k) => (byte)k is 0x70 or 0x6F or 0x69 or 0x6E;

    // ---- internal: validation, canonical types, and the packed form that Instr immediates carry ----

    /// <summary>The bottom reference type of unreachable code's unknown operands.</summary>
    internal static ValType BotRef { get; } = new(ValueKind.FuncRef, NonNullFlag, HeapTypes.Bot);

    internal bool IsBot => IsReference && (_flags & (IndexFlag | CanonicalFlag)) == 0 && _heap == HeapTypes.Bot;
    internal bool IsCanonical => (_flags & CanonicalFlag) != 0;
    /// <summary>The heap type's raw value: abstract code, type index or canonical id, per the flags.</summary>
    internal int Heap => _heap;

    /// <summary>A reference to the type with this canonical id (after instantiation's type closing); the kind is the
    /// hierarchy of the type (functions, or any for structs and arrays).</summary>
    internal static ValType Canonical(int id, bool nullable, ValueKind kind = ValueKind.FuncRef) =>
        new(kind, (byte)(CanonicalFlag | (nullable ? 0 : NonNullFlag)), id);

    /// <summary>The same concrete reference type in hierarchy <paramref name="kind"/> (the decoder and parser learn
    /// it once the type a forward index names is read).</summary>
    internal ValType WithKind(ValueKind kind) => new(kind, _flags, _heap);

    /// <summary>True for a reference to a type index or canonical id (a concrete heap type).</summary>
    internal bool IsConcrete => (_flags & (IndexFlag | CanonicalFlag)) != 0;

    /// <summary>The same reference type with null admitted or not.</summary>
    internal ValType WithNullable(bool nullable) =>
        new(Kind, (byte)(nullable ? _flags & ~NonNullFlag : _flags | NonNullFlag), _heap);

    /// <summary>True for a type whose values have a default (numbers, vectors, nullable references).</summary>
    internal bool IsDefaultable => !IsReference || IsNullable;

    /// <summary>True for the types WebAssembly 2.0 has (numbers, vectors, funcref, externref).</summary>
    internal bool IsV2 => !IsReference || this == FuncRef || this == ExternRef;

    internal ulong Pack() => (byte)Kind | ((ulong)_flags << 8) | ((ulong)(uint)_heap << 32);

    internal static ValType Unpack(ulong bits) => new((ValueKind)(byte)bits, (byte)(bits >> 8), (int)(uint)(bits >> 32));
}
