using Weld.IsaGen;
using Weld.IsaGen.Api;

namespace Weld.Tests.Api;

/// <summary>The typed API's per-arity files in the repository are what the generator writes now, and they cover the
/// arities the generator promises.</summary>
public class TypedApiFilesTests
{
    private static string Root =>
        Generator.FindRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Weld.slnx not found above the test binaries");

    // A checkout may turn line ends into CRLF; the generator writes LF.
    private static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath)).Replace("\r\n", "\n");

    [Fact]
    public void EveryGeneratedFileIsUpToDate()
    {
        var stale = TypedApiGenerator.Generate()
            .Where(f => !File.Exists(Path.Combine(Root, f.RelativePath)) || Read(f.RelativePath) != f.Content)
            .Select(f => f.RelativePath)
            .ToList();
        Assert.True(stale.Count == 0, $"out of date with {TypedApiGenerator.Source}: {string.Join(", ", stale)}. Run: {CodeWriter.Command}");
    }

    [Fact]
    public void ThePublicOverloadsCoverEveryArity()
    {
        int Count(Type t, string name) => t.GetMethods().Count(m => m.Name == name);
        // Without a Caller 0..16 parameters, with one 0..15; each with and without a result.
        Assert.Equal(2 * 17 + 2 * 16, Count(typeof(HostFunction), nameof(HostFunction.FromDelegate)));
        Assert.Equal(2 * 17 + 2 * 16, Count(typeof(Function), nameof(Function.FromDelegate)));
        Assert.Equal(1 + 2 * 17 + 2 * 16, Count(typeof(Linker), nameof(Linker.DefineFunction)));
        Assert.Equal(1 + 17, Count(typeof(Instance), nameof(Instance.GetFunction)));
        Assert.Equal(17, Count(typeof(Instance), nameof(Instance.GetAction)));
        Assert.Equal(17, Count(typeof(Function), nameof(Function.AsFunc)));
        Assert.Equal(17, Count(typeof(Function), nameof(Function.AsAction)));
    }
}
