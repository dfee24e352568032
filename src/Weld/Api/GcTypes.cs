using Weld.Runtime;
using Weld.Syntax;

namespace Weld;

/// <summary>What <see cref="StructRef"/> and <see cref="ArrayRef"/> share: a module's struct or array type by index,
/// and the check that a host value fits a field.</summary>
internal static class GcTypes
{
    public static RuntimeType Of(Module module, int typeIndex, CompositeKind kind)
    {
        var types = module.Compiled.RuntimeTypes;
        if ((uint)typeIndex >= (uint)types.Length)
            throw new ArgumentException($"the module has {types.Length} types, not {typeIndex + 1}", nameof(typeIndex));
        var t = types[typeIndex];
        if (t.Kind != kind)
            throw new ArgumentException($"type {typeIndex} is {t.Definition}, not a {kind.ToString().ToLowerInvariant()} type", nameof(typeIndex));
        return t;
    }

    /// <summary>A field takes a value of its type (i32 for a packed one); a reference by what it holds.</summary>
    public static void Check(FieldType f, Value v)
    {
        var expected = f.Unpacked;
        bool fits = expected.IsReference ? ValueMatching.Matches(v, expected, TypeRegistry.Shared) : v.Type == expected;
        if (!fits) throw new ArgumentException($"value of type {v.Type} given where {f.StorageText} is required", nameof(v));
    }
}
