namespace Weld.SpecTests;

/// <summary>Finds the official spec test scripts: $WELD_SPEC_TESTS, else ../shared/spec-tests beside the repository.</summary>
public static class SpecSuite
{
    public const string Source =
        "the WebAssembly/spec repository, tag wg-2.0, folder test/core (point WELD_SPEC_TESTS at a folder holding wasm-2.0/ with those files)";

    public const string ThreadsSource =
        "the WebAssembly/threads repository, test/core/threads/*.wast and test/core/{binary,exports,memory}.wast, as proposals/threads/ "
        + "(with threads/ holding the first) in the WELD_SPEC_TESTS folder";

    public const string Wasm30Source =
        "the WebAssembly/spec repository, main branch (release 3.0), folder test/core, as wasm-3.0/ in the WELD_SPEC_TESTS folder";

    public const string LegacyExceptionsSource =
        "the WebAssembly/spec repository, main branch, folder test/legacy/exceptions/core, "
        + "as proposals/legacy-exceptions/ in the WELD_SPEC_TESTS folder";

    /// <summary>Whether the suite has the folder of <paramref name="level"/>.</summary>
    public static bool Has(string level) => Root is not null && Directory.Exists(Path.Combine(Root, level));

    public static string? Root { get; } = Locate();

    /// <summary>The repository's root folder (the one holding Weld.slnx).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Weld.slnx"))) return dir.FullName;
        throw new InvalidOperationException("repository root (Weld.slnx) not found");
    }

    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("WELD_SPEC_TESTS");
        if (!string.IsNullOrEmpty(fromEnv)) return Directory.Exists(fromEnv) ? Path.GetFullPath(fromEnv) : null;
        var candidate = Path.GetFullPath(Path.Combine(FindRepoRoot(), "..", "shared", "spec-tests"));
        return Directory.Exists(candidate) ? candidate : null;
    }

    /// <summary>The .wast files of a level (e.g. "wasm-2.0"), as paths relative to the suite root, sorted.</summary>
    public static IEnumerable<string> Files(string level)
    {
        if (Root is null) return [];
        var dir = Path.Combine(Root, level);
        if (!Directory.Exists(dir)) return [];
        return Directory.EnumerateFiles(dir, "*.wast", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }
}

/// <summary>A theory that reports itself skipped (with where to get the suite) when the suite is missing, except under CI.</summary>
public sealed class SpecTheoryAttribute : TheoryAttribute
{
    public SpecTheoryAttribute()
    {
        if (SpecSuite.Root is null && !SpecSuite.UnderCi)
            Skip = $"spec test suite not found; get it from {SpecSuite.Source}";
    }

    /// <summary>Also skipped (outside CI) when the suite lacks <paramref name="level"/>'s folder, found at <paramref name="source"/>.</summary>
    public SpecTheoryAttribute(string level, string source)
    {
        if (!SpecSuite.Has(level) && !SpecSuite.UnderCi)
            Skip = $"spec test folder {level} not found; get it from {source}";
    }
}
