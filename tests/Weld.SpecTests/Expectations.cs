namespace Weld.SpecTests;

/// <summary>A known failure: why, and (when listed) exactly which command lines fail.</summary>
public sealed record KnownFailure(string Reason, IReadOnlyList<int>? Lines);

/// <summary>Known failures: "path[:line,line...] backend reason" per line in expectations.txt. The list only shrinks:
/// a listed file that passes fails, and a listing with lines fails unless exactly those lines fail.</summary>
public static class Expectations
{
    private static readonly Dictionary<(string File, string Backend), KnownFailure> Known = Load();

    public static KnownFailure? For(string file, Backend backend) =>
        Known.GetValueOrDefault((file, backend.ToString().ToLowerInvariant())) ??
        Known.GetValueOrDefault((file, "*"));

    private static Dictionary<(string, string), KnownFailure> Load()
    {
        var result = new Dictionary<(string, string), KnownFailure>();
        foreach (var raw in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "expectations.txt")))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3) throw new FormatException($"expectations.txt: '{line}' needs: path backend reason");
            var (path, lines) = SplitLines(parts[0]);
            result[(path, parts[1])] = new KnownFailure(parts[2], lines);
        }
        return result;
    }

    private static (string Path, IReadOnlyList<int>? Lines) SplitLines(string entry)
    {
        int colon = entry.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return (entry, null);
        var lines = entry[(colon + 1)..].Split(',').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).Order().ToArray();
        return (entry[..colon], lines);
    }
}
