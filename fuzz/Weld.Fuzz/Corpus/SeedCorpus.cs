using System.Security.Cryptography;
using System.Text;

namespace Weld.Fuzz.Corpus;

/// <summary>
/// Turns the modules of the spec suite's scripts (every level of <see cref="SpecLevels"/>: wasm-2.0, wasm-3.0 and the
/// proposals) into seed files, one folder per target: <c>decode</c> gets every module in binary form (malformed and
/// invalid ones too: they reach the decoder's and validator's error paths), <c>text</c> every module in text form,
/// <c>run</c> the binary modules that validate with their level's features. Duplicates are written once.
/// </summary>
public static class SeedCorpus
{
    /// <summary>Writes the seeds; returns how many files each target got, and each level.
    /// <paramref name="runExclusions"/>: seed names kept out of the <c>run</c> seeds (fuzz/run-seed-exclusions.txt).</summary>
    public static Dictionary<string, int> Write(string specRoot, string outFolder, IReadOnlySet<string> runExclusions)
    {
        var counts = new Dictionary<string, int> { ["decode"] = 0, ["text"] = 0, ["run"] = 0 };
        var seen = new HashSet<string>();
        foreach (string target in counts.Keys.ToList()) Directory.CreateDirectory(Path.Combine(outFolder, target));
        foreach (var (level, levelPath) in SpecLevels.Under(specRoot))
        {
            var validator = new Engine(new EngineOptions { Backend = Backend.Interpreter, Features = level.Features });
            foreach (var module in WastModules.Scripts(levelPath).SelectMany(WastModules.Read))
            {
                string name = SpecLevels.SeedName(level, levelPath, module);
                if (module.Text is { } text) Add("text", level, name + ".wat", Encoding.UTF8.GetBytes(text));
                if (module.ToBinary() is not { } bytes) continue;
                Add("decode", level, name + ".wasm", bytes);
                if (!runExclusions.Contains(name) && Module.Validate(validator, bytes) is null) Add("run", level, name + ".wasm", bytes);
            }
        }
        return counts;

        void Add(string target, SpecLevel level, string name, byte[] content)
        {
            if (!seen.Add(target + Convert.ToHexString(SHA256.HashData(content)))) return;
            File.WriteAllBytes(Path.Combine(outFolder, target, name), content);
            counts[target]++;
            string perLevel = $"{target} from {level.Folder}";
            counts[perLevel] = counts.GetValueOrDefault(perLevel) + 1;
        }
    }

    /// <summary>The module names of an exclusion file ("NAME REASON" per line, # comments); empty when there is none.</summary>
    public static HashSet<string> ReadExclusions(string path) => File.Exists(path)
        ? [.. File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(' ', 2)[0])]
        : [];

    /// <summary>The spec suite's root (the folder holding wasm-2.0/, wasm-3.0/ and proposals/):
    /// <c>$WELD_SPEC_TESTS</c>, else <c>../shared/spec-tests</c> beside the repository root. Null when it has no
    /// wasm-2.0/.</summary>
    public static string? LocateSpecSuite()
    {
        string? root = Environment.GetEnvironmentVariable("WELD_SPEC_TESTS") is { Length: > 0 } env
            ? env
            : RepoRoot() is { } repo ? Path.Combine(repo, "..", "shared", "spec-tests") : null;
        if (root is null) return null;
        root = Path.GetFullPath(root);
        return Directory.Exists(Path.Combine(root, SpecLevels.Wasm20.Folder)) ? root : null;
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
