using Weld.Runtime.Gc;

namespace Weld;

// The GC and externref members of Value: they speak of the public StructRef and ArrayRef, so they live with the
// public API (an externref may hold a GC object that wasm converted, which the host sees through its wrapper).
public readonly partial struct Value
{
    /// <summary>An externref holding any host object (null is the null reference). A <see cref="Weld.StructRef"/> or
    /// <see cref="Weld.ArrayRef"/> is held as the GC object itself, so <c>any.convert_extern</c> gives wasm that struct
    /// or array.</summary>
    public static Value ExternRef(object? o) => new(ValType.ExternRef, 0, 0, GcHandles.Unwrap(o));

    /// <summary>The host object of an externref, or null; a GC struct or array that wasm made an externref of
    /// (<c>extern.convert_any</c>) comes as a <see cref="Weld.StructRef"/> or <see cref="Weld.ArrayRef"/>, an i31 as
    /// its <see cref="int"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is not an externref.</exception>
    public object? AsExternRef() => Type.Kind == ValueKind.ExternRef ? GcHandles.Wrap(_ref) : throw WrongType(ValueKind.ExternRef);

    /// <summary>The null anyref, that is <c>(ref.null any)</c>.</summary>
    public static Value NullAnyRef => new(ValType.Ref(AbstractHeapType.Any), 0, 0, null);

    /// <summary>An i31ref: the low 31 bits of <paramref name="value"/> (as <c>ref.i31</c>).</summary>
    public static Value I31Ref(int value) => new(ValType.Ref(AbstractHeapType.I31, nullable: false), 0, 0, Runtime.Gc.I31Ref.Of(value));

    /// <summary>A structref (null when <paramref name="s"/> is null).</summary>
    public static Value StructRef(StructRef? s) => new(ValType.Ref(AbstractHeapType.Struct), 0, 0, s?.Struct);

    /// <summary>An arrayref (null when <paramref name="a"/> is null).</summary>
    public static Value ArrayRef(ArrayRef? a) => new(ValType.Ref(AbstractHeapType.Array), 0, 0, a?.Array);

    /// <summary>An anyref: a <see cref="Weld.StructRef"/> or <see cref="Weld.ArrayRef"/> is that GC object; any other
    /// host object is an opaque value in the any hierarchy (what <c>any.convert_extern</c> makes of an externref:
    /// only <c>any</c> casts accept it, and <c>extern.convert_any</c> gives the same object back).</summary>
    public static Value AnyRef(object? value) => value switch
    {
        Weld.StructRef s => StructRef(s),
        Weld.ArrayRef a => ArrayRef(a),
        _ => new(ValType.Ref(AbstractHeapType.Any), 0, 0, GcHandles.Unwrap(value)),
    };

    /// <summary>The GC struct of a reference of the any hierarchy, or null (a null or another kind of value).</summary>
    /// <exception cref="InvalidOperationException">The value is not a reference of the any hierarchy.</exception>
    public StructRef? AsStructRef() => AnyPayload() is GcStruct s ? new StructRef(s) : null;

    /// <summary>The GC array of a reference of the any hierarchy, or null (a null or another kind of value).</summary>
    /// <exception cref="InvalidOperationException">The value is not a reference of the any hierarchy.</exception>
    public ArrayRef? AsArrayRef() => AnyPayload() is GcArray a ? new ArrayRef(a) : null;

    /// <summary>The value of an i31ref (sign-extended from 31 bits), or null (a null or another kind of value).</summary>
    /// <exception cref="InvalidOperationException">The value is not a reference of the any hierarchy.</exception>
    public int? AsI31() => AnyPayload() is Runtime.Gc.I31Ref i ? i.Value : null;

    /// <summary>What a reference of the any hierarchy holds: a <see cref="Weld.StructRef"/>, an
    /// <see cref="Weld.ArrayRef"/>, an <see cref="int"/> (an i31), the host object given to <see cref="AnyRef"/>, or null.</summary>
    /// <exception cref="InvalidOperationException">The value is not a reference of the any hierarchy.</exception>
    public object? AsAnyRef() => GcHandles.Wrap(AnyPayload());

    private object? AnyPayload() => Type.Kind == ValueKind.AnyRef ? _ref : throw WrongType(ValueKind.AnyRef);
}
