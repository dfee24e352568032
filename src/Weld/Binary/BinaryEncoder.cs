using Weld.Syntax;
using static Weld.Binary.BinaryDecoder;

namespace Weld.Binary;

/// <summary>Encodes a module definition to the binary format (round trips, wat2wasm, tests). The output is
/// canonical: shortest LEB128s, empty sections omitted, compact element and data forms.</summary>
internal static partial class BinaryEncoder
{
    private static readonly byte[] SectionOrder =
        [TypeId, ImportId, FunctionId, TableId, MemoryId, TagId, GlobalId, ExportId, StartId, ElementId, DataCountId, CodeId, DataId];

    public static byte[] Encode(ModuleDefinition module)
    {
        var w = new WasmWriter();
        w.Fixed32(BinaryDecoder.Magic);
        w.Fixed32(BinaryDecoder.Version);
        var emitted = new bool[module.Customs.Count];
        WriteCustoms(w, module, CustomId, emitted);
        foreach (byte id in SectionOrder)
        {
            WriteSection(w, module, id);
            WriteCustoms(w, module, id, emitted);
        }
        // Custom sections recorded after an id this encoder does not know go last.
        for (int i = 0; i < module.Customs.Count; i++)
            if (!emitted[i]) WriteCustom(w, module.Customs[i]);
        // Names given without a raw name section (e.g. by the text parser) are encoded as one.
        if (!module.Customs.Exists(c => c.Name == "name") && HasNames(module.Names))
            WriteCustom(w, new CustomSection("name", EncodeNames(module.Names), DataId));
        return w.ToArray();
    }

    private static void WriteCustoms(WasmWriter w, ModuleDefinition module, int afterId, bool[] emitted)
    {
        for (int i = 0; i < module.Customs.Count; i++)
        {
            if (module.Customs[i].AfterSectionId != afterId) continue;
            WriteCustom(w, module.Customs[i]);
            emitted[i] = true;
        }
    }

    private static void WriteCustom(WasmWriter w, CustomSection c)
    {
        var body = new WasmWriter();
        body.Name(c.Name);
        body.Bytes(c.Data);
        w.Byte(CustomId);
        w.Vector(body.Written);
    }

    private static void WriteSection(WasmWriter w, ModuleDefinition m, byte id)
    {
        var body = new WasmWriter();
        bool present = id switch
        {
            TypeId => WriteTypes(body, m),
            ImportId => Vector(body, m.Imports, (b, i) => WriteImport(b, m, i)),
            FunctionId => Vector(body, m.Functions, (b, t) => b.U32(t)),
            TableId => WriteTables(body, m),
            MemoryId => Vector(body, m.Memories, (b, t) => WriteLimits(b, t.Limits, t.Shared, t.AddressType)),
            GlobalId => Vector(body, m.Globals, WriteGlobal),
            TagId => Vector(body, m.Tags, (b, t) => { b.Byte(0); b.U32(t); }),
            ExportId => Vector(body, m.Exports, WriteExport),
            StartId => WriteOptional(body, m.Start),
            ElementId => Vector(body, m.Elements, WriteElement),
            DataCountId => WriteOptional(body, m.DataCount),
            CodeId => Vector(body, m.Codes, WriteCode),
            DataId => Vector(body, m.Datas, WriteData),
            _ => false,
        };
        if (!present) return;
        w.Byte(id);
        w.Vector(body.Written);
    }

    private static bool Vector<T>(WasmWriter w, List<T> items, Action<WasmWriter, T> write)
    {
        if (items.Count == 0) return false;
        w.U32(items.Count);
        foreach (var item in items) write(w, item);
        return true;
    }

    private static bool WriteOptional(WasmWriter w, int? value)
    {
        if (value is not int v) return false;
        w.U32(v);
        return true;
    }

    private static void WriteImport(WasmWriter w, ModuleDefinition m, Import i)
    {
        w.Name(i.Module);
        w.Name(i.Name);
        w.Byte((byte)i.Kind);
        switch (i.Kind)
        {
            case ExternKind.Function:
                // A builder may give only the type; its index is then the first equal type.
                w.U32(i.TypeIndex >= 0 || i.Type is not FuncType ft ? i.TypeIndex : m.Types.FindIndex(t => ft.Equals(t.Func)));
                break;
            case ExternKind.Table:
                WriteTableType(w, (TableType)i.Type!);
                break;
            case ExternKind.Memory:
            {
                var mt = (MemoryType)i.Type!;
                WriteLimits(w, mt.Limits, mt.Shared, mt.AddressType);
                break;
            }
            case ExternKind.Global:
                WriteGlobalType(w, (GlobalType)i.Type!);
                break;
            case ExternKind.Tag:
                w.Byte(0);
                w.U32(i.TypeIndex);
                break;
        }
    }

