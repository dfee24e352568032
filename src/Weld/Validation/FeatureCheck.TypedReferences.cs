using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Validation;

/// <summary>Refuses, without <see cref="WasmFeatures.FunctionReferences"/>, a module (from text or built in code)
/// that uses typed references: types beyond funcref and externref, their instructions, table initializers.</summary>
internal static class TypedReferences
{
    public static void Require(ModuleDefinition module)
    {
        foreach (var t in module.Types)
            foreach (var v in t.Composite.ValueTypes()) Type(v);
        foreach (var i in module.Imports)
        {
            if (i.Type is TableType tt) Type(tt.ElementType);
            else if (i.Type is GlobalType gt) Type(gt.ValType);
        }
        foreach (var t in module.Tables) Type(t.ElementType);
        foreach (var g in module.Globals) Type(g.Type.ValType);
        // (ref func) is what function-index segments have always meant; 2.0 validates it as funcref.
        foreach (var e in module.Elements)
            if (e.ElementType != ValType.Ref(AbstractHeapType.Func, nullable: false)) Type(e.ElementType);
        if (module.TableInits.Count > 0) Refuse();
        foreach (var body in module.Codes)
        {
            Types(body.Locals);
            foreach (ref readonly var ins in body.Code.AsSpan())
            {
                if (TypedReferenceOps.Is(ins.Op) || BlockTypes.IsPacked(ins.A) && ins.Op is Opcode.Block or Opcode.Loop or Opcode.If)
                    Refuse();
                if (ins.Op is Opcode.RefNull or Opcode.SelectT && ins.C != 0) Type(ValType.Unpack(ins.C));
            }
        }
    }

    private static void Types(ValType[] types)
    {
        foreach (var t in types) Type(t);
    }

    private static void Type(ValType t)
    {
        if (!t.IsV2) Refuse();
    }

    private static void Refuse() => ValidationErrors.Throw(Messages.FunctionReferencesDisabled);
}
