using System.IO.Compression;
using System.Xml.Linq;

namespace Weld.Package.Tests;

/// <summary>
/// What NuGet users get: <c>dotnet pack</c> makes Weld, Weld.Wasi and the weld tool (with symbols and the metadata a
/// gallery shows); the tool installs from the packages and runs a WASI module; a console project that references the
/// two libraries restores, builds and runs from them.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class PackageTests(PackedFeed feed)
{
    private static readonly string Hello = Path.Combine(Dotnet.RepoRoot, "examples", "wasi", "hello.wasm");

    [Fact]
    public void PackMakesTheThreePackagesWithSymbols()
    {
        var files = Directory.GetFiles(feed.Feed).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        // The tool: a small package pointing at one package per platform (ReadyToRun code) and "any" (plain IL) for
        // the others; symbols for each package with code.
        string[] toolRids = ["any", "linux-arm64", "linux-x64", "osx-arm64", "osx-x64", "win-x64"];
        string[] expected =
        [
            "Weld.0.1.0.nupkg", "Weld.0.1.0.snupkg", "Weld.Cli.0.1.0.nupkg",
            .. toolRids.SelectMany(rid => new[] { $"Weld.Cli.{rid}.0.1.0.nupkg", $"Weld.Cli.{rid}.0.1.0.snupkg" }),
            "Weld.Wasi.0.1.0.nupkg", "Weld.Wasi.0.1.0.snupkg",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void TheToolPackageForThisPlatformHoldsReadyToRunCode()
    {
        string rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        using var zip = ZipFile.OpenRead(Path.Combine(feed.Feed, $"Weld.Cli.{rid}.{PackedFeed.Version}.nupkg"));
        foreach (var assembly in new[] { "Weld.dll", "Weld.Wasi.dll", "Weld.Cli.dll" })
        {
            using var stream = new MemoryStream();
            using (var entry = zip.GetEntry($"tools/net10.0/{rid}/{assembly}")!.Open()) entry.CopyTo(stream);
            stream.Position = 0;
            using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
            // A ReadyToRun image has a managed native header; a plain IL one has none.
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{assembly} is not ReadyToRun");
        }
    }

    [Theory]
    [InlineData("Weld", "lib/net10.0/Weld.xml")]
    [InlineData("Weld.Wasi", "lib/net10.0/Weld.Wasi.xml")]
    [InlineData("Weld.Cli", "tools/any/any/DotnetToolSettings.xml")]
    [InlineData("Weld.Cli.any", "tools/net10.0/any/DotnetToolSettings.xml")]
    public void EveryPackageHasItsMetadataReadmeAndLicense(string id, string expectedFile)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(feed.Feed, $"{id}.{PackedFeed.Version}.nupkg"));
        Assert.NotNull(zip.GetEntry(expectedFile));
        Assert.NotNull(zip.GetEntry("README.md"));
        Assert.NotNull(zip.GetEntry("LICENSE"));
        using var nuspec = zip.GetEntry($"{id}.nuspec")!.Open();
        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Get(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        Assert.Equal("MIT", Get("license"));
        Assert.Equal("README.md", Get("readme"));
        Assert.Contains("WebAssembly", Get("description"), StringComparison.Ordinal);
        Assert.Contains("wasm", Get("tags"), StringComparison.Ordinal);
    }

    [Fact]
    public void TheToolInstallsFromThePackagesAndRunsAModule()
    {
        string tools = Path.Combine(feed.Root, "tools");
        var install = feed.Run(feed.Root, "dotnet", "tool", "install", "--tool-path", tools, "--configfile", feed.Config,
            "--add-source", feed.Feed, "--version", PackedFeed.Version, "Weld.Cli");
        Assert.True(install.ExitCode == 0, install.Output);

        var run = feed.Run(Dotnet.RepoRoot, Path.Combine(tools, "weld"), "run", Hello);
        Assert.Equal((0, "Hello, world!\n"), (run.ExitCode, run.Output));
        var version = feed.Run(feed.Root, Path.Combine(tools, "weld"), "--version");
        Assert.Contains("engines: compiler (default), interpreter", version.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AConsoleProjectRunsAModuleThroughThePackages()
    {
        string app = feed.CreateConsoleProject("App");
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using Weld;
            using Weld.Wasi;

            var engine = new Engine();
            using var store = new Store(engine);
            using var wasi = new WasiContext(new WasiConfiguration { Stdout = WasiStdio.Inherit });
            var linker = new Linker(engine);
            wasi.AddToLinker(linker);
            var instance = linker.Instantiate(store, Module.FromFile(engine, args[0]));
            instance.GetFunction("_start")!.Invoke();
            Console.WriteLine(engine.Backend);
            """);
        var run = feed.Run(app, "dotnet", "run", "--", Hello);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.EndsWith("Hello, world!\nCompiler\n", run.Output, StringComparison.Ordinal);
    }
}
