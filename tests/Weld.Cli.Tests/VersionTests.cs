namespace Weld.Cli.Tests;

/// <summary><c>weld --version</c> says which engines the binary has: both when JIT-hosted, the interpreter alone when
/// native (no dynamic code), where <c>--engine compiler</c> is refused with a clear message.</summary>
public sealed class VersionTests
{
    /// <summary>A native binary is an executable with no managed Weld.Cli.dll beside it (an apphost has one).</summary>
    private static bool Native => WeldProcess.Executable is { } exe &&
        !File.Exists(Path.Combine(Path.GetDirectoryName(exe)!, "Weld.Cli.dll"));

    [Fact]
    public void VersionListsTheEnginesOfThisBinary()
    {
        var r = WeldProcess.Run("--version");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("weld ", r.Stdout);
        Assert.Equal(Native ? ["interpreter"] : ["compiler", "interpreter"], WeldProcess.Engines);
    }

    [Fact]
    public void RunHelpNamesTheEnginesOfThisBinary()
    {
        var r = WeldProcess.Run("run", "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains(Native ? "this binary has: interpreter (default" : "this binary has: compiler (default), interpreter",
            r.Stdout.Replace("\n", " ").Replace("  ", " "));
    }

    [Fact]
    public void TheCompilerIsRefusedOnlyWhereItIsMissing()
    {
        var r = WeldProcess.Run("run", "--engine", "compiler", "examples/fib.wat", "--invoke", "fib", "10");
        if (Native)
        {
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("the IL compiler needs dynamic code", r.Stderr);
        }
        else
        {
            Assert.Equal(0, r.ExitCode);
            Assert.Equal("55\n", r.Stdout);
        }
    }
}
