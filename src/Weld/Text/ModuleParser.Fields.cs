using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Text;

internal sealed partial class ModuleParser
{
    private void ParseImport()
    {
        string module = Ts.ExpectName();
        string name = Ts.ExpectName();
        Ts.ExpectLParen();
        var kind = ExternKindOf(Ts.Next());
        var id = Ts.TryId();
        AddImport(module, name, kind, id);
        Ts.ExpectRParen();
    }

    /// <summary>Reads an import's description after its kind and id (shared by import fields and inline imports).</summary>
    private void AddImport(string module, string name, ExternKind kind, string? id)
    {
        switch (kind)
        {
            case ExternKind.Function:
            {
                int idx = _funcCount++;
                if (id is not null) Module.Names.FunctionNames[idx] = id;
                int type = ResolveTypeUse(ReadTypeUse(allowType: true, allowParamNames: true));
                Module.Imports.Add(new Import(module, name, kind)
                {
                    TypeIndex = type,
                    Type = Module.FuncTypeOrNull(type),
                });
                break;
            }
            case ExternKind.Table:
                _tableCount++;
                Module.Imports.Add(new Import(module, name, kind) { Type = ReadTableType() });
                break;
            case ExternKind.Memory:
                _memoryCount++;
                Module.Imports.Add(new Import(module, name, kind) { Type = ReadMemoryType() });
                break;
            case ExternKind.Tag:
            {
                int type = ResolveTypeUse(ReadTypeUse(allowType: true, allowParamNames: true));
                Module.Imports.Add(new Import(module, name, kind)
                {
                    TypeIndex = type,
                    Type = Module.FuncTypeOrNull(type) is { } ft ? new TagType(ft) : null,
                });
                break;
            }
            default:
                _globalCount++;
                Module.Imports.Add(new Import(module, name, kind) { Type = ReadGlobalType() });
                break;
        }
    }

    /// <summary>Reads the inline <c>(export "n")*</c> of a definition, then an inline <c>(import "m" "n")</c> if any.</summary>
    private (string Module, string Name)? ReadInlineExportsAndImport(ExternKind kind, int index)
    {
        while (Ts.PeekParen("export"))
        {
            Ts.ExpectParen("export");
            Module.Exports.Add(new Export(Ts.ExpectName(), kind, index));
            Ts.ExpectRParen();
        }
        if (!Ts.PeekParen("import")) return null;
        Ts.ExpectParen("import");
        var names = (Ts.ExpectName(), Ts.ExpectName());
        Ts.ExpectRParen();
        return names;
    }

    private void ParseFunc()
    {
        var id = Ts.TryId();
        int idx = _funcCount;
        if (ReadInlineExportsAndImport(ExternKind.Function, idx) is var (m, n))
        {
            AddImport(m, n, ExternKind.Function, id);
            return;
        }
        _funcCount++;
        if (id is not null) Module.Names.FunctionNames[idx] = id;
        var use = ReadTypeUse(allowType: true, allowParamNames: true);
        int type = ResolveTypeUse(use);
        Module.Functions.Add(type);

        var locals = new IndexSpace(Messages.DuplicateLocal, Messages.UnknownLocal);
        var names = new Dictionary<int, string>();
        var paramTypes = ParamsOf(use, type);
        for (int i = 0; i < paramTypes.Count; i++)
        {
            string? name = i < use.ParamNames.Count ? use.ParamNames[i] : null;
            int li = locals.Add(name, use.At, Ts);
            if (name is not null) names[li] = name;
        }
        var localTypes = new List<ValType>();
        while (Ts.PeekParen("local"))
        {
            Ts.ExpectParen("local");
            var at = Ts.Peek();
            if (Ts.TryId() is string name)
            {
                names[locals.Add(name, at, Ts)] = name;
                localTypes.Add(ReadValueType());
            }
            else
            {
                while (Ts.Peek().Kind != TokenKind.RParen)
                {
                    localTypes.Add(ReadValueType());
                    locals.Add(null, at, Ts);
                }
            }
            Ts.ExpectRParen();
        }
        if (names.Count > 0) Module.Names.LocalNames[idx] = names;
        var body = new InstructionParser(this, locals);
        body.ParseSequence();
        Module.Codes.Add(new FunctionBody { Locals = [.. localTypes], Code = body.Finish(), BrTables = body.BrTables });
    }

