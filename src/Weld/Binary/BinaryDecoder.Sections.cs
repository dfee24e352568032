using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Binary;

internal static partial class BinaryDecoder
{
    private static ValType[] ReadValueTypes(ref WasmReader r)
    {
        var types = new ValType[r.ReadLength()];
        for (int i = 0; i < types.Length; i++) types[i] = r.ReadValueType();
        return types;
    }

    private static void ReadImports(ref WasmReader r, ModuleDefinition m)
    {
        int n = r.ReadLength();
        for (int i = 0; i < n; i++)
        {
            string module = r.ReadName();
            string name = r.ReadName();
            int at = r.Pos;
            byte kind = r.ReadByte();
            switch (kind)
            {
                case 0:
                {
                    // An out-of-range type index is a validation error ("unknown type"), not a decoding one:
                    // Type stays null and the validator reports it from TypeIndex.
                    int typeIndex = r.ReadIndex();
                    var type = m.FuncTypeOrNull(typeIndex);
                    m.Imports.Add(new Import(module, name, ExternKind.Function) { TypeIndex = typeIndex, Type = type });
                    break;
                }
                case 1:
                    m.Imports.Add(new Import(module, name, ExternKind.Table) { Type = ReadTableType(ref r) });
                    break;
                case 2:
                    m.Imports.Add(new Import(module, name, ExternKind.Memory) { Type = ReadMemoryType(ref r) });
                    break;
                case 3:
                    m.Imports.Add(new Import(module, name, ExternKind.Global) { Type = ReadGlobalType(ref r) });
                    break;
                case 4 when (r.Features & WasmFeatures.ExceptionHandling) != 0:
                {
                    int typeIndex = ReadTagType(ref r);
                    var type = m.FuncTypeOrNull(typeIndex) is { } ft ? new TagType(ft) : null;
                    m.Imports.Add(new Import(module, name, ExternKind.Tag) { TypeIndex = typeIndex, Type = type });
                    break;
                }
                default:
                    throw r.Error(Messages.MalformedImportKind, at);
            }
        }
    }

    /// <summary>A tag type: the attribute byte (0: exception) and a type index (checked by the validator).</summary>
    private static int ReadTagType(ref WasmReader r)
    {
        int at = r.Pos;
        if (r.ReadByte() != 0) throw r.Error(Messages.MalformedImportKind, at);
        return r.ReadIndex();
    }

    private static void ReadTags(ref WasmReader r, ModuleDefinition m)
    {
        int n = r.ReadLength();
        for (int i = 0; i < n; i++) m.Tags.Add(ReadTagType(ref r));
    }

    private static void ReadFunctions(ref WasmReader r, ModuleDefinition m)
    {
        // Type indices are checked by the validator ("unknown type"), not here.
        int n = r.ReadLength();
        for (int i = 0; i < n; i++) m.Functions.Add(r.ReadIndex());
    }

    private static void ReadTables(ref WasmReader r, ModuleDefinition m)
    {
        int n = r.ReadLength();
        for (int i = 0; i < n; i++)
        {
            // 3.0: 0x40 0x00 tabletype expr, a table with an initializer (0x40 is no reference type's first byte).
            if ((r.Features & WasmFeatures.FunctionReferences) != 0 && r.Peek() == 0x40)
            {
                r.Pos++;
                int at = r.Pos;
                if (r.ReadByte() != 0x00) throw r.Error(Messages.MalformedReferenceType, at);
                m.Tables.Add(ReadTableType(ref r));
                m.TableInits[m.Tables.Count - 1] = ReadConstExpr(ref r);
            }
            else m.Tables.Add(ReadTableType(ref r));
        }
    }

    private static void ReadMemories(ref WasmReader r, ModuleDefinition m)
    {
        int n = r.ReadLength();
        for (int i = 0; i < n; i++) m.Memories.Add(ReadMemoryType(ref r));
    }

    private static TableType ReadTableType(ref WasmReader r)
    {
        var element = r.ReadRefType();
        int at = r.Pos;
        var (limits, shared, addressType) = ReadLimits(ref r);
        if (shared) throw r.Error(Messages.SharedTable, at);
        return new TableType(element, limits, addressType);
    }

    private static MemoryType ReadMemoryType(ref WasmReader r)
    {
        var (limits, shared, addressType) = ReadLimits(ref r);
        return new MemoryType(limits, shared, addressType);
    }

