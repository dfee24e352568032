namespace Weld.Differential.Tests;

/// <summary>Where the inputs are and how much to run. The spec suite: <c>$WELD_SPEC_TESTS</c>, else
/// <c>../shared/spec-tests</c> beside the repository; the benchmark programs: <c>$WELD_BENCH_DIR</c>, else
/// <c>../shared/bench</c>. <c>WELD_DIFF_FULL=1</c> runs everything; the default is a bounded sample for CI.</summary>
internal static class DiffSuite
{
    public static bool Full => Environment.GetEnvironmentVariable("WELD_DIFF_FULL") == "1";

    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Argument vectors per export (zeros, ones, -1/-0; the full run adds the minimum and maximum edges).</summary>
    public static int Vectors => Full ? Fuzz.Sessions.ArgumentVectors.Count : 3;

    /// <summary>Valid mutants tried per spec module, and the most mutants per script.</summary>
    public static (int PerModule, int PerScript) Mutants => Full ? (8, 10_000) : (1, 12);

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The spec suite's root: the folder holding wasm-2.0/ (and wasm-3.0/).</summary>
    public static string? SpecFolder { get; } = Locate("WELD_SPEC_TESTS", "spec-tests", null) is { } root
        && Directory.Exists(Path.Combine(root, Fuzz.Corpus.SpecLevels.Wasm20.Folder)) ? root : null;

    /// <summary>The levels the differential tests run: 2.0, and 3.0 where the suite has it.</summary>
    public static IReadOnlyList<Fuzz.Corpus.SpecLevel> Levels { get; } = [Fuzz.Corpus.SpecLevels.Wasm20, Fuzz.Corpus.SpecLevels.Wasm30];

    public static string? BenchFolder { get; } = Locate("WELD_BENCH_DIR", "bench", null);

    /// <summary>The spec scripts of every level as paths relative to <see cref="SpecFolder"/> (<c>wasm-3.0/gc/array.wast</c>);
    /// one placeholder when the suite is missing, so that the theory reports it instead of running nothing.</summary>
    public static TheoryData<string> SpecScripts()
    {
        var data = new TheoryData<string>();
        foreach (var level in Levels)
        {
            if (SpecFolder is null) break;
            string folder = Path.Combine(SpecFolder, level.Folder);
            if (!Directory.Exists(folder)) continue;
            foreach (string file in Fuzz.Corpus.WastModules.Scripts(folder))
            {
                string script = Path.GetRelativePath(SpecFolder, file).Replace('\\', '/');
                if (Only is null || script.Contains(Only, StringComparison.Ordinal)) data.Add(script);
            }
        }
        if (data.Count == 0) data.Add(Missing);
        return data;
    }

    /// <summary>The level a script of <see cref="SpecScripts"/> belongs to.</summary>
    public static Fuzz.Corpus.SpecLevel LevelOf(string script) => Levels.First(l => script.StartsWith(l.Folder + "/", StringComparison.Ordinal));

    /// <summary><c>WELD_DIFF_ONLY</c>: only the scripts whose path contains it (to replay one while debugging).</summary>
    private static string? Only => Environment.GetEnvironmentVariable("WELD_DIFF_ONLY") is { Length: > 0 } only ? only : null;

    public const string Missing = "(missing)";

    /// <summary>Writes an input that showed a difference to <c>$WELD_DIFF_KEEP</c> (when set), to replay it.</summary>
    public static void Keep(string name, byte[] wasm)
    {
        if (Environment.GetEnvironmentVariable("WELD_DIFF_KEEP") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name.Replace('/', '_') + ".wasm"), wasm);
    }

    private static string? Locate(string variable, string shared, string? sub)
    {
        string root = Environment.GetEnvironmentVariable(variable) is { Length: > 0 } env ? env : Path.Combine(RepoRoot, "..", "shared", shared);
        string folder = Path.GetFullPath(sub is null ? root : Path.Combine(root, sub));
        return Directory.Exists(folder) ? folder : null;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Weld.slnx"))) return dir.FullName;
        throw new InvalidOperationException("repository root (Weld.slnx) not found");
    }
}

/// <summary>A test that needs the shared inputs: skipped with a note when they are missing, except under CI.</summary>
public sealed class DiffFactAttribute : FactAttribute
{
    public DiffFactAttribute()
    {
        if ((DiffSuite.SpecFolder is null || DiffSuite.BenchFolder is null) && !DiffSuite.UnderCi)
            Skip = "spec suite or benchmark programs not found (set WELD_SPEC_TESTS and WELD_BENCH_DIR)";
    }
}

/// <summary>A theory over the shared inputs: skipped with a note when they are missing, except under CI.</summary>
public sealed class DiffTheoryAttribute : TheoryAttribute
{
    public DiffTheoryAttribute()
    {
        if ((DiffSuite.SpecFolder is null || DiffSuite.BenchFolder is null) && !DiffSuite.UnderCi)
            Skip = "spec suite or benchmark programs not found (set WELD_SPEC_TESTS and WELD_BENCH_DIR)";
    }
}
