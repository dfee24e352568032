using System.Text;
using System.Text.RegularExpressions;

namespace Weld.Package.Tests;

/// <summary>
/// Every C# snippet of the README files and <c>docs/</c> compiles in a fresh console project with the template's
/// default settings (implicit usings, nullable) that references the Weld packages: what a new user pastes must build.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed partial class DocSnippetTests(PackedFeed feed)
{
    // Names a snippet may use without declaring them, because the text around it has introduced them. Fields, so that
    // a snippet that declares one of them shadows it.
    private const string Ambient = """
        static readonly Engine engine = new();
        static readonly Store store = new(engine);
        static readonly Module module = Module.FromText(engine, "(module)");
        static readonly Instance libInstance = Instance.Create(store, module, []);
        static readonly Extern[] externs = [];
        static readonly Memory memory = new(store, new MemoryType(1, 1));
        static readonly Linker linker = new(engine);
        static readonly Function f = Function.FromDelegate(store, () => { });
        static readonly CancellationToken cancellationToken = CancellationToken.None;
        static readonly WasiContext wasi = new(new WasiConfiguration());
        """;

    [Fact]
    public void EverySnippetOfTheDocsCompilesInAFreshProject()
    {
        var snippets = FindSnippets().ToList();
        Assert.True(snippets.Count >= 10, $"only {snippets.Count} snippets found");

        string app = feed.CreateConsoleProject("Snippets");
        File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(\"snippets\");\n");
        for (int i = 0; i < snippets.Count; i++)
            File.WriteAllText(Path.Combine(app, $"Snippet{i}.cs"), Wrap(snippets[i], i));

        var build = feed.Run(app, "dotnet", "build", "--configfile", feed.Config);
        string where = string.Join("\n", snippets.Select((s, i) => $"Snippet{i}.cs: {s.Source}"));
        Assert.True(build.ExitCode == 0, build.Output + "\n" + where);
    }

    private sealed record Snippet(string Source, string Code);

    private static IEnumerable<Snippet> FindSnippets()
    {
        var docs = new[] { "README.md" }
            .Concat(Directory.GetFiles(Path.Combine(Dotnet.RepoRoot, "docs"), "*.md").Select(p => Path.GetRelativePath(Dotnet.RepoRoot, p)))
            .Concat(Directory.GetFiles(Path.Combine(Dotnet.RepoRoot, "src"), "README.md", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(Dotnet.RepoRoot, p)))
            .Order(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            var lines = File.ReadAllLines(Path.Combine(Dotnet.RepoRoot, doc));
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() != "```csharp") continue;
                int start = i + 1;
                while (++i < lines.Length && lines[i].Trim() != "```") { }
                yield return new Snippet($"{doc}:{start + 1}", string.Join('\n', lines[start..i]));
            }
        }
    }

    /// <summary>A snippet as the body of a method of its own; its <c>using</c> directives go to the file's top.</summary>
    private static string Wrap(Snippet snippet, int index)
    {
        var usings = new StringBuilder("using Weld;\nusing Weld.Wasi;\n");
        var body = new StringBuilder();
        foreach (var line in snippet.Code.Split('\n'))
        {
            if (line.Trim() is "using Weld;" or "using Weld.Wasi;") continue;
            if (UsingDirective().IsMatch(line)) usings.Append(line).Append('\n');
            else body.Append("        ").Append(line).Append('\n');
        }
        return $$"""
            // {{snippet.Source}}
            {{usings}}
            #pragma warning disable CS0219, CS0168, CS8321 // a snippet may declare what it does not use
            internal static class Snippet{{index}}
            {
            {{Ambient}}

                internal static void Run(string[] args)
                {
            {{body}}
                }
            }
            """;
    }

    [GeneratedRegex(@"^using\s+(static\s+)?[\w.]+(\s*=\s*[\w.<>]+)?;\s*$")]
    private static partial Regex UsingDirective();
}
