namespace Weld.Tests.Text;

/// <summary>Finds the spec test scripts: $WELD_SPEC_TESTS, else a <c>shared/spec-tests</c> folder found by walking
/// up from the test's base directory (next to the repository).</summary>
internal static class SpecCorpus
{
    public static string? Root()
    {
        var env = Environment.GetEnvironmentVariable("WELD_SPEC_TESTS");
        if (!string.IsNullOrEmpty(env)) return Directory.Exists(env) ? env : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "spec-tests");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The wasm-2.0 folder, or null when missing outside CI (the caller returns: skipped); under CI=true a missing folder fails.</summary>
    public static string? Wasm20()
    {
        var root = Root();
        var dir = root is null ? null : Path.Combine(root, "wasm-2.0");
        if (dir is not null && Directory.Exists(dir)) return dir;
        Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "spec tests folder not found (set WELD_SPEC_TESTS)");
        return null;
    }
}