    private void ParseTable()
    {
        Ts.TryId();
        int idx = _tableCount;
        if (ReadInlineExportsAndImport(ExternKind.Table, idx) is var (m, n))
        {
            AddImport(m, n, ExternKind.Table, null);
            return;
        }
        _tableCount++;
        int start = Ts.Position;
        var addressType = ReadAddressType();
        if (AtRefType())
        {
            // (table at? reftype (elem ...)) = a table exactly as large as its active segment at offset 0.
            var type = ReadRefType();
            Ts.ExpectParen("elem");
            var items = Ts.Peek().Kind == TokenKind.LParen ? ReadElemExprs() : ReadFuncIndexItems();
            Ts.ExpectRParen();
            Module.Tables.Add(new TableType(type, new Limits((ulong)items.Length, (ulong)items.Length), addressType));
            Module.Elements.Add(new ElementSegment
            {
                Mode = SegmentMode.Active,
                TableIndex = idx,
                Offset = [ZeroOffset(addressType), new Instr(Opcode.End)],
                ElementType = type,
                Items = items,
            });
            return;
        }
        Ts.Position = start;
        Module.Tables.Add(ReadTableType());
        // (table tabletype expr): 3.0's initializer of every element.
        if (Ts.Peek().Kind != TokenKind.RParen) Module.TableInits[Module.Tables.Count - 1] = ReadExpr();
    }

    /// <summary>The offset 0 of an inline segment, typed as its memory's or table's addresses.</summary>
    private static Instr ZeroOffset(AddressType addressType) =>
        new(addressType == AddressType.I64 ? Opcode.I64Const : Opcode.I32Const);

    private void ParseMemory()
    {
        Ts.TryId();
        int idx = _memoryCount;
        if (ReadInlineExportsAndImport(ExternKind.Memory, idx) is var (m, n))
        {
            AddImport(m, n, ExternKind.Memory, null);
            return;
        }
        _memoryCount++;
        int start = Ts.Position;
        var addressType = ReadAddressType();
        if (Ts.PeekParen("data"))
        {
            // (memory at? (data ...)) = a memory exactly as large as its data, in whole pages, with an active segment at 0.
            Ts.ExpectParen("data");
            var bytes = ReadDataStrings();
            Ts.ExpectRParen();
            ulong pages = ((ulong)bytes.Length + 0xFFFF) / 0x10000;
            Module.Memories.Add(new MemoryType(new Limits(pages, pages), false, addressType));
            Module.Datas.Add(new DataSegment
            {
                Mode = SegmentMode.Active,
                MemoryIndex = idx,
                Offset = [ZeroOffset(addressType), new Instr(Opcode.End)],
                Bytes = bytes,
            });
            return;
        }
        Ts.Position = start;
        Module.Memories.Add(ReadMemoryType());
    }

    private void ParseGlobal()
    {
        Ts.TryId();
        int idx = _globalCount;
        if (ReadInlineExportsAndImport(ExternKind.Global, idx) is var (m, n))
        {
            AddImport(m, n, ExternKind.Global, null);
            return;
        }
        _globalCount++;
        var type = ReadGlobalType();
        Module.Globals.Add(new GlobalDef(type, ReadExpr()));
    }

    private void ParseTag()
    {
        Ts.TryId();
        int idx = Module.Imports.Count(i => i.Kind == ExternKind.Tag) + Module.Tags.Count;
        if (ReadInlineExportsAndImport(ExternKind.Tag, idx) is var (m, n))
        {
            AddImport(m, n, ExternKind.Tag, null);
            return;
        }
        Module.Tags.Add(ResolveTypeUse(ReadTypeUse(allowType: true, allowParamNames: true)));
    }

    private void ParseExport()
    {
        string name = Ts.ExpectName();
        Ts.ExpectLParen();
        var kind = ExternKindOf(Ts.Next());
        int index = Names.Of(kind).Resolve(Ts);
        Ts.ExpectRParen();
        Module.Exports.Add(new Export(name, kind, index));
    }

    private void ParseStart(Token at)
    {
        if (Module.Start is not null) throw Ts.Error(at, Messages.MultipleStart);
        Module.Start = Names.Funcs.Resolve(Ts);
    }

    /// <summary>An expression up to the closing parenthesis (not consumed), with its final <c>end</c>.</summary>
    public Instr[] ReadExpr()
    {
        var p = new InstructionParser(this, null);
        p.ParseSequence();
        return p.Finish();
    }

    /// <summary>A single folded instruction as an expression (offset and item abbreviations).</summary>
    public Instr[] ReadFoldedExpr()
    {
        var p = new InstructionParser(this, null);
        p.ParseFolded();
        return p.Finish();
    }
}
