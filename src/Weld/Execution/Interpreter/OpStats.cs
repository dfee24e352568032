#if WELD_OPSTATS
namespace Weld.Execution.Interpreter;

/// <summary>Profiling aid, compiled only with -p:DefineConstants=WELD_OPSTATS: counts executed ops and op pairs and
/// prints the top entries to stderr at process exit.</summary>
internal static class OpStats
{
    private const int N = 512;
    private static readonly long[] s_ops = new long[N];
    private static readonly long[] s_pairs = new long[N * N];
    private static int s_prev;

    static OpStats() => AppDomain.CurrentDomain.ProcessExit += (_, _) => Dump();

    private static readonly Dictionary<LoweredFunction, long[]> s_pcs = new(ReferenceEqualityComparer.Instance);
    private static readonly Dictionary<LoweredFunction, string> s_src = new(ReferenceEqualityComparer.Instance);

    public static void Source(LoweredFunction lf, Weld.Syntax.Instr[] code)
    {
        lock (s_src) s_src[lf] = string.Join("\n", code.Select((c, i) => $"    {i,4} {Weld.Syntax.OpcodeNames.Of(c.Op)} {c.A} {c.B} {(long)c.C}"));
    }

    public static void CountPc(LoweredFunction lf, int pc)
    {
        if (!s_pcs.TryGetValue(lf, out var a)) s_pcs[lf] = a = new long[lf.Code.Length];
        a[pc]++;
    }

    public static void Count(Op op)
    {
        s_ops[(int)op]++;
        s_pairs[s_prev * N + (int)op]++;
        s_prev = (int)op;
    }

    private static void Dump()
    {
        long total = 0;
        foreach (long c in s_ops) total += c;
        Console.Error.WriteLine($"ops executed: {total:N0}");
        foreach (var (i, c) in Top(s_ops, 40)) Console.Error.WriteLine($"  {(Op)i,-18} {c,15:N0} {100.0 * c / total,6:F2}%");
        DumpHot();
        Console.Error.WriteLine("pairs:");
        foreach (var (i, c) in Top(s_pairs, 40)) Console.Error.WriteLine($"  {(Op)(i / N),-18} -> {(Op)(i % N),-18} {c,15:N0} {100.0 * c / total,6:F2}%");
    }

    private static void DumpHot()
    {
        int n = int.TryParse(Environment.GetEnvironmentVariable("WELD_DUMP"), out int k) ? k : 0;
        foreach (var (lf, counts) in s_pcs.OrderByDescending(kv => kv.Value.Sum()).Take(n))
        {
            Console.Error.WriteLine($"== function: {counts.Sum():N0} ops, locals {lf.LocalSlots}, frame {lf.FrameSlots}");
            if (s_src.TryGetValue(lf, out var src)) Console.Error.WriteLine(src);
            for (int i = 0; i < lf.Code.Length; i++) Console.Error.WriteLine($"  {i,4} {counts[i],13:N0}  {lf.Code[i]}");
        }
    }

    private static IEnumerable<(int, long)> Top(long[] a, int n) =>
        a.Select((c, i) => (i, c)).Where(x => x.c > 0).OrderByDescending(x => x.c).Take(n);
}
#endif
