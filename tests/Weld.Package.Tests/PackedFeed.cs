namespace Weld.Package.Tests;

/// <summary>
/// A temporary folder holding what <c>dotnet pack</c> makes of the solution (the feed), a NuGet.Config whose only
/// source is that feed (the packages need nothing else, so nothing is taken from anywhere else), and a package cache.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public const string Version = "0.1.0";

    public string Root { get; } = Directory.CreateTempSubdirectory("weld-pack-").FullName;
    public string Feed => Path.Combine(Root, "feed");
    public string Packages => Path.Combine(Root, "packages");
    public string Config => Path.Combine(Root, "NuGet.Config");
    public string PackOutput { get; }

    public PackedFeed()
    {
        // Empty MSBuild files here stop a project under Root from picking up any found further up.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="weld" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        // The libraries from the solution's build; the tool with a build of its own, because its packages for each
        // platform are ReadyToRun publishes that the solution's build does not make.
        PackOutput = "";
        foreach (var (project, build) in new[] { ("src/Weld", false), ("src/Weld.Wasi", false), ("src/Weld.Cli", true) })
        {
            string[] args = ["pack", project, "-c", Dotnet.Configuration, "-o", Feed, .. build ? Array.Empty<string>() : ["--no-build"]];
            var pack = Run(Dotnet.RepoRoot, "dotnet", args);
            PackOutput += pack.Output;
            if (pack.ExitCode != 0) throw new InvalidOperationException($"dotnet pack {project} failed:\n" + pack.Output);
        }
    }

    /// <summary>A fresh console project named <paramref name="name"/> under <see cref="Root"/>, with the template's
    /// defaults (implicit usings, nullable), referencing the Weld and Weld.Wasi packages; returns its folder.</summary>
    public string CreateConsoleProject(string name)
    {
        string dir = Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Weld" Version="{Version}" />
                <PackageReference Include="Weld.Wasi" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        return dir;
    }

    internal Dotnet.Result Run(string workingDirectory, string file, params string[] args) =>
        Dotnet.Run(Packages, workingDirectory, file, args);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
