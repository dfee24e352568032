using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Text;

/// <summary>
/// Parses a text module into a <see cref="ModuleDefinition"/>, desugaring every abbreviation. Two passes over the
/// fields: the first binds every <c>$id</c> (so fields may refer forward), collects the explicit types (so inline
/// type uses can find them wherever they are written) and checks that imports precede definitions; the second
/// parses each field in text order, appending implicit types as they are first used.
/// </summary>
internal sealed partial class ModuleParser
{
    private readonly List<int> _fieldStarts = [];
    private string? _definitionSeen; // the error for an import after the first definition ("import after function")
    private int _funcCount, _tableCount, _memoryCount, _globalCount;

    private ModuleParser(TokenStream ts) => Ts = ts;

    public TokenStream Ts { get; }
    public ModuleDefinition Module { get; } = new();
    public ModuleNames Names { get; } = new();
    /// <summary>Set when a body uses memory.init or data.drop: the binary form then needs a data count.</summary>
    public bool UsesDataIndex { get; set; }

    /// <summary>The proposals the text may use where they change how it reads (memory64: u64 limits and offsets).</summary>
    public WasmFeatures Features { get; private init; } = WasmFeatures.Default;

    /// <summary>Whether errors use the 2.0 text format's words where 3.0 changed them (no proposal on, as the
    /// validator decides between "global is immutable" and "immutable global").</summary>
    public bool Wasm20Messages => Features == WasmFeatures.None;

    /// <summary>Whether limits and memarg offsets are read as u64 (memory64) rather than u32 (2.0).</summary>
    public bool Wide => (Features & WasmFeatures.Memory64) != 0;

    public static ModuleDefinition Parse(string text, WasmFeatures features = WasmFeatures.Default)
    {
        var p = new ModuleParser(new TokenStream(text)) { Features = features };
        p.ParseTop();
        return p.Module;
    }

    private void ParseTop()
    {
        if (Ts.PeekParen("module"))
        {
            Ts.ExpectParen("module");
            if (Ts.TryId() is string name) Module.Names.ModuleName = name;
            ParseFields();
            Ts.ExpectRParen();
        }
        else ParseFields(); // a module may be written as its fields alone
        var end = Ts.Peek();
        if (end.Kind != TokenKind.Eof) throw Ts.Unexpected(end);
    }

    private void ParseFields()
    {
        while (Ts.Peek().Kind == TokenKind.LParen)
        {
            _fieldStarts.Add(Ts.Position);
            ScanField();
        }
        var after = Ts.Peek();
        if (after.Kind is not (TokenKind.RParen or TokenKind.Eof)) throw Ts.Unexpected(after);
        int end = Ts.Position;
        ParseTypeDefinitions();
        foreach (int start in _fieldStarts)
        {
            Ts.Position = start;
            ParseField();
        }
        Ts.Position = end;
        Module.CountImports();
        if (UsesDataIndex) Module.DataCount = Module.Datas.Count;
    }

    /// <summary>First pass over one field: bind its id (and those of inline segments), parse type definitions.</summary>
    private void ScanField()
    {
        int open = Ts.Position;
        Ts.ExpectLParen();
        var kw = Ts.Next();
        if (kw.Kind != TokenKind.Keyword) throw Ts.Unexpected(kw);
        switch (Ts.Text(kw))
        {
            case "type": ScanTypeDefinition(kw, groupStart: -1); break;
            case "rec": ScanRecGroup(); break;
            case "import":
            {
                Ts.ExpectName();
                Ts.ExpectName();
                Ts.ExpectLParen();
                var kindTok = Ts.Next();
                var kind = ExternKindOf(kindTok);
                CheckImportOrder(kw);
                Names.Of(kind).Add(Ts.TryId(), kindTok, Ts);
                break;
            }
            case "func" or "table" or "memory" or "global" or "tag":
            {
                var kind = ExternKindOf(kw);
                var id = Ts.TryId();
                while (Ts.PeekParen("export")) Ts.SkipSExpr();
                if (Ts.PeekParen("import")) CheckImportOrder(kw);
                else
                {
                    _definitionSeen ??= ImportAfter(kind);
                    if (kind == ExternKind.Table && AtRefType())
                        Names.Elems.Add(null, kw, Ts); // inline (elem ...)
                    if (kind == ExternKind.Memory && Ts.PeekParen("data")) Names.Datas.Add(null, kw, Ts);
                }
                Names.Of(kind).Add(id, kw, Ts);
                break;
            }
            case "elem": Names.Elems.Add(Ts.TryId(), kw, Ts); break;
            case "data": Names.Datas.Add(Ts.TryId(), kw, Ts); break;
            case "export" or "start": break;
            default: throw Ts.Unexpected(kw);
        }
        Ts.Position = open;
        Ts.SkipSExpr();
    }

    private void CheckImportOrder(Token at)
    {
        if (_definitionSeen is not null) throw Ts.Error(at, _definitionSeen);
    }

    /// <summary>The error for an import after a definition of <paramref name="kind"/>.</summary>
    private static string ImportAfter(ExternKind kind) => kind switch
    {
        ExternKind.Function => Messages.ImportAfterFunction,
        ExternKind.Table => Messages.ImportAfterTable,
        ExternKind.Memory => Messages.ImportAfterMemory,
        ExternKind.Tag => Messages.ImportAfterTag,
        _ => Messages.ImportAfterGlobal,
    };

    private ExternKind ExternKindOf(Token t)
    {
        if (t.Kind == TokenKind.Keyword)
        {
            switch (Ts.Text(t))
            {
                case "func": return ExternKind.Function;
                case "table": return ExternKind.Table;
                case "memory": return ExternKind.Memory;
                case "global": return ExternKind.Global;
                case "tag": return ExternKind.Tag;
            }
        }
        throw Ts.Unexpected(t);
    }

    /// <summary>Second pass over one field.</summary>
    private void ParseField()
    {
        int open = Ts.Position;
        Ts.ExpectLParen();
        var kw = Ts.Next();
        switch (Ts.Text(kw))
        {
            case "type" or "rec":
                Ts.Position = open;
                Ts.SkipSExpr();
                return;
            case "import": ParseImport(); break;
            case "func": ParseFunc(); break;
            case "table": ParseTable(); break;
            case "memory": ParseMemory(); break;
            case "global": ParseGlobal(); break;
            case "tag": ParseTag(); break;
            case "export": ParseExport(); break;
            case "start": ParseStart(kw); break;
            case "elem": ParseElem(); break;
            case "data": ParseData(); break;
        }
        Ts.ExpectRParen();
    }
}
