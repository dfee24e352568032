using Weld.IsaGen;

namespace Weld.Tests.Isa;

/// <summary>The generated files in the repository are what the generator writes from the instruction table now.</summary>
public class GeneratedFilesTests
{
    private static string Root =>
        Generator.FindRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Weld.slnx not found above the test binaries");

    private static string Read(string relativePath) => Normalize(File.ReadAllText(Path.Combine(Root, relativePath)));

    // A checkout may turn line ends into CRLF; the generator writes LF.
    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    [Fact]
    public void EveryGeneratedFileIsUpToDate()
    {
        var stale = Generator.Generate(Root)
            .Where(f => !File.Exists(Path.Combine(Root, f.RelativePath)) || Read(f.RelativePath) != f.Content)
            .Select(f => f.RelativePath)
            .ToList();
        Assert.True(stale.Count == 0,
            $"out of date with {CodeWriter.TablePath}: {string.Join(", ", stale)}. Run: {CodeWriter.Command}");
    }

    [Fact]
    public void AChangedTableMakesTheFilesStale()
    {
        string table = Read(CodeWriter.TablePath);
        string changed = table.Replace("| x + y\n", "| x - y\n");
        Assert.NotEqual(table, changed);
        var files = Generator.Generate(changed, Read);
        var semantics = files.Single(f => f.RelativePath.EndsWith("NumericSemantics.g.cs", StringComparison.Ordinal));
        Assert.NotEqual(Read(semantics.RelativePath), semantics.Content);
        Assert.Contains("public static uint I32Add(uint x, uint y) => x - y;", semantics.Content);
    }

    [Fact]
    public void RegionsOutsideTheMarkersAreKept()
    {
        string text = "a\n    // <generated: numeric ops; see there>\n    old\n    // </generated>\nb\n";
        string result = Regions.Replace(text, "f.cs", new() { ["numeric ops"] = "X,\nY,\n" });
        Assert.Equal("a\n    // <generated: numeric ops; see there>\n    X,\n    Y,\n    // </generated>\nb\n", result);
        Assert.Throws<InvalidOperationException>(() => Regions.Replace("a\n", "f.cs", new() { ["numeric ops"] = "X" }));
    }

    [Theory]
    [InlineData(
        "i32.add | 0x6A | - | u32 u32 -> u32 | - | - | | x + y\ni32.sub | 0x6A | - | u32 u32 -> u32 | - | - | | x - y",
        "encoding also used by i32.add")]
    [InlineData("i32.add | 0x6A | - | u33 u32 -> u32 | - | - | | x + y", "unknown type 'u33'")]
    [InlineData("i32.add | 0x6A | - | u32 u32 -> u32 | - | - | inverse=i32.ne | x + y", "inverse i32.ne is not an instruction")]
    [InlineData("i32.clz | 0x67 | - | u32 -> u32 | - | - | | x + y", "the expression uses y, but there are 1 operands")]
    [InlineData("i32.load | 0x28 | memarg | i32 -> i32 | - | - | | -", "align is given exactly for memarg instructions")]
    [InlineData("v128.not | 0xFD 0x4D | - | v128 -> v128 | - | - | | ~x", "SIMD semantics must name a SimdOps method")]
    [InlineData("i32.add | 0x6A | - | u32 u32 -> u32 | - | - | fast | x + y", "unknown flag 'fast'")]
    public void TheTableIsChecked(string rows, string error)
    {
        var e = Assert.Throws<FormatException>(() => TableParser.Parse("prefix 0xFD 0x200 0x200 Simd\n" + rows));
        Assert.Contains(error, e.Message);
    }
}
