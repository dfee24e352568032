using Weld.Fuzz.Corpus;
using Xunit.Abstractions;

namespace Weld.Differential.Tests;

/// <summary>Every valid module of each spec script (wasm-2.0 and wasm-3.0, each in its own language) on wasmtime and
/// both Weld back ends: every callable export with each argument vector, then the exported memories and globals. Both
/// validators must accept every module the script expects to be valid; a module that cannot be compared is skipped
/// with its reason (<see cref="Engines.SkipReason"/>), counted in the output.</summary>
public class SpecModuleTests(ITestOutputHelper output)
{
    public static TheoryData<string> Scripts => DiffSuite.SpecScripts();

    [DiffTheory]
    [MemberData(nameof(Scripts))]
    public void ModulesAgree(string script)
    {
        Assert.True(DiffSuite.SpecFolder is not null, "spec suite not found (set WELD_SPEC_TESTS)");
        using var engines = new Engines(TimeSpan.FromSeconds(20), DiffSuite.LevelOf(script));
        var differences = new List<string>();
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int run = 0, compared = 0, inconclusive = 0;
        foreach (var module in WastModules.Read(Path.Combine(DiffSuite.SpecFolder!, script)))
        {
            if (module.ExpectedBad || module.ToBinary() is not { } wasm) continue;
            if (engines.Rejection(wasm) is { } rejection)
            {
                differences.Add($"{module.Name}: a valid module is rejected: {rejection}");
                continue;
            }
            if (engines.SkipReason(wasm) is { } reason)
            {
                skipped[reason] = skipped.GetValueOrDefault(reason) + 1;
                continue;
            }
            run++;
            var report = engines.Compare(module.Name, wasm, DiffSuite.Vectors);
            differences.AddRange(report.Differences);
            compared += report.CallsCompared;
            inconclusive += report.CallsInconclusive;
        }
        output.WriteLine($"{script}: {run} modules run, {compared} calls compared, {inconclusive} inconclusive (fuel or stack)"
            + string.Concat(skipped.Select(s => $"; skipped ({s.Key}): {s.Value}")));
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n" + string.Join("\n", differences.Take(20)));
    }
}
