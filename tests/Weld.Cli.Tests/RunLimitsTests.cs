namespace Weld.Cli.Tests;

/// <summary><c>weld run --fuel N</c> and <c>--timeout DURATION</c> end a runaway module with one line on stderr and a
/// non-zero exit code, on both back ends; a module that finishes within its limits runs normally.</summary>
public sealed class RunLimitsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("weld-cli-limits-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Runaway() => Write("spin.wat", """
        (module
          (func $noop)
          (func (export "spin") (loop $l (call $noop) (br $l)))
          (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
        """);

    /// <summary>Both back ends from the JIT-hosted CLI; the interpreter alone from a native binary (WELD_CLI).</summary>
    public static TheoryData<string> Engines => new(WeldProcess.Engines);

    [Theory, MemberData(nameof(Engines))]
    public void FuelEndsARunawayModule(string engine)
    {
        var r = WeldProcess.Run("run", "--engine", engine, "--fuel", "100000", Runaway(), "--invoke", "spin");
        Assert.Equal(134, r.ExitCode);
        Assert.Equal("error: all fuel consumed (--fuel 100000)\n", r.Stderr);
    }

    [Theory, MemberData(nameof(Engines))]
    public void TimeoutEndsARunawayModule(string engine)
    {
        var r = WeldProcess.Run("run", "--engine", engine, "--timeout", "100ms", Runaway(), "--invoke", "spin");
        Assert.Equal(124, r.ExitCode);
        Assert.Equal("error: timed out after 100ms (--timeout)\n", r.Stderr);
    }

    [Theory, MemberData(nameof(Engines))]
    public void TimeoutStopsAStartFunction(string engine)
    {
        var file = Write("start.wat", """(module (func $spin (loop $l (br $l))) (start $spin))""");
        var r = WeldProcess.Run("run", "--engine", engine, "--timeout", "0.2s", file);
        Assert.Equal(124, r.ExitCode);
        Assert.Equal("error: timed out after 0.2s (--timeout)\n", r.Stderr);
    }

    [Theory, MemberData(nameof(Engines))]
    public void AModuleWithinItsLimitsRunsNormally(string engine)
    {
        var r = WeldProcess.Run("run", "--engine", engine, "--fuel", "1000", "--timeout", "2s", Runaway(), "--invoke", "add", "2", "3");
        Assert.Equal("", r.Stderr);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("5\n", r.Stdout);
    }

    [Fact]
    public void ABadDurationIsAnError()
    {
        var r = WeldProcess.Run("run", "--timeout", "soon", Runaway(), "--invoke", "spin");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("--timeout expects a duration", r.Stderr);
    }
}