    /// <summary>Limits as the threads proposal reads them: a flag byte (bit 0: a maximum follows; bit 1: shared), then
    /// u32 min and optional max. A byte with its top bit set is not a flag; any other flag above 3 is the 2.0 decoder's
    /// "integer too large". Tables refuse the shared bit once the limits are read (the caller); a shared memory without
    /// a maximum decodes, and the validator rejects it. With memory64, bit 2 makes the address type i64, and the sizes
    /// are then u64, and the flag byte is read as such even without threads (3.0's memory64 alone: no shared bit).</summary>
    private static (Limits Limits, bool Shared, AddressType AddressType) ReadLimits(ref WasmReader r)
    {
        int at = r.Pos;
        byte flags = r.ReadByte();
        bool threads = (r.Features & WasmFeatures.Threads) != 0;
        if (!threads && (r.Features & WasmFeatures.Memory64) == 0)
        {
            // 2.0: the flag is a vu1 (one LEB byte, 0 or 1).
            if ((flags & 0x7F) > 1) throw r.Error(Messages.IntegerTooLarge, at);
            if ((flags & 0x80) != 0) throw r.Error(Messages.IntegerTooLong, r.Pos);
        }
        if ((flags & 0x80) != 0) throw r.Error(Messages.MalformedLimits, at);
        // Memory64 without threads (3.0 alone): a flag byte, but the shared bit is not one of its flags.
        if (!threads && (flags & 2) != 0) throw r.Error(Messages.MalformedLimits, at);
        if ((r.Features & WasmFeatures.Memory64) != 0)
        {
            // 3.0: sizes are u64 whatever the address type; the validator checks them against it.
            if (flags > 7) throw r.Error(Messages.MalformedLimits, at);
            ulong min64 = r.ReadU64();
            ulong? max64 = (flags & 1) != 0 ? r.ReadU64() : null;
            return (new Limits(min64, max64), (flags & 2) != 0, (flags & 4) != 0 ? AddressType.I64 : AddressType.I32);
        }
        if (flags > 3) throw r.Error(Messages.IntegerTooLarge, at);
        ulong min = r.ReadU32();
        ulong? max = (flags & 1) != 0 ? r.ReadU32() : null;
        return (new Limits(min, max), (flags & 2) != 0, AddressType.I32);
    }

    private static GlobalType ReadGlobalType(ref WasmReader r)
    {
        var type = r.ReadValueType();
        int at = r.Pos;
        byte mut = r.ReadByte();
        if (mut > 1) throw r.Error(Messages.MalformedMutability, at);
        return new GlobalType(type, mut == 1);
    }

    private static void ReadGlobals(ref WasmReader r, ModuleDefinition m)
    {
        int n = r.ReadLength();
        for (int i = 0; i < n; i++)
        {
            var type = ReadGlobalType(ref r);
            m.Globals.Add(new GlobalDef(type, ReadConstExpr(ref r)));
        }
    }

    private static void ReadExports(ref WasmReader r, ModuleDefinition m)
    {
        int n = r.ReadLength();
        for (int i = 0; i < n; i++)
        {
            string name = r.ReadName();
            int at = r.Pos;
            byte kind = r.ReadByte();
            int maxKind = (r.Features & WasmFeatures.ExceptionHandling) != 0 ? 4 : 3;
            if (kind > maxKind) throw r.Error(Messages.MalformedExportKind, at);
            m.Exports.Add(new Export(name, (ExternKind)kind, r.ReadIndex()));
        }
    }

    /// <summary>The 8 element segment forms. Flag bit 0: passive or declarative (bit 1 picks declarative);
    /// when active, bit 1: explicit table index; bit 2: items are expressions rather than function indices.</summary>
    private static void ReadElements(ref WasmReader r, ModuleDefinition m)
    {
        int n = r.ReadLength();
        for (int i = 0; i < n; i++)
        {
            int at = r.Pos;
            uint flags = r.ReadU32();
            if (flags > 7) throw r.Error(Messages.MalformedElementSegmentKind, at);
            bool active = (flags & 1) == 0;
            var mode = active ? SegmentMode.Active : (flags & 2) != 0 ? SegmentMode.Declarative : SegmentMode.Passive;
            bool expressions = (flags & 4) != 0;
            int table = active && (flags & 2) != 0 ? r.ReadIndex() : 0;
            Instr[] offset = active ? ReadConstExpr(ref r) : [];
            // Function indices (forms 0-3) are of type (ref func) (3.0); the expression forms 4 and 5-7 are funcref
            // or the written type. In 2.0 (ref func) validates exactly as funcref did (it is a subtype).
            var type = expressions ? ValType.FuncRef : ValType.Ref(AbstractHeapType.Func, nullable: false);
            if ((flags & 3) != 0)
            {
                if (expressions) type = r.ReadRefType();
                else
                {
                    int kindAt = r.Pos;
                    if (r.ReadByte() != 0x00) throw r.Error(Messages.MalformedElementKind, kindAt);
                }
            }
            var items = new Instr[r.ReadLength()][];
            for (int k = 0; k < items.Length; k++)
            {
                if (expressions)
                {
                    items[k] = ReadConstExpr(ref r);
                }
                else
                {
                    int itemAt = r.Pos;
                    items[k] = [new Instr(Opcode.RefFunc, r.ReadIndex()) { Offset = itemAt }, new Instr(Opcode.End) { Offset = itemAt }];
                }
            }
            m.Elements.Add(new ElementSegment { Mode = mode, TableIndex = table, Offset = offset, ElementType = type, Items = items });
        }
    }

    private static void ReadDatas(ref WasmReader r, ModuleDefinition m)
    {
        int n = r.ReadLength();
        for (int i = 0; i < n; i++)
        {
            int at = r.Pos;
            uint flags = r.ReadU32();
            if (flags > 2) throw r.Error(Messages.MalformedDataSegmentKind, at);
            int memory = flags == 2 ? r.ReadIndex() : 0;
            Instr[] offset = flags != 1 ? ReadConstExpr(ref r) : [];
            var bytes = r.ReadBytes(r.ReadLength()).ToArray();
            m.Datas.Add(new DataSegment
            {
                Mode = flags == 1 ? SegmentMode.Passive : SegmentMode.Active,
                MemoryIndex = memory,
                Offset = offset,
                Bytes = bytes,
            });
        }
    }
}
