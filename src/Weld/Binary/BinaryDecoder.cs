using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Binary;

/// <summary>Decodes the binary format. Throws <see cref="MalformedModuleException"/> and nothing else.</summary>
internal static partial class BinaryDecoder
{
    public const uint Magic = 0x6D736100; // "\0asm"
    public const uint Version = 1;

    // Section ids.
    public const byte CustomId = 0, TypeId = 1, ImportId = 2, FunctionId = 3, TableId = 4, MemoryId = 5,
        GlobalId = 6, ExportId = 7, StartId = 8, ElementId = 9, CodeId = 10, DataId = 11, DataCountId = 12, TagId = 13;

    /// <summary>Position of a non-custom section in the required order (data count sits before code, tags between
    /// memories and globals).</summary>
    public static int Rank(int id) => id switch
    {
        TagId => 11,
        DataCountId => 19,
        _ => id * 2,
    };

    /// <summary>Decodes a module, refusing function bodies larger than <paramref name="maxFunctionBodySize"/> bytes and
    /// the encodings of proposals outside <paramref name="features"/>.</summary>
    public static ModuleDefinition Decode(
        ReadOnlySpan<byte> bytes, int maxFunctionBodySize = DefaultMaxFunctionBodySize, WasmFeatures features = WasmFeatures.Default)
    {
        var r = new WasmReader(bytes, features);
        ReadHeader(ref r);
        var m = new ModuleDefinition();
        r.Module = m;
        int lastRank = 0, lastId = 0;
        bool usesDataIndex = false, namesSeen = false;
        while (!r.AtEnd)
        {
            int idAt = r.Pos;
            byte id = r.ReadByte();
            if (id > DataCountId && (id != TagId || (features & WasmFeatures.ExceptionHandling) == 0))
                throw r.Error(Messages.MalformedSectionId, idAt);
            if (id != CustomId)
            {
                int rank = Rank(id);
                // Out of order or repeated: the reference decoder stops there and sees leftover bytes.
                if (rank <= lastRank) throw r.Error(Messages.UnexpectedContentAfterLastSection, idAt);
                lastRank = rank;
            }
            int size = r.ReadLength();
            int start = r.Pos;
            r.SectionEnd = start + size;
            switch (id)
            {
                case CustomId:
                    ReadCustom(ref r, bytes, m, start + size, lastId, ref namesSeen);
                    break;
                case TypeId: ReadTypes(ref r, m); break;
                case ImportId: ReadImports(ref r, m); break;
                case FunctionId: ReadFunctions(ref r, m); break;
                case TableId: ReadTables(ref r, m); break;
                case MemoryId: ReadMemories(ref r, m); break;
                case GlobalId: ReadGlobals(ref r, m); break;
                case TagId: ReadTags(ref r, m); break;
                case ExportId: ReadExports(ref r, m); break;
                case StartId: m.Start = r.ReadIndex(); break;
                case ElementId: ReadElements(ref r, m); break;
                case DataCountId: m.DataCount = r.ReadIndex(); break;
                case CodeId:
                {
                    int n = r.ReadLength();
                    for (int i = 0; i < n; i++) m.Codes.Add(ReadCode(ref r, ref usesDataIndex, maxFunctionBodySize));
                    break;
                }
                case DataId: ReadDatas(ref r, m); break;
            }
            if (id != CustomId) lastId = id;
            if (r.Pos != start + size) throw r.Error(Messages.SectionSizeMismatch, start);
        }
        // Whole-module checks, in the reference decoder's order.
        if (m.Functions.Count != m.Codes.Count) throw r.Error(Messages.FunctionCodeInconsistent);
        if (m.DataCount is int dc && dc != m.Datas.Count) throw r.Error(Messages.DataCountInconsistent);
        if (m.DataCount is null && usesDataIndex) throw r.Error(Messages.DataCountRequired);
        m.CountImports();
        return m;
    }

    private static void ReadHeader(ref WasmReader r)
    {
        if (r.Length < 4) throw r.Error(Messages.UnexpectedEnd, r.Length);
        if (r.ReadFixed32() != Magic) throw r.Error(Messages.MagicHeader, 0);
        if (r.Length < 8) throw r.Error(Messages.UnexpectedEnd, r.Length);
        if (r.ReadFixed32() != Version) throw r.Error(Messages.UnknownVersion, 4);
    }

    /// <summary>A custom section: its name must lie inside it; the payload is kept as is. The first
    /// <c>name</c> section is also read, best effort (a malformed one is ignored, as the spec allows).</summary>
    private static void ReadCustom(ref WasmReader r, ReadOnlySpan<byte> bytes, ModuleDefinition m, int end, int afterId, ref bool namesSeen)
    {
        string name = r.ReadName();
        if (r.Pos > end || end > r.Length) throw r.Error(Messages.UnexpectedEndOfSection, Math.Min(end, r.Length));
        var data = bytes[r.Pos..end].ToArray();
        r.Pos = end;
        m.Customs.Add(new CustomSection(name, data, afterId));
        if (name == "name" && !namesSeen)
        {
            namesSeen = true;
            if (NameSectionReader.TryRead(data) is { } names) m.Names = names;
        }
    }
}
