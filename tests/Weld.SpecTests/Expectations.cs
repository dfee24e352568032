namespace Weld.SpecTests;

/// <summary>Known failures: "path backend reason" per line in expectations.txt. The list only shrinks: a listed case that passes fails.</summary>
public static class Expectations
{
    private static readonly Dictionary<(string File, string Backend), string> Known = Load();

    public static string? ReasonFor(string file, Backend backend) =>
        Known.GetValueOrDefault((file, backend.ToString().ToLowerInvariant())) ??
        Known.GetValueOrDefault((file, "*"));

    private static Dictionary<(string, string), string> Load()
    {
        var result = new Dictionary<(string, string), string>();
        foreach (var raw in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "expectations.txt")))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3) throw new FormatException($"expectations.txt: '{line}' needs: path backend reason");
            result[(parts[0], parts[1])] = parts[2];
        }
        return result;
    }
}
