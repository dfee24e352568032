using Weld.Syntax;

namespace Weld.Binary;

/// <summary>The type section: a group of one is its subtype alone (a plain function type stays 0x60 ...), a larger
/// group is 0x4E and its subtypes.</summary>
internal static partial class BinaryEncoder
{
    private static bool WriteTypes(WasmWriter w, ModuleDefinition m)
    {
        if (m.Types.Count == 0) return false;
        w.U32(m.RecGroups.Count);
        foreach (var g in m.RecGroups)
        {
            if (g.Count != 1)
            {
                w.Byte(0x4E);
                w.U32(g.Count);
            }
            for (int i = g.Start; i < g.End; i++) WriteSubType(w, m.Types[i]);
        }
        return true;
    }

    private static void WriteSubType(WasmWriter w, SubType t)
    {
        if (!t.Final || t.Supers.Length != 0)
        {
            w.Byte(t.Final ? (byte)0x4F : (byte)0x50);
            w.U32(t.Supers.Length);
            foreach (int s in t.Supers) w.U32(s);
        }
        var c = t.Composite;
        switch (c.Kind)
        {
            case CompositeKind.Func:
                w.Byte(0x60);
                w.U32(c.Func!.ParamArray.Length);
                foreach (var p in c.Func.ParamArray) w.ValType(p);
                w.U32(c.Func.ResultArray.Length);
                foreach (var r in c.Func.ResultArray) w.ValType(r);
                break;
            case CompositeKind.Struct:
                w.Byte(0x5F);
                w.U32(c.Fields.Length);
                foreach (var f in c.Fields) WriteFieldType(w, f);
                break;
            default:
                w.Byte(0x5E);
                WriteFieldType(w, c.Element);
                break;
        }
    }

    private static void WriteFieldType(WasmWriter w, FieldType f)
    {
        switch (f.Packed)
        {
            case PackedType.I8: w.Byte(0x78); break;
            case PackedType.I16: w.Byte(0x77); break;
            default: w.ValType(f.Type); break;
        }
        w.Byte(f.Mutable ? (byte)1 : (byte)0);
    }
}
