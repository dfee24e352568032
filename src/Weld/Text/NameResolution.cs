using Weld.Diagnostics;

namespace Weld.Text;

/// <summary>One index space of the text format (types, funcs, tables, ... locals): the <c>$id</c>s bound in it and
/// how many entries it has. <see cref="Kind"/> names it in errors ("duplicate func", "unknown function").</summary>
internal sealed class IndexSpace(string kind, string unknownMessage)
{
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);

    public string Kind { get; } = kind;
    public int Count { get; private set; }

    /// <summary>Appends an entry, binding its name if it has one.</summary>
    public int Add(string? name, Token at, TokenStream ts)
    {
        if (name is not null && !_names.TryAdd(name, Count)) throw ts.Error(at, Messages.DuplicatePrefix + Kind);
        return Count++;
    }

    public bool TryGet(string name, out int index) => _names.TryGetValue(name, out index);

    /// <summary>Reads an index: a u32 literal (not checked against the space: that is validation's job) or a bound <c>$id</c>.</summary>
    public int Resolve(TokenStream ts)
    {
        var t = ts.Next();
        if (t.Kind == TokenKind.Number) return (int)ts.U32(t, ts.Text(t));
        if (t.Kind == TokenKind.Id)
        {
            if (_names.TryGetValue(ts.Src.Substring(t.Start + 1, t.Length - 1), out int i)) return i;
            throw ts.Error(t, $"{unknownMessage} {ts.Text(t)}");
        }
        throw ts.Unexpected(t);
    }

    /// <summary>Whether the next token can be an index (a number or an id).</summary>
    public static bool AtIndex(TokenStream ts) => ts.Peek().Kind is TokenKind.Number or TokenKind.Id;
}

/// <summary>The module-level index spaces, filled by the first pass so that every field can refer forward.</summary>
internal sealed class ModuleNames
{
    public IndexSpace Types { get; } = new("type", Messages.UnknownType);
    public IndexSpace Funcs { get; } = new("func", Messages.UnknownFunction);
    public IndexSpace Tables { get; } = new("table", Messages.UnknownTable);
    public IndexSpace Memories { get; } = new("memory", Messages.UnknownMemory);
    public IndexSpace Globals { get; } = new("global", Messages.UnknownGlobal);
    public IndexSpace Elems { get; } = new("elem", Messages.UnknownElemSegment);
    public IndexSpace Datas { get; } = new("data", Messages.UnknownDataSegment);

    public IndexSpace Of(ExternKind kind) => kind switch
    {
        ExternKind.Function => Funcs,
        ExternKind.Table => Tables,
        ExternKind.Memory => Memories,
        _ => Globals,
    };
}
