using Weld.Script;

namespace Weld.Tests.Support;

/// <summary>
/// The spec test scripts for unit tests that read them in place (never copied): $WELD_SPEC_TESTS, else
/// ../shared/spec-tests beside the repository (the folder holding Weld.slnx).
/// </summary>
internal static class SpecCorpus
{
    private static readonly string? s_root = Locate();

    public static string? Root() => s_root;

    /// <summary>The wasm-2.0 folder, or null when missing (then tests marked <see cref="SpecCorpusFactAttribute"/>
    /// are skipped; under CI=true they run and fail here).</summary>
    public static string? Wasm20()
    {
        var dir = s_root is null ? null : Path.Combine(s_root, "wasm-2.0");
        if (dir is not null && Directory.Exists(dir)) return dir;
        Assert.Fail("spec tests folder not found (set WELD_SPEC_TESTS; CI requires it)");
        return null;
    }

    public static bool Missing => s_root is null || !Directory.Exists(Path.Combine(s_root, "wasm-2.0"));

    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string? Locate()
    {
        var env = Environment.GetEnvironmentVariable("WELD_SPEC_TESTS");
        if (!string.IsNullOrEmpty(env)) return Directory.Exists(env) ? Path.GetFullPath(env) : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Weld.slnx"))) continue;
            var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "spec-tests"));
            return Directory.Exists(candidate) ? candidate : null;
        }
        return null;
    }

    /// <summary>One module of a script with what the script expects of it.</summary>
    public sealed record ScriptModuleCase(string File, int Line, ScriptModule Module, ModuleAssertion? Assertion, string Message);

    /// <summary>Every module of every script in <paramref name="dir"/>: defined ones, modules of module assertions and,
    /// when <paramref name="withTrapModules"/>, those of assert_trap. Scripts that fail to parse are reported in
    /// <paramref name="failures"/>.</summary>
    public static IEnumerable<ScriptModuleCase> Modules(string dir, bool withTrapModules, List<string> failures)
    {
        foreach (var file in Directory.GetFiles(dir, "*.wast").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            List<ScriptCommand> commands;
            try { commands = ScriptParser.Parse(File.ReadAllText(file)); }
            catch (Exception e)
            {
                failures.Add($"{name}: script: {e.Message}");
                continue;
            }
            foreach (var cmd in commands)
            {
                var (module, assertion, message) = cmd switch
                {
                    ModuleCommand m => (m.Module, (ModuleAssertion?)null, ""),
                    ModuleDefinitionCommand d => (d.Module, null, ""),
                    AssertTrapCommand { Module: not null } t when withTrapModules => (t.Module, null, ""),
                    AssertModuleCommand a => (a.Module, a.Kind, a.Message),
                    _ => (null, null, ""),
                };
                if (module is not null) yield return new ScriptModuleCase(name, cmd.Line, module, assertion, message);
            }
        }
    }
}

/// <summary>A fact over the spec scripts: skipped (saying where to get them) when they are missing, except under CI.</summary>
public sealed class SpecCorpusFactAttribute : FactAttribute
{
    public SpecCorpusFactAttribute()
    {
        if (SpecCorpus.Missing && !SpecCorpus.UnderCi)
            Skip = "spec test suite not found: get the WebAssembly/spec repository, tag wg-2.0, folder test/core, and set WELD_SPEC_TESTS";
    }
}

/// <summary>A theory over the spec scripts, skipped like <see cref="SpecCorpusFactAttribute"/>.</summary>
public sealed class SpecCorpusTheoryAttribute : TheoryAttribute
{
    public SpecCorpusTheoryAttribute()
    {
        if (SpecCorpus.Missing && !SpecCorpus.UnderCi)
            Skip = "spec test suite not found: get the WebAssembly/spec repository, tag wg-2.0, folder test/core, and set WELD_SPEC_TESTS";
    }
}
