namespace Weld.Cli.Tests;

/// <summary><c>weld run --fuel N</c> and <c>--timeout DURATION</c> end a runaway module with one line on stderr and a
/// non-zero exit code, on both back ends; a module that finishes within its limits runs normally. <c>--max-memory</c>
/// and <c>--gc-budget</c> cap what it allocates.</summary>
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

    private string Grower() => Write("grow.wat", """
        (module
          (memory 1)
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
        """);

    // Builds a list of N nodes, all alive until the function returns.
    private string ListBuilder() => Write("list.wat", """
        (module
          (type $node (struct (field i32) (field (ref null $node))))
          (func (export "build") (param i32) (result i32)
            (local $list (ref null $node))
            (loop $l
              (local.set $list (struct.new $node (local.get 0) (local.get $list)))
              (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
            (i32.const 7)))
        """);

    [Theory, MemberData(nameof(Engines))]
    public void MaxMemoryCapsMemoryGrow(string engine)
    {
        // 128 KiB holds the first page and one more: growing by one succeeds, by two more fails with -1.
        var within = WeldProcess.Run("run", "--engine", engine, "--max-memory", "128KiB", Grower(), "--invoke", "grow", "1");
        Assert.Equal((0, "1\n", ""), (within.ExitCode, within.Stdout, within.Stderr));
        var past = WeldProcess.Run("run", "--engine", engine, "--max-memory", "128K", Grower(), "--invoke", "grow", "2");
        Assert.Equal((0, "-1\n", ""), (past.ExitCode, past.Stdout, past.Stderr));
    }

    [Theory, MemberData(nameof(Engines))]
    public void MaxMemoryBelowTheFirstPageRefusesTheModule(string engine)
    {
        var r = WeldProcess.Run("run", "--engine", engine, "--max-memory", "32768", Grower(), "--invoke", "grow", "0");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("error: store limit exceeded: StoreLimits.MemoryBytes is 32768, and this would make 65536 bytes of memory\n", r.Stderr);
    }

    [Theory, MemberData(nameof(Engines))]
    public void GcBudgetEndsAModuleThatKeepsAllocating(string engine)
    {
        var r = WeldProcess.Run("run", "--engine", engine, "--gc-budget", "1MiB", ListBuilder(), "--invoke", "build", "100000000");
        Assert.Equal(134, r.ExitCode);
        Assert.Equal("error: GC allocation budget exhausted (--gc-budget 1MiB)\n", r.Stderr);
        var within = WeldProcess.Run("run", "--engine", engine, "--gc-budget", "1MiB", ListBuilder(), "--invoke", "build", "1000");
        Assert.Equal((0, "7\n", ""), (within.ExitCode, within.Stdout, within.Stderr));
    }

    [Theory]
    [InlineData("--max-memory", "lots")]
    [InlineData("--gc-budget", "12Q")]
    [InlineData("--gc-budget", "99999999999999999999G")]
    public void ABadSizeIsAnError(string option, string size)
    {
        var r = WeldProcess.Run("run", option, size, Grower(), "--invoke", "grow", "0");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"{option} expects a size in bytes", r.Stderr);
    }
}
