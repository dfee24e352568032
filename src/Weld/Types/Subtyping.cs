using Weld.Syntax;

namespace Weld;

/// <summary>The spec's subtyping of value types with GC's declared subtypes. A type index is compared through its
/// module's canonical type ids (<see cref="TypeRegistry"/>, process-wide): a concrete type matches another when it is
/// the same canonical type or declares it as a supertype, transitively; a struct or array type is below struct or
/// array, eq and any; a function type below func; none, nofunc, noextern and noexn are below their hierarchy.</summary>
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

    /// <summary>Heap type matching of two reference types (nullability aside).</summary>
    public static bool HeapMatches(ValType a, ValType b, int[]? typeIds)
    {
        if (a.IsBot) return true;
        if (b.IsBot) return false;
        var ha = a.AbstractHeap;
        var hb = b.AbstractHeap;
        if (ha is { } x && hb is { } y) return HeapTypes.AbstractMatches(x, y);
        if (hb is { } top) return ConcreteBelowAbstract(a, top, typeIds);
        if (ha is { } bottom) return HeapTypes.IsBottom(bottom) && a.Kind == b.Kind;
        int? ia = CanonicalOf(a, typeIds), ib = CanonicalOf(b, typeIds);
        if (ia is not int i || ib is not int j) return false;
        if (i == j) return true;
        return i >= 0 && j >= 0 && TypeRegistry.Shared.IsSubtype(i, j);
    }

    /// <summary>A concrete type under an abstract one: func types under func; struct and array types under their
    /// own abstract type, eq and any.</summary>
    private static bool ConcreteBelowAbstract(ValType a, AbstractHeapType top, int[]? typeIds)
    {
        if (a.Kind == ValueKind.FuncRef) return top == AbstractHeapType.Func;
        if (a.Kind != ValueKind.AnyRef) return false;
        if (top is AbstractHeapType.Any or AbstractHeapType.Eq) return true;
        if (top is not (AbstractHeapType.Struct or AbstractHeapType.Array)) return false;
        if (CanonicalOf(a, typeIds) is not int id || id < 0) return false;
        var kind = TypeRegistry.Shared.KindOf(id);
        return top == AbstractHeapType.Struct ? kind == CompositeKind.Struct : kind == CompositeKind.Array;
    }

    /// <summary>The canonical id of a concrete heap type, or (without ids) a negative value that equals only the
    /// same index; null when the index is out of range.</summary>
    private static int? CanonicalOf(ValType t, int[]? typeIds)
    {
        if (t.IsCanonical) return t.Heap;
        if (typeIds is null) return ~t.Heap;
        return (uint)t.Heap < (uint)typeIds.Length ? typeIds[t.Heap] : null;
    }

    /// <summary>Import matching of function types: closed types (from the registry) match by their canonical ids and
    /// declared subtyping; a type built by the host is registered as a plain function type first; types that name
    /// module indices fall back to structural subtyping.</summary>
    public static bool FuncTypeMatches(FuncType actual, FuncType expected)
    {
        if (ReferenceEquals(actual, expected)) return true;
        int a = TypeRegistry.Shared.RegisterPlain(actual), e = TypeRegistry.Shared.RegisterPlain(expected);
        if (a >= 0 && e >= 0) return TypeRegistry.Shared.IsSubtype(a, e);
        return actual.Equals(expected) || FuncMatches(actual, expected, null, null);
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
        typeIds is not null && t.TypeIndex is int i && (uint)i < (uint)typeIds.Length
            ? ValType.Canonical(typeIds[i], t.IsNullable, t.Kind) : t;
}