    /// <summary>The table section; a table with an initializer (3.0) is 0x40 0x00, its type, then the expression.</summary>
    private static bool WriteTables(WasmWriter w, ModuleDefinition m)
    {
        if (m.Tables.Count == 0) return false;
        w.U32(m.Tables.Count);
        for (int i = 0; i < m.Tables.Count; i++)
        {
            if (m.TableInits.TryGetValue(i, out var init))
            {
                w.Byte(0x40);
                w.Byte(0x00);
                WriteTableType(w, m.Tables[i]);
                WriteExpression(w, init, []);
            }
            else WriteTableType(w, m.Tables[i]);
        }
        return true;
    }

    private static void WriteTableType(WasmWriter w, TableType t)
    {
        w.ValType(t.ElementType);
        WriteLimits(w, t.Limits, false, t.AddressType);
    }

    private static void WriteLimits(WasmWriter w, Limits l, bool shared, AddressType addressType)
    {
        w.Byte((byte)((l.Max.HasValue ? 1 : 0) | (shared ? 2 : 0) | (addressType == AddressType.I64 ? 4 : 0)));
        w.U64(l.Min);
        if (l.Max is ulong max) w.U64(max);
    }

    private static void WriteGlobalType(WasmWriter w, GlobalType t)
    {
        w.ValType(t.ValType);
        w.Byte(t.Mutable ? (byte)1 : (byte)0);
    }

    private static void WriteGlobal(WasmWriter w, GlobalDef g)
    {
        WriteGlobalType(w, g.Type);
        WriteExpression(w, g.Init, []);
    }

    private static void WriteExport(WasmWriter w, Export e)
    {
        w.Name(e.Name);
        w.Byte((byte)e.Kind);
        w.U32(e.Index);
    }

    private static bool IsFuncIndexItem(Instr[] item) =>
        item.Length == 2 && item[0].Op == Opcode.RefFunc && item[1].Op == Opcode.End;

    /// <summary>Picks the most compact of the 8 element forms that says the same thing.</summary>
    private static void WriteElement(WasmWriter w, ElementSegment e)
    {
        // Forms 0-3 list function indices, of type (ref func); forms 0 and 4 imply their type, the others write it.
        bool indices = e.ElementType == ValType.Ref(AbstractHeapType.Func, nullable: false) && Array.TrueForAll(e.Items, IsFuncIndexItem);
        bool funcRef = indices || e.ElementType == ValType.FuncRef;
        int flags = e.Mode switch
        {
            SegmentMode.Passive => 1,
            SegmentMode.Declarative => 3,
            _ => e.TableIndex == 0 && funcRef ? 0 : 2,
        };
        if (!indices) flags |= 4;
        w.U32(flags);
        if (e.Mode == SegmentMode.Active)
        {
            if ((flags & 2) != 0) w.U32(e.TableIndex);
            WriteExpression(w, e.Offset, []);
        }
        if ((flags & 3) != 0)
        {
            if (indices) w.Byte(0x00); // elemkind funcref
            else w.ValType(e.ElementType);
        }
        w.U32(e.Items.Length);
        foreach (var item in e.Items)
        {
            if (indices) w.U32(item[0].A);
            else WriteExpression(w, item, []);
        }
    }

    private static void WriteData(WasmWriter w, DataSegment d)
    {
        if (d.Mode == SegmentMode.Passive)
        {
            w.Byte(1);
        }
        else
        {
            if (d.MemoryIndex == 0) w.Byte(0);
            else
            {
                w.Byte(2);
                w.U32(d.MemoryIndex);
            }
            WriteExpression(w, d.Offset, []);
        }
        w.Vector(d.Bytes);
    }

    private static void WriteCode(WasmWriter w, FunctionBody f)
    {
        var body = new WasmWriter();
        // Locals as runs of equal types.
        var runs = new List<(int Count, ValType Type)>();
        foreach (var t in f.Locals)
        {
            if (runs.Count > 0 && runs[^1].Type == t) runs[^1] = (runs[^1].Count + 1, t);
            else runs.Add((1, t));
        }
        body.U32(runs.Count);
        foreach (var (count, type) in runs)
        {
            body.U32(count);
            body.ValType(type);
        }
        WriteExpression(body, f.Code, f.BrTables);
        w.Vector(body.Written);
    }
}
