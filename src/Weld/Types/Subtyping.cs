namespace Weld;

/// <summary>The spec's subtyping of value types (3.0 without GC's declared subtypes). A type index is compared
/// through its module's canonical type ids (<see cref="TypeRegistry"/>): two indices match when their types are
/// equivalent, whatever module they come from once closed to canonical ids.</summary>
internal static class Subtyping
{
    /// <summary>Whether <paramref name="actual"/> matches <paramref name="expected"/>. A kind of 0 (validation's
    /// unknown operand) matches anything. <paramref name="typeIds"/> maps the module's type indices to canonical
    /// ids; without it, indices match only when equal.</summary>
    public static bool Matches(ValType actual, ValType expected, int[]? typeIds)
    {
        if (actual.Kind == 0 || expected.Kind == 0) return true;
        if (!actual.IsReference || !expected.IsReference) return actual == expected;
        if (actual.IsNullable && !expected.IsNullable) return false;
        return HeapMatches(actual, expected, typeIds);
    }

    private static bool HeapMatches(ValType a, ValType b, int[]? typeIds)
    {
        if (a.IsBot) return true;
        if (b.IsBot) return false;
        var ha = a.AbstractHeap;
        var hb = b.AbstractHeap;
        if (ha is { } x && hb is { } y) return HeapTypes.AbstractMatches(x, y);
        // A concrete type (until GC, always a function type) is below func and above nofunc.
        if (hb is { } top) return top == AbstractHeapType.Func;
        if (ha is { } bottom) return bottom == AbstractHeapType.NoFunc;
        return CanonicalOf(a, typeIds) is int ia && ia == CanonicalOf(b, typeIds);
    }

    /// <summary>The canonical id of a concrete heap type, or (without ids) a value that equals only the same index.</summary>
    private static int? CanonicalOf(ValType t, int[]? typeIds)
    {
        if (t.IsCanonical) return t.Heap;
        if (typeIds is null) return ~t.Heap;
        return (uint)t.Heap < (uint)typeIds.Length ? typeIds[t.Heap] : null;
    }

    /// <summary>Function subtyping: contravariant parameters, covariant results.</summary>
    public static bool FuncMatches(FuncType actual, FuncType expected, int[]? actualIds, int[]? expectedIds)
    {
        if (actual.ParamArray.Length != expected.ParamArray.Length || actual.ResultArray.Length != expected.ResultArray.Length)
            return false;
        for (int i = 0; i < actual.ParamArray.Length; i++)
            if (!Matches(Close(expected.ParamArray[i], expectedIds), Close(actual.ParamArray[i], actualIds), null)) return false;
        for (int i = 0; i < actual.ResultArray.Length; i++)
            if (!Matches(Close(actual.ResultArray[i], actualIds), Close(expected.ResultArray[i], expectedIds), null)) return false;
        return true;
    }

    /// <summary>A type with its type index replaced by the canonical id (unchanged without ids or index).</summary>
    public static ValType Close(ValType t, int[]? typeIds) =>
        typeIds is not null && t.TypeIndex is int i && (uint)i < (uint)typeIds.Length ? ValType.Canonical(typeIds[i], t.IsNullable) : t;
}
