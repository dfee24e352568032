namespace Weld.Cli.Tests;

/// <summary>The README's API example must be the code of examples/Embedding, which the solution compiles and runs.</summary>
public class ReadmeTests
{
    [Fact]
    public void TheReadmeExampleIsTheEmbeddingExample()
    {
        var readme = File.ReadAllText(Path.Combine(WeldProcess.RepoRoot, "README.md")).ReplaceLineEndings("\n");
        int start = readme.IndexOf("```csharp\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no csharp example");
        start += "```csharp\n".Length;
        var block = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        var program = File.ReadAllText(Path.Combine(WeldProcess.RepoRoot, "examples", "Embedding", "Program.cs")).ReplaceLineEndings("\n");
        int at = 0;
        foreach (var line in block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            int found = program.IndexOf(line, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"README line not in examples/Embedding/Program.cs (in order): {line}");
            at = found + line.Length;
        }
    }

    [Fact]
    public void TheEmbeddingExampleRuns()
    {
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Embedding.dll"));
        using var p = System.Diagnostics.Process.Start(psi)!;
        string output = p.StandardOutput.ReadToEnd().ReplaceLineEndings("\n");
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
        Assert.Equal("import \"env\" \"log\" (func (param i32))\nlog 2\n5\n42\n", output);
    }
}
