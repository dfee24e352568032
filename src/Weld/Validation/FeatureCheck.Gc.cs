using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Validation;

/// <summary>Refuses, without <see cref="WasmFeatures.Gc"/>, a module (from text or built in code) that uses GC:
/// recursion groups, declared subtypes, struct and array types, the any hierarchy's types, GC instructions.</summary>
internal static class GcFeature
{
    public static void Require(ModuleDefinition module)
    {
        foreach (var g in module.RecGroups) if (g.Count != 1) Refuse();
        foreach (var t in module.Types)
        {
            if (t.Kind != CompositeKind.Func || !t.Final || t.Supers.Length != 0) Refuse();
            foreach (var v in t.Composite.ValueTypes()) Type(v);
        }
        foreach (var i in module.Imports)
        {
            if (i.Type is TableType tt) Type(tt.ElementType);
            else if (i.Type is GlobalType gt) Type(gt.ValType);
        }
        foreach (var t in module.Tables) Type(t.ElementType);
        foreach (var g in module.Globals) Type(g.Type.ValType);
        foreach (var e in module.Elements) Type(e.ElementType);
        foreach (var body in module.Codes)
        {
            foreach (var l in body.Locals) Type(l);
            foreach (ref readonly var ins in body.Code.AsSpan())
            {
                if ((OpcodeFeatures.Required(ins.Op) & WasmFeatures.Gc) != 0) Refuse();
                if (ins.Op is Opcode.RefNull or Opcode.SelectT && ins.C != 0) Type(ValType.Unpack(ins.C));
            }
        }
    }

    private static void Type(ValType t)
    {
        if (t.Kind == ValueKind.AnyRef) Refuse();
    }

    private static void Refuse() => ValidationErrors.Throw(GcMessages.GcDisabled);
}
