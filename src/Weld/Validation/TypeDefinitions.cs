using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Validation;

/// <summary>Validation of the type section: each recursion group may name its own types and earlier ones ("unknown
/// type"); a declared supertype must be an earlier, non-final type of the same form that this one matches field by
/// field (the spec's subtype rules), at most one, and the chain at most <see cref="RuntimeType.MaxDepth"/> deep.</summary>
internal static class TypeDefinitions
{
    public static void Check(ModuleContext c)
    {
        var module = c.Module;
        foreach (var g in module.RecGroups)
        {
            for (int i = g.Start; i < g.End; i++)
            {
                var t = c.Types[i];
                foreach (var v in t.Composite.ValueTypes()) CheckReference(v, g.End);
                CheckSupertypes(c, t, i);
            }
        }
    }

    private static void CheckReference(ValType t, int visible)
    {
        if (t.TypeIndex is int x && x >= visible) ValidationErrors.Unknown(Messages.UnknownType, (uint)x);
        if (t.IsReference && !HeapTypes.HasRepresentation(t.Kind)) ValidationErrors.Throw($"{Messages.UnsupportedReferenceType} {t}");
    }

    private static void CheckSupertypes(ModuleContext c, SubType t, int index)
    {
        if (t.Supers.Length == 0) return;
        if (t.Supers.Length > 1) ValidationErrors.Throw(GcMessages.MultipleSupertypes);
        int s = t.Supers[0];
        if ((uint)s >= (uint)c.Types.Length) ValidationErrors.Unknown(Messages.UnknownType, (uint)s);
        if (s >= index) ValidationErrors.Throw($"{GcMessages.SubType} {index} refers to a later type {s}");
        var super = c.Types[s];
        if (super.Final || super.Kind != t.Kind || !CompositeMatches(c, t.Composite, super.Composite))
            ValidationErrors.Throw($"{GcMessages.SubType} {index} does not match super type {s}");
        if (TypeRegistry.Shared.RuntimeTypeOf(c.TypeIds[index]).TooDeep) ValidationErrors.Throw(GcMessages.SubtypeDepth);
    }

    private static bool CompositeMatches(ModuleContext c, CompositeType sub, CompositeType super)
    {
        switch (sub.Kind)
        {
            case CompositeKind.Func:
                var f = sub.Func!;
                var g = super.Func!;
                if (f.ParamArray.Length != g.ParamArray.Length || f.ResultArray.Length != g.ResultArray.Length) return false;
                for (int i = 0; i < f.ParamArray.Length; i++)
                    if (!Subtyping.Matches(g.ParamArray[i], f.ParamArray[i], c.TypeIds)) return false;
                for (int i = 0; i < f.ResultArray.Length; i++)
                    if (!Subtyping.Matches(f.ResultArray[i], g.ResultArray[i], c.TypeIds)) return false;
                return true;
            case CompositeKind.Struct:
                if (sub.Fields.Length < super.Fields.Length) return false;
                for (int i = 0; i < super.Fields.Length; i++)
                    if (!FieldMatches(c, sub.Fields[i], super.Fields[i])) return false;
                return true;
            default:
                return FieldMatches(c, sub.Element, super.Element);
        }
    }

    /// <summary>Field subtyping: same mutability and packing; an immutable field is covariant, a mutable one
    /// invariant.</summary>
    public static bool FieldMatches(ModuleContext c, FieldType sub, FieldType super)
    {
        if (sub.Mutable != super.Mutable || sub.Packed != super.Packed) return false;
        if (sub.IsPacked) return true;
        if (!Subtyping.Matches(sub.Type, super.Type, c.TypeIds)) return false;
        return !sub.Mutable || Subtyping.Matches(super.Type, sub.Type, c.TypeIds);
    }
}
