namespace Weld.IsaGen.Api;

/// <summary>src/Weld/Api/TupleCodecs.g.cs: one codec class per ValueTuple arity (1 to 8; the eighth element of an
/// eight-element ValueTuple is the rest of a longer tuple, nested as C# nests them), moving a multi-value result
/// through consecutive stack slots, and the tables that find the codec of a ValueTuple type.</summary>
public static class TupleCodecEmitter
{
    public const int MaxArity = 8;

    public static string Codecs()
    {
        var w = TypedApiGenerator.File("System.Diagnostics.CodeAnalysis", "Weld.Execution", "Weld.Runtime");
        Tables(w);
        for (int n = 1; n <= MaxArity; n++)
        {
            w.Line();
            Codec(w, n);
        }
        return w.ToString();
    }

    private static string Generic(int n) => $"<{new string(',', n - 1)}>";

    private static void Tables(CodeWriter w)
    {
        w.Block("internal static partial class TupleCodecs", () =>
        {
            w.Line("/// <summary>The ValueTuple definitions by arity - 1.</summary>");
            TypedApiGenerator.Array(w, "private static readonly Type[] ValueTuples = ",
                Enumerable.Range(1, MaxArity).Select(n => $"typeof(ValueTuple{Generic(n)})"));
            w.Line();
            w.Line("/// <summary>The codec definitions by arity - 1; their constructors are kept for trimming.</summary>");
            foreach (int n in Enumerable.Range(1, MaxArity))
                w.Line($"[DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(TupleCodec{Generic(n)}))]");
            w.Line("private static Type[] Definitions() =>");
            w.Indented(() => TypedApiGenerator.Array(w, "", Enumerable.Range(1, MaxArity).Select(n => $"typeof(TupleCodec{Generic(n)})")));
        });
    }

    private static void Codec(CodeWriter w, int n)
    {
        bool rest = n == MaxArity;
        var items = Enumerable.Range(1, n).ToList();
        string T(int i) => rest && i == n ? "TRest" : $"T{i}";
        string Marshal(int i) => rest && i == n ? "ResultMarshal<TRest>" : $"ValueMarshal<T{i}>";
        string Item(int i) => rest && i == n ? "Rest" : $"Item{i}";
        string tuple = $"ValueTuple<{string.Join(", ", items.Select(T))}>";

        w.Line(rest
            ? "/// <summary>Moves a ValueTuple of seven results and the rest (itself a ValueTuple) through stack slots.</summary>"
            : $"/// <summary>Moves a ValueTuple of {n} result{(n == 1 ? "" : "s")} through stack slots.</summary>");
        w.Line($"internal sealed class TupleCodec<{string.Join(", ", items.Select(T))}> : ResultCodec<{tuple}>");
        if (rest) w.Indented(() => w.Line("where TRest : struct"));
        w.Block("", () =>
        {
            TypedApiGenerator.Array(w, "public override ValType[] Types => ",
                items.Select(i => rest && i == n ? $".. {Marshal(i)}.Require()" : $"{Marshal(i)}.Require()"));
            w.Line();
            var slots = items.Select(i => $"{Marshal(i)}.Slots").ToList();
            w.Line("public override int Slots =>");
            w.Indented(() =>
            {
                for (int i = 0; i < slots.Count; i += 4)
                    w.Line(string.Join(" + ", slots.Skip(i).Take(4)) + (i + 4 < slots.Count ? " +" : ";"));
            });
            w.Line();
            w.Block($"public override {tuple} Read(ExecStack s, int b)", () =>
            {
                Offsets(w, items, Marshal, i => w.Line($"var r{i} = {Marshal(i)}.Read(s, {(i == 1 ? "b" : "o")});"));
                w.Line($"return new({string.Join(", ", items.Select(i => $"r{i}"))});");
            });
            w.Line();
            w.Block($"public override void Write(ExecStack s, int b, {tuple} value, RuntimeStore store)", () =>
                Offsets(w, items, Marshal, i => w.Line(rest && i == n
                    ? $"{Marshal(i)}.Write(s, o, value.{Item(i)}, store);"
                    : $"{Marshal(i)}.WriteArgument(s, {(i == 1 ? "b" : "o")}, value.{Item(i)}, store);")));
        });
    }

    /// <summary>Runs <paramref name="each"/> per element, advancing the slot offset <c>o</c> between elements.</summary>
    private static void Offsets(CodeWriter w, List<int> items, Func<int, string> marshal, Action<int> each)
    {
        foreach (int i in items)
        {
            if (i == 2) w.Line($"int o = b + {marshal(1)}.Slots;");
            else if (i > 2) w.Line($"o += {marshal(i - 1)}.Slots;");
            each(i);
        }
    }
}
