using System.Diagnostics;

namespace Weld.Cli.Tests;

/// <summary>
/// Runs the built <c>weld</c> CLI as a process and captures its output: <c>dotnet Weld.Cli.dll</c> from the tests'
/// output folder, or the executable that <c>WELD_CLI</c> names (the native binary: scripts/test-native.sh).
/// </summary>
internal static class WeldProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static string RepoRoot { get; } = FindRoot();

    /// <summary>The executable under test when it is not the built dll (<c>WELD_CLI=/path/to/weld</c>).</summary>
    public static string? Executable { get; } = Environment.GetEnvironmentVariable("WELD_CLI") is { Length: > 0 } path
        ? Path.GetFullPath(path)
        : null;

    /// <summary>The engines the binary under test has, as its <c>--version</c> lists them (the default first).</summary>
    public static IReadOnlyList<string> Engines => s_engines.Value;

    private static readonly Lazy<string[]> s_engines = new(() =>
    {
        var line = Run("--version").Stdout.Split('\n').Single(l => l.StartsWith("engines: ", StringComparison.Ordinal));
        return line["engines: ".Length..].Split(", ").Select(e => e.Split(' ')[0]).ToArray();
    });

    public static Result Run(params string[] args) => RunIn(RepoRoot, args);

    public static Result RunIn(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo(Executable ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (Executable is null) psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Weld.Cli.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"weld {string.Join(' ', args)} did not finish");
        }
        return new Result(p.ExitCode, stdout.Result.ReplaceLineEndings("\n"), stderr.Result.ReplaceLineEndings("\n"));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Weld.slnx"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }
}
