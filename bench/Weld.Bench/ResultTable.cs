using System.Globalization;
using System.Text;

namespace Weld.Bench;

/// <summary>Prints the results as a Markdown table: per engine the prepare (decode/compile + instantiate) time and
/// the execution time, then each Weld back end's execution-time ratio to the reference engine, with geometric means.</summary>
internal static class ResultTable
{
    public static string Format(IReadOnlyList<CaseResult> results, IReadOnlyList<IEngineRunner> engines, IEngineRunner reference)
    {
        var others = engines.Where(e => e != reference).ToList();
        var head = new List<string> { "program", "arg" };
        foreach (var e in engines) head.AddRange([$"{e.Name} prep (ms)", $"{e.Name} exec (s)"]);
        foreach (var e in others) head.Add($"{e.Name} / {reference.Name} exec");

        var rows = new List<List<string>>();
        var ratios = others.ToDictionary(e => e.Name, _ => new List<double>());
        foreach (var r in results)
        {
            var row = new List<string> { r.Case.Name, r.Case.Argument };
            foreach (var e in engines)
            {
                var t = r.Timings[e.Name];
                row.Add(t is null ? Missing(e) : Ms(t.Prepare));
                row.Add(t is null ? Missing(e) : S(t.Execute));
            }
            var refTime = r.Timings[reference.Name];
            foreach (var e in others)
            {
                var t = r.Timings[e.Name];
                if (t is null || refTime is null) { row.Add(Missing(e)); continue; }
                double ratio = t.Execute.TotalSeconds / Math.Max(refTime.Execute.TotalSeconds, 1e-9);
                ratios[e.Name].Add(ratio);
                row.Add(Ratio(ratio));
            }
            rows.Add(row);
        }

        var mean = new List<string> { "geomean", "" };
        foreach (var _ in engines) mean.AddRange(["", ""]);
        foreach (var e in others)
        {
            var measured = ratios[e.Name];
            string partial = measured.Count < results.Count ? $" ({measured.Count} of {results.Count})" : "";
            mean.Add(measured.Count == 0 ? Missing(e) : Ratio(GeoMean(measured)) + partial);
        }
        rows.Add(mean);
        return Markdown(head, rows);
    }

    /// <summary>Per engine and control mode: the execution time with the mode on over the time with it off
    /// (geometric mean over the programs, and the worst program), from the thread's CPU time where it was measured.</summary>
    public static string ControlOverhead(IReadOnlyList<CaseResult> results, IReadOnlyList<IEngineRunner> runners)
    {
        bool cpu = results.All(r => runners.All(w => r.Timings[w.Name] is not { ExecuteCpu: null }));
        var head = new List<string> { "engine", "mode", $"exec {(cpu ? "CPU time" : "time")} on / off (geomean)", "worst program" };
        var rows = new List<List<string>>();
        foreach (var on in runners.Where(r => r.Control != ControlMode.Off))
        {
            var off = runners.Single(r => r.Family == on.Family && r.Control == ControlMode.Off);
            var ratios = new List<(string Name, double Ratio)>();
            foreach (var r in results)
            {
                if (r.Timings[on.Name] is not { } t || r.Timings[off.Name] is not { } o) continue;
                var (on1, off1) = cpu ? (t.ExecuteCpu!.Value, o.ExecuteCpu!.Value) : (t.Execute, o.Execute);
                ratios.Add((r.Case.Name, on1.TotalSeconds / Math.Max(off1.TotalSeconds, 1e-9)));
            }
            if (ratios.Count == 0) continue;
            var worst = ratios.MaxBy(x => x.Ratio);
            rows.Add([on.Family, on.Control.ToString().ToLowerInvariant(),
                Ratio(GeoMean(ratios.Select(x => x.Ratio).ToList())), $"{worst.Name} {Ratio(worst.Ratio)}"]);
        }
        return rows.Count == 0 ? "" : Markdown(head, rows);
    }

    public static double GeoMean(IReadOnlyCollection<double> values) => Math.Exp(values.Sum(Math.Log) / values.Count);

    private static string Missing(IEngineRunner e) => e.Unavailable is null ? "FAILED" : "n/a";

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture);

    // Small arguments run in milliseconds: keep four decimals there so they do not all read 0.000.
    private static string S(TimeSpan t) => t.TotalSeconds.ToString(t.TotalSeconds < 1 ? "F4" : "F3", CultureInfo.InvariantCulture);

    private static string Ratio(double r) => r.ToString(r >= 100 ? "F0" : r >= 10 ? "F1" : "F2", CultureInfo.InvariantCulture) + "x";

    private static string Markdown(List<string> head, List<List<string>> rows)
    {
        var widths = head.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        var sb = new StringBuilder();
        void Line(IEnumerable<string> cells) =>
            sb.Append("| ").AppendJoin(" | ", cells.Select((c, i) => i < 2 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).Append(" |\n");
        Line(head);
        Line(widths.Select((w, i) => i < 2 ? new string('-', w) : new string('-', w - 1) + ":"));
        foreach (var r in rows) Line(r);
        return sb.ToString();
    }
}
