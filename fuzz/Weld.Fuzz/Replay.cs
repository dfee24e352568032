using Weld.Fuzz.Targets;

namespace Weld.Fuzz;

/// <summary>One input that a target failed on, and how.</summary>
public sealed record ReplayFailure(string File, string Error);

/// <summary>Runs files through a target without a fuzzer: the corpus in CI, saved crash inputs when triaging.</summary>
public static class Replay
{
    /// <summary>Runs every file (folders are searched recursively); returns the failures and how many files ran.</summary>
    public static (List<ReplayFailure> Failures, int Files) Run(IFuzzTarget target, IEnumerable<string> paths, TextWriter? progress = null)
    {
        var failures = new List<ReplayFailure>();
        int count = 0;
        foreach (string file in Files(paths))
        {
            count++;
            try
            {
                target.Run(File.ReadAllBytes(file));
            }
            catch (Exception e)
            {
                failures.Add(new ReplayFailure(file, e is FuzzFinding ? e.Message : e.ToString()));
                progress?.WriteLine($"FAIL {file}: {failures[^1].Error}");
            }
        }
        return (failures, count);
    }

    private static IEnumerable<string> Files(IEnumerable<string> paths)
    {
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (string file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    // AFL's own bookkeeping beside its inputs.
                    if (Path.GetFileName(file) is "README.txt" or ".cur_input") continue;
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
