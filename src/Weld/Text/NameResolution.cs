using Weld.Diagnostics;

namespace Weld.Text;

/// <summary>One index space of the text format (types, funcs, tables, ... locals): the <c>$id</c>s bound in it and
/// how many entries it has, with the errors for a name bound twice ("duplicate func") and one never bound
/// ("unknown function").</summary>
internal sealed class IndexSpace(string duplicateMessage, string unknownMessage)
{
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    /// <summary>Appends an entry, binding its name if it has one.</summary>
    public int Add(string? name, Token at, TokenStream ts)
    {
        if (name is not null && !_names.TryAdd(name, Count)) throw ts.Error(at, duplicateMessage);
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
            if (_names.TryGetValue(Lexer.IdName(ts.Src, t), out int i)) return i;
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
    public IndexSpace Types { get; } = new(Messages.DuplicateType, Messages.UnknownType);
    public IndexSpace Funcs { get; } = new(Messages.DuplicateFunc, Messages.UnknownFunction);
    public IndexSpace Tables { get; } = new(Messages.DuplicateTable, Messages.UnknownTable);
    public IndexSpace Memories { get; } = new(Messages.DuplicateMemory, Messages.UnknownMemory);
    public IndexSpace Globals { get; } = new(Messages.DuplicateGlobal, Messages.UnknownGlobal);
    public IndexSpace Elems { get; } = new(Messages.DuplicateElem, Messages.UnknownElemSegment);
    public IndexSpace Datas { get; } = new(Messages.DuplicateData, Messages.UnknownDataSegment);
    public IndexSpace Tags { get; } = new(Messages.DuplicateTag, Messages.UnknownTag);

    private readonly Dictionary<int, IndexSpace> _fields = [];

    /// <summary>The field names of struct type <paramref name="typeIndex"/> (each struct type has its own space).</summary>
    public IndexSpace FieldsOf(int typeIndex)
    {
        if (!_fields.TryGetValue(typeIndex, out var space))
            _fields.Add(typeIndex, space = new IndexSpace(GcMessages.DuplicateField, GcMessages.UnknownField));
        return space;
    }

    public IndexSpace Of(ExternKind kind) => kind switch
    {
        ExternKind.Function => Funcs,
        ExternKind.Table => Tables,
        ExternKind.Memory => Memories,
        ExternKind.Tag => Tags,
        _ => Globals,
    };
}
