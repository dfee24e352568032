using System.Diagnostics;
using System.Reflection;

namespace Weld.Package.Tests;

/// <summary>Runs <c>dotnet</c> (or a tool it installed) as a process, with NuGet's caches in the test's own folder.</summary>
internal static class Dotnet
{
    public sealed record Result(int ExitCode, string Output);

    public static string RepoRoot { get; } = FindRoot();

    /// <summary>The configuration these tests were built in, whose build output the packages are made from.</summary>
    public static string Configuration { get; } = typeof(Dotnet).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "Configuration").Value!;

    public static Result Run(string packages, string workingDirectory, string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        // A package folder of its own: the global one would keep a stale Weld 0.1.0 from an earlier run.
        psi.Environment["NUGET_PACKAGES"] = packages;
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish");
        }
        return new Result(p.ExitCode, (stdout.Result + stderr.Result).ReplaceLineEndings("\n"));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Weld.slnx"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }
}
