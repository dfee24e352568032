namespace Weld.Fuzz.Corpus;

/// <summary>One folder of the spec suite, the proposals its modules need (as the spec runner, tests/Weld.SpecTests,
/// runs it) and the prefix of its seeds' names (names are "script-line", and the levels share script names).</summary>
public sealed record SpecLevel(string Folder, WasmFeatures Features, string Prefix);

/// <summary>The spec suite's folders that seeds and differential inputs come from.</summary>
public static class SpecLevels
{
    public static SpecLevel Wasm20 { get; } = new("wasm-2.0", WasmFeatures.None, "");

    public static SpecLevel Wasm30 { get; } = new("wasm-3.0", WasmFeatures.Default, "3.0-");

    /// <summary>Every level, 2.0 first (its seed names are the ones fuzz/run-seed-exclusions.txt has always used).</summary>
    public static IReadOnlyList<SpecLevel> All { get; } =
    [
        Wasm20,
        Wasm30,
        new("proposals/threads", WasmFeatures.Threads, "threads-"),
        new("proposals/legacy-exceptions", WasmFeatures.Default, "legacy-exceptions-"),
    ];

    /// <summary>The levels present under a suite root; a folder that holds none of them is one level of its own
    /// (its .wast files with every feature on).</summary>
    public static IEnumerable<(SpecLevel Level, string Path)> Under(string root)
    {
        var present = All.Select(l => (Level: l, Path: System.IO.Path.Combine(root, l.Folder))).Where(l => Directory.Exists(l.Path)).ToList();
        return present.Count > 0 ? present : [(new SpecLevel(".", WasmFeatures.Default, ""), root)];
    }

    /// <summary>A seed's name: the level's prefix, the script's folder inside the level (dots for slashes) and
    /// "script-line", e.g. <c>3.0-gc.array-12</c>.</summary>
    public static string SeedName(SpecLevel level, string levelPath, WastModule module)
    {
        string folder = System.IO.Path.GetRelativePath(levelPath, System.IO.Path.GetDirectoryName(module.Script)!).Replace('\\', '/');
        string inner = folder == "." ? "" : folder.Replace('/', '.') + ".";
        return level.Prefix + inner + module.Name;
    }
}
