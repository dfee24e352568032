using Weld.Fuzz.Corpus;
using Weld.Fuzz.Targets;

namespace Weld.Fuzz.Tests;

/// <summary>Each fuzz target over the seed corpus made from the spec suite, and over the inputs fuzzing found and that
/// are kept as regressions (fuzz/findings/TARGET), in process and without a fuzzer.</summary>
public class ReplayTests
{
    /// <summary>Seeds each target must at least get, so that a broken generator cannot pass by replaying nothing.</summary>
    private static readonly Dictionary<string, int> MinimumSeeds = new() { ["decode"] = 1500, ["text"] = 4000, ["run"] = 1000 };

    public static TheoryData<string> Targets => [.. FuzzTargets.Names];

    [CorpusTheory]
    [MemberData(nameof(Targets))]
    public void SeedCorpusPasses(string name)
    {
        Assert.True(GeneratedCorpus.Path is not null, "spec suite not found (set WELD_SPEC_TESTS)");
        var files = Directory.GetFiles(Path.Combine(GeneratedCorpus.Path!, name)).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= MinimumSeeds[name], $"{name}: only {files.Count} seeds");
        // WebAssembly 3.0's modules (GC, exceptions, typed references...) are seeds too, where the suite has them.
        if (Directory.Exists(Path.Combine(SeedCorpus.LocateSpecSuite()!, SpecLevels.Wasm30.Folder)))
            Assert.Contains(files, f => Path.GetFileName(f).StartsWith(SpecLevels.Wasm30.Prefix + "gc.", StringComparison.Ordinal));
        // The run target compiles every function on both back ends: by default every third seed keeps CI short.
        if (name == "run" && !GeneratedCorpus.Full) files = [.. files.Where((_, i) => i % 3 == 0)];
        var target = FuzzTargets.Create(name);
        try
        {
            var (failures, count) = Replay.Run(target, files);
            Assert.Equal(files.Count, count);
            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10).Select(f => $"{Path.GetFileName(f.File)}: {f.Error}")));
        }
        finally
        {
            (target as IDisposable)?.Dispose();
        }
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void SavedFindingsPass(string name)
    {
        string folder = Path.Combine(GeneratedCorpus.RepoRoot, "fuzz", "findings", name);
        if (!Directory.Exists(folder)) return;
        var target = FuzzTargets.Create(name);
        try
        {
            var (failures, _) = Replay.Run(target, [folder]);
            Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => $"{Path.GetFileName(f.File)}: {f.Error}")));
        }
        finally
        {
            (target as IDisposable)?.Dispose();
        }
    }
}
