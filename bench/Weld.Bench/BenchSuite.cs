namespace Weld.Bench;

/// <summary>One benchmark case: a program, its argument and the one line it must print.</summary>
internal sealed record BenchCase(string Name, string Argument, string WasmPath, string ExpectedLine);

/// <summary>The shared benchmark programs: located outside the repository, read through expected.txt.</summary>
internal static class BenchSuite
{
    /// <summary>$WELD_BENCH_DIR, else ../shared/bench beside the repository root (the folder holding Weld.slnx),
    /// searched upward from the working directory and then from this program's own folder.</summary>
    public static string FindDirectory()
    {
        if (Environment.GetEnvironmentVariable("WELD_BENCH_DIR") is { Length: > 0 } env)
            return Directory.Exists(env) ? env : throw new DirectoryNotFoundException($"WELD_BENCH_DIR={env} does not exist");
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (!File.Exists(Path.Combine(dir.FullName, "Weld.slnx"))) continue;
                var bench = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "bench"));
                if (Directory.Exists(bench)) return bench;
                break;
            }
        }
        throw new DirectoryNotFoundException(
            "benchmark programs not found: set WELD_BENCH_DIR or put them in ../shared/bench next to the repository");
    }

    /// <summary>The cases of expected.txt in file order. Each program has two rows: the default argument first, then the small one.</summary>
    public static List<BenchCase> Load(string directory, bool small, string? filter)
    {
        var rows = new List<BenchCase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(directory, "expected.txt")))
        {
            if (line.Length == 0) continue;
            var parts = line.Split('\t', 3);
            if (parts.Length != 3) throw new FormatException($"expected.txt: expected NAME<TAB>ARG<TAB>LINE, got '{line}'");
            bool isDefault = seen.Add(parts[0]);
            if (isDefault == small) continue;
            if (filter is not null && !parts[0].Contains(filter, StringComparison.OrdinalIgnoreCase)) continue;
            rows.Add(new BenchCase(parts[0], parts[1], Path.Combine(directory, parts[0] + ".wasm"), parts[2]));
        }
        return rows;
    }
}
