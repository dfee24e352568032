using System.Text;

namespace Weld;

/// <summary>
/// Canonical function types: equivalent types get one id, so that types from different modules compare by an int.
/// Until GC every type is its own recursion group, which may refer to itself and to earlier types; the key of a type
/// is its text with earlier types replaced by their ids and itself by "rec" (iso-recursive equivalence, what GC's
/// groups generalize). An engine keeps one registry for its modules; validation uses a registry of its own.
/// </summary>
internal sealed class TypeRegistry
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<FuncType> _closed = [];
    private readonly Lock _lock = new();

    /// <summary>The canonical ids of a module's types, in order. Indices that point forward (invalid) are kept as
    /// they are, so that validation reports them.</summary>
    public int[] Register(IReadOnlyList<FuncType> types)
    {
        var ids = new int[types.Count];
        var key = new StringBuilder();
        lock (_lock)
        {
            for (int i = 0; i < ids.Length; i++)
            {
                key.Clear();
                AppendKey(key, types[i], ids, i);
                string k = key.ToString();
                if (!_ids.TryGetValue(k, out int id))
                {
                    id = _closed.Count;
                    _ids.Add(k, id);
                    ids[i] = id;
                    _closed.Add(CloseType(types[i], ids, i));
                }
                ids[i] = id;
            }
        }
        return ids;
    }

    /// <summary>The closed function type of a canonical id (its references are canonical ids).</summary>
    public FuncType TypeOf(int id)
    {
        lock (_lock) return _closed[id];
    }

    private static void AppendKey(StringBuilder key, FuncType t, int[] ids, int self)
    {
        foreach (var p in t.ParamArray) AppendKey(key, p, ids, self);
        key.Append("->");
        foreach (var r in t.ResultArray) AppendKey(key, r, ids, self);
    }

    private static void AppendKey(StringBuilder key, ValType v, int[] ids, int self)
    {
        key.Append(' ');
        if (v.TypeIndex is not int i) key.Append(v.ToString());
        else
        {
            key.Append(v.IsNullable ? "n" : "r");
            if (i == self) key.Append("rec");
            else if (i < self) key.Append('#').Append(ids[i]);
            else key.Append('?').Append(i);
        }
    }

    private static FuncType CloseType(FuncType t, int[] ids, int self) =>
        new(Array.ConvertAll(t.ParamArray, v => Close(v, ids, self)), Array.ConvertAll(t.ResultArray, v => Close(v, ids, self)), true);

    private static ValType Close(ValType v, int[] ids, int self) =>
        v.TypeIndex is int i && i <= self ? ValType.Canonical(ids[i], v.IsNullable) : v;
}
