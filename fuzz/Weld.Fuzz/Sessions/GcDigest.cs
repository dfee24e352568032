namespace Weld.Fuzz.Sessions;

/// <summary>
/// Describes a Weld reference of the any hierarchy without its identity: null, an i31 and its value, or a struct or
/// array with its size and a hash of its contents (numbers by their bits, references by their shape and, a few levels
/// deep, their contents). Two engines that computed the same object graph give the same digest; a cycle is cut at
/// <see cref="MaxDepth"/>, and only the first <see cref="MaxElements"/> elements of an array are hashed.
/// </summary>
public static class GcDigest
{
    public const int MaxDepth = 3;
    public const int MaxElements = 256;

    public static WasmValue Of(Value v)
    {
        if (v.IsNull) return WasmValue.Reference(ValueKind.AnyRef, RefShape.Null, 0);
        if (v.AsI31() is { } i31) return WasmValue.Reference(ValueKind.AnyRef, RefShape.I31, (uint)i31);
        if (v.AsStructRef() is { } s) return WasmValue.Reference(ValueKind.AnyRef, RefShape.Struct, Detail(s.FieldCount, Hash(v, MaxDepth)));
        if (v.AsArrayRef() is { } a) return WasmValue.Reference(ValueKind.AnyRef, RefShape.Array, Detail(a.Length, Hash(v, MaxDepth)));
        return WasmValue.Reference(ValueKind.AnyRef, isNull: false);
    }

    private static ulong Detail(int size, uint hash) => ((ulong)(uint)size << 32) | hash;

    /// <summary>FNV-1a over the value's bits and, for a GC object, its fields or elements.</summary>
    private static uint Hash(Value v, int depth)
    {
        uint h = 2166136261;
        switch (v.Type.Kind)
        {
            case ValueKind.I32 or ValueKind.F32:
                return Mix(h, v.Type.Kind == ValueKind.I32 ? (uint)v.AsI32() : v.AsF32Bits());
            case ValueKind.I64:
                return Mix(Mix(h, (uint)v.AsI64()), (uint)(v.AsI64() >> 32));
            case ValueKind.F64:
                return Mix(Mix(h, (uint)v.AsF64Bits()), (uint)(v.AsF64Bits() >> 32));
            case ValueKind.V128:
                var w = WasmValue.FromWeld(v);
                return Mix(Mix(Mix(Mix(h, (uint)w.Low), (uint)(w.Low >> 32)), (uint)w.High), (uint)(w.High >> 32));
            case ValueKind.AnyRef:
                if (v.IsNull) return Mix(h, 0);
                if (v.AsI31() is { } i31) return Mix(Mix(h, 2), (uint)i31);
                if (v.AsStructRef() is { } s)
                {
                    h = Mix(Mix(h, 3), (uint)s.FieldCount);
                    for (int i = 0; depth > 0 && i < s.FieldCount; i++) h = Mix(h, Hash(s.GetField(i), depth - 1));
                    return h;
                }
                if (v.AsArrayRef() is { } a)
                {
                    h = Mix(Mix(h, 4), (uint)a.Length);
                    for (int i = 0; depth > 0 && i < Math.Min(a.Length, MaxElements); i++) h = Mix(h, Hash(a.GetElement(i), depth - 1));
                    return h;
                }
                return Mix(h, 1);
            default:
                return Mix(h, v.IsNull ? 0u : 1u);
        }
    }

    private static uint Mix(uint h, uint word)
    {
        for (int i = 0; i < 4; i++) h = (h ^ ((word >> (8 * i)) & 0xff)) * 16777619;
        return h;
    }
}
