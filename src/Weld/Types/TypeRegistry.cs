using System.Text;
using Weld.Syntax;

namespace Weld;

/// <summary>
/// Canonical types: equivalent types get one id, so that types from different modules compare by an int. Whole
/// recursion groups are canonicalized (the spec's iso-recursive equivalence): a group's key is the text of its types,
/// finality and declared supertypes included, where a reference to a type of the same group is its relative index
/// and a reference to an earlier group is that type's canonical id. Equal keys give the same ids, so two modules'
/// equivalent types share ids and <see cref="RuntimeType"/>s.
/// One registry serves the whole process (<see cref="Shared"/>): canonical ids and run-time types then mean the same
/// in every engine, validation included, and subtyping between ids needs no context. What it holds lives as long as
/// the process, like the types of a long-lived engine.
/// </summary>
internal sealed class TypeRegistry
{
    /// <summary>The registry every engine and validation uses.</summary>
    public static TypeRegistry Shared { get; } = new();

    private readonly Dictionary<string, int> _groups = new(StringComparer.Ordinal);
    private readonly List<RuntimeType> _types = [];
    private readonly List<FuncType> _funcs = [];
    private readonly Lock _lock = new();

    /// <summary>The function type that stands for a struct or array type in the function-type views
    /// (<see cref="TypeOf"/>): validated code never calls through it.</summary>
    private static readonly FuncType s_notAFunction = new([], [ValType.BotRef], true);

    /// <summary>The canonical ids of a module's types, in order. Indices that point past their group (invalid) stay
    /// unresolved, so that validation reports them.</summary>
    public int[] Register(ModuleDefinition module) => Register(module.Types, module.RecGroups);

    public int[] Register(IReadOnlyList<SubType> types, IReadOnlyList<RecGroup> groups)
    {
        var ids = new int[types.Count];
        var key = new StringBuilder();
        lock (_lock)
        {
            foreach (var g in groups)
            {
                key.Clear();
                for (int i = g.Start; i < g.End; i++) AppendKey(key, types[i], ids, g);
                string k = key.ToString();
                if (!_groups.TryGetValue(k, out int first))
                {
                    first = _types.Count;
                    _groups.Add(k, first);
                    for (int i = g.Start; i < g.End; i++) ids[i] = first + i - g.Start;
                    for (int i = g.Start; i < g.End; i++) Add(types[i], ids, g);
                }
                for (int i = g.Start; i < g.End; i++) ids[i] = first + i - g.Start;
            }
        }
        return ids;
    }

    /// <summary>The canonical id of a plain function type (final, no supertypes, a group of its own) whose
    /// references are abstract or canonical, e.g. a host function's; -1 when it names module type indices.</summary>
    public int RegisterPlain(FuncType f)
    {
        if (f.Rtt is { } rtt) return rtt.Id;
        foreach (var v in f.ParamArray.Concat(f.ResultArray)) if (v.TypeIndex is not null) return -1;
        int id = Register([SubType.Plain(f)], [new RecGroup(0, 1)])[0];
        f.Rtt = RuntimeTypeOf(id); // the same type, so later matches and indirect calls skip the lookup
        return id;
    }

    /// <summary>The closed function type of a canonical id (its references are canonical ids); for a struct or
    /// array type, a placeholder that no function has.</summary>
    public FuncType TypeOf(int id)
    {
        lock (_lock) return _funcs[id];
    }

    /// <summary>The run-time type of a canonical id.</summary>
    public RuntimeType RuntimeTypeOf(int id)
    {
        lock (_lock) return _types[id];
    }

    /// <summary>Whether canonical type <paramref name="sub"/> is <paramref name="super"/> or declares it as a
    /// supertype, transitively.</summary>
    public bool IsSubtype(int sub, int super)
    {
        if (sub == super) return true;
        if (sub < 0 || super < 0) return false;
        lock (_lock) return (uint)sub < (uint)_types.Count && (uint)super < (uint)_types.Count && _types[sub].IsSubtypeOf(_types[super]);
    }

    /// <summary>The composite kind of a canonical id.</summary>
    public CompositeKind KindOf(int id)
    {
        lock (_lock) return _types[id].Kind;
    }

    private void Add(SubType t, int[] ids, RecGroup g)
    {
        int id = _types.Count;
        var mapped = t.Map(v => Close(v, ids, g));
        var closed = new SubType(t.Final, Array.ConvertAll(t.Supers, s => s >= 0 && s < g.End ? ids[s] : -1), mapped.Composite);
        // The chain is the first declared supertype's chain plus this type; a supertype that is not an earlier
        // type (invalid, reported by validation) gives none.
        int[] chain = [id];
        bool tooDeep = false;
        if (t.Supers.Length > 0 && t.Supers[0] is int s && s < g.Start + (id - ids[g.Start]) && s >= 0)
        {
            var super = _types[ids[s]];
            tooDeep = super.TooDeep || super.Depth >= RuntimeType.MaxDepth;
            if (!tooDeep) chain = [.. super.Chain, id];
        }
        var rtt = new RuntimeType(id, closed, chain) { TooDeep = tooDeep };
        _types.Add(rtt);
        if (closed.Func is { } f)
        {
            f.Rtt = rtt;
            _funcs.Add(f);
        }
        else _funcs.Add(s_notAFunction);
    }

    private static void AppendKey(StringBuilder key, SubType t, int[] ids, RecGroup g)
    {
        key.Append(t.Final ? "F" : "S");
        foreach (int s in t.Supers) AppendIndex(key.Append('<'), s, ids, g);
        var c = t.Composite;
        switch (c.Kind)
        {
            case CompositeKind.Func:
                key.Append("f(");
                foreach (var p in c.Func!.ParamArray) AppendKey(key, p, ids, g);
                key.Append(")(");
                foreach (var r in c.Func.ResultArray) AppendKey(key, r, ids, g);
                key.Append(')');
                break;
            case CompositeKind.Struct:
                key.Append("s(");
                foreach (var f in c.Fields) AppendKey(key, f, ids, g);
                key.Append(')');
                break;
            default:
                key.Append('a');
                AppendKey(key, c.Element, ids, g);
                break;
        }
        key.Append(';');
    }

    private static void AppendKey(StringBuilder key, FieldType f, int[] ids, RecGroup g)
    {
        key.Append(f.Mutable ? " m" : " c");
        if (f.IsPacked) key.Append(f.StorageText);
        else AppendKey(key, f.Type, ids, g);
    }

    private static void AppendKey(StringBuilder key, ValType v, int[] ids, RecGroup g)
    {
        key.Append(' ');
        if (v.TypeIndex is not int i) key.Append(v.ToString());
        else AppendIndex(key.Append(v.IsNullable ? "n" : "r"), i, ids, g);
    }

    /// <summary>An index as the key says it: #id for an earlier group, =k for the k-th type of this group, ?i for an
    /// index past the group (invalid).</summary>
    private static void AppendIndex(StringBuilder key, int i, int[] ids, RecGroup g)
    {
        if (i < g.Start) key.Append('#').Append(ids[i]);
        else if (i < g.End) key.Append('=').Append(i - g.Start);
        else key.Append('?').Append(i);
    }

    private static ValType Close(ValType v, int[] ids, RecGroup g) =>
        v.TypeIndex is int i && i < g.End ? ValType.Canonical(ids[i], v.IsNullable, v.Kind) : v;
}
