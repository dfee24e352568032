using Weld.Fuzz.Corpus;

namespace Weld.Fuzz.Tests;

/// <summary>The seed corpus, generated once per test run into a temporary folder from the spec suite
/// (<c>$WELD_SPEC_TESTS</c>, else ../shared/spec-tests), with the repository's run-seed exclusions.</summary>
internal static class GeneratedCorpus
{
    private static readonly Lazy<string?> Folder = new(Generate);

    /// <summary>The folder holding decode/, text/ and run/, or null when the spec suite is missing.</summary>
    public static string? Path => Folder.Value;

    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>WELD_FUZZ_FULL=1</c> replays every run seed; by default every third (a bounded CI run).</summary>
    public static bool Full => Environment.GetEnvironmentVariable("WELD_FUZZ_FULL") == "1";

    public static string RepoRoot => SeedCorpus.RepoRoot() ?? throw new InvalidOperationException("repository root (Weld.slnx) not found");

    private static string? Generate()
    {
        if (SeedCorpus.LocateSpecSuite() is not { } spec) return null;
        string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"weld-fuzz-corpus-{Environment.ProcessId}");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var exclusions = SeedCorpus.ReadExclusions(System.IO.Path.Combine(RepoRoot, "fuzz", "run-seed-exclusions.txt"));
        SeedCorpus.Write(spec, folder, exclusions);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
        };
        return folder;
    }
}

/// <summary>A theory that needs the spec suite: skipped with a note when it is missing, except under CI.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (SeedCorpus.LocateSpecSuite() is null && !GeneratedCorpus.UnderCi) Skip = "spec suite not found (set WELD_SPEC_TESTS)";
    }
}
