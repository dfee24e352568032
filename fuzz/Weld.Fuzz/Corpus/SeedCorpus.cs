using System.Security.Cryptography;
using System.Text;

namespace Weld.Fuzz.Corpus;

/// <summary>
/// Turns the modules of the spec suite's scripts into seed files, one folder per target: <c>decode</c> gets every
/// module in binary form (malformed and invalid ones too: they reach the decoder's and validator's error paths),
/// <c>text</c> every module in text form, <c>run</c> the binary modules that validate. Duplicates are written once.
/// </summary>
public static class SeedCorpus
{
    /// <summary>Writes the seeds; returns how many files each target got. <paramref name="runExclusions"/>: module names
    /// kept out of the <c>run</c> seeds (fuzz/run-seed-exclusions.txt).</summary>
    public static Dictionary<string, int> Write(string specFolder, string outFolder, IReadOnlySet<string> runExclusions)
    {
        var counts = new Dictionary<string, int> { ["decode"] = 0, ["text"] = 0, ["run"] = 0 };
        var seen = new HashSet<string>();
        var validator = new Engine(new EngineOptions { Backend = Backend.Interpreter });
        foreach (string target in counts.Keys) Directory.CreateDirectory(Path.Combine(outFolder, target));
        foreach (var module in WastModules.Scripts(specFolder).SelectMany(WastModules.Read))
        {
            if (module.Text is { } text) Add("text", module.Name + ".wat", Encoding.UTF8.GetBytes(text));
            if (module.ToBinary() is not { } bytes) continue;
            Add("decode", module.Name + ".wasm", bytes);
            if (!runExclusions.Contains(module.Name) && Module.Validate(validator, bytes) is null) Add("run", module.Name + ".wasm", bytes);
        }
        return counts;

        void Add(string target, string name, byte[] content)
        {
            if (!seen.Add(target + Convert.ToHexString(SHA256.HashData(content)))) return;
            File.WriteAllBytes(Path.Combine(outFolder, target, name), content);
            counts[target]++;
        }
    }

    /// <summary>The module names of an exclusion file ("NAME REASON" per line, # comments); empty when there is none.</summary>
    public static HashSet<string> ReadExclusions(string path) => File.Exists(path)
        ? [.. File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(' ', 2)[0])]
        : [];

    /// <summary>The spec suite's 2.0 scripts: <c>$WELD_SPEC_TESTS/wasm-2.0</c>, else <c>../shared/spec-tests/wasm-2.0</c>
    /// beside the repository root. Null when neither exists.</summary>
    public static string? LocateSpecSuite()
    {
        string? root = Environment.GetEnvironmentVariable("WELD_SPEC_TESTS") is { Length: > 0 } env
            ? env
            : RepoRoot() is { } repo ? Path.Combine(repo, "..", "shared", "spec-tests") : null;
        if (root is null) return null;
        string folder = Path.GetFullPath(Path.Combine(root, "wasm-2.0"));
        return Directory.Exists(folder) ? folder : null;
    }

    /// <summary>The folder holding Weld.slnx, searched upward from the working directory, then from this program's.</summary>
    public static string? RepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Weld.slnx"))) return dir.FullName;
        }
        return null;
    }
}
