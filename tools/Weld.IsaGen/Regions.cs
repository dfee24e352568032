using System.Text;

namespace Weld.IsaGen;

/// <summary>
/// Generated regions inside hand-written files. A region is the lines between
/// <c>// &lt;generated: NAME ...&gt;</c> and <c>// &lt;/generated&gt;</c> (markers kept, indented like the code);
/// its content is replaced, everything else is left as it is.
/// </summary>
public static class Regions
{
    public static string Replace(string text, string path, Dictionary<string, string> contents)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var sb = new StringBuilder();
        var found = new HashSet<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (i > 0) sb.Append('\n');
            sb.Append(line);
            string trimmed = line.TrimStart();
            if (!trimmed.StartsWith("// <generated: ", StringComparison.Ordinal)) continue;
            string name = trimmed["// <generated: ".Length..].Split(';', '>')[0].Trim();
            if (!contents.TryGetValue(name, out var content))
                throw new InvalidOperationException($"{path}:{i + 1}: unknown generated region '{name}'");
            if (!found.Add(name)) throw new InvalidOperationException($"{path}:{i + 1}: region '{name}' appears twice");
            string indent = line[..(line.Length - trimmed.Length)];
            int end = i + 1;
            while (end < lines.Length && lines[end].Trim() != "// </generated>") end++;
            if (end == lines.Length) throw new InvalidOperationException($"{path}:{i + 1}: region '{name}' has no '// </generated>'");
            foreach (var l in content.TrimEnd('\n').Split('\n'))
            {
                sb.Append('\n');
                if (l.Length > 0) sb.Append(indent).Append(l);
            }
            i = end - 1;
        }
        foreach (var name in contents.Keys)
            if (!found.Contains(name)) throw new InvalidOperationException($"{path}: generated region '{name}' is missing");
        return sb.ToString();
    }
}
