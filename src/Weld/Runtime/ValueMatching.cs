using Weld.Execution.Gc;

namespace Weld.Runtime;

/// <summary>Whether a value the host hands in fits a type: by its type for numbers and vectors; for references by
/// what it holds (null needs a nullable type; a function must have the type a concrete heap type names).</summary>
internal static class ValueMatching
{
    public static bool Matches(Value v, ValType expected, TypeRegistry types)
    {
        if (!expected.IsReference) return v.Type == expected;
        if (!v.Type.IsReference || v.Type.Kind != expected.Kind) return false;
        if (v.Ref is null) return expected.IsNullable;
        if (expected.Kind == ValueKind.AnyRef && expected.AbstractHeap is { } any) return GcOps.TestAbstract(v.Ref, any, true);
        if (expected.AbstractHeap is { } h) return !HeapTypes.IsBottom(h);
        // A concrete type: a function, struct or array whose type is it or declares it as a supertype.
        if (expected.IsCanonical) return GcOps.TestConcrete(v.Ref, types.RuntimeTypeOf(expected.Heap), true);
        return v.Type == expected;
    }
}
