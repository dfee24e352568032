using System.Diagnostics;

namespace Weld.Cli.Tests;

/// <summary><c>weld run</c> on the wasi-threads programs of tests/wasi-threads (C, pthread-style), with no extra flag,
/// on both back ends: output and exit code as the program means them, the whole program ended by a thread's exit or
/// trap or by main returning, and <c>--timeout</c> / <c>--fuel</c> stopping every thread.</summary>
public class ThreadsRunTests
{
    public static TheoryData<string> Engines => new(WeldProcess.Engines);

    private static readonly string Folder = Path.Combine(WeldProcess.RepoRoot, "tests", "wasi-threads");

    private static (WeldProcess.Result Result, TimeSpan Took) Run(string engine, string program, params string[] options)
    {
        var clock = Stopwatch.StartNew();
        var r = WeldProcess.Run(["run", "--engine", engine, .. options, Path.Combine(Folder, program + ".wasm")]);
        return (r, clock.Elapsed);
    }

    [Theory, MemberData(nameof(Engines))]
    public void Counters_of_sixteen_threads_add_up(string engine)
    {
        var (r, _) = Run(engine, "counter");
        Assert.Equal("", r.Stderr);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("atomic 320000\nlocked 320000\ntls ok\n", r.Stdout);
    }

    [Theory, MemberData(nameof(Engines))]
    public void Threads_printing_at_once_to_the_console_lose_and_tear_no_line(string engine)
    {
        var (r, _) = Run(engine, "chatter");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("done", lines[^1]);
        var expected = from t in Enumerable.Range(0, 8) from l in Enumerable.Range(0, 25) select $"thread {t} line {l:00}";
        Assert.Equal(expected.Order(), lines[..^1].Order());
    }

    [Theory, MemberData(nameof(Engines))]
    public void Two_hundred_threads_run_and_join(string engine)
    {
        var (r, _) = Run(engine, "many");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("total 20000100000\ndistinct tids 200\n", r.Stdout);
    }

    [Theory, MemberData(nameof(Engines))]
    public void Exit_in_a_thread_is_the_exit_code_of_the_program(string engine)
    {
        var (r, took) = Run(engine, "exit_in_thread");
        Assert.Equal(7, r.ExitCode);
        Assert.Equal("thread exits\n", r.Stdout);
        Assert.Equal("", r.Stderr);
        Assert.True(took < TimeSpan.FromSeconds(30), $"took {took}: the main thread's 60 s sleep kept the program alive");
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_trap_in_a_thread_is_reported_and_ends_the_program(string engine)
    {
        var (r, _) = Run(engine, "trap_in_thread");
        Assert.Equal(134, r.ExitCode);
        Assert.Equal("thread crashes\n", r.Stdout);
        Assert.StartsWith("error: wasm trap: uninitialized element 0\n", r.Stderr);
        Assert.Contains("at wasi_thread_start", r.Stderr);
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_program_ends_when_main_returns_though_threads_still_run(string engine)
    {
        var (r, took) = Run(engine, "main_returns");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("main returns\n", r.Stdout);
        Assert.True(took < TimeSpan.FromSeconds(30), $"took {took}");
    }

    [Theory, MemberData(nameof(Engines))]
    public void Timeout_stops_every_thread(string engine)
    {
        var (r, took) = Run(engine, "hang", "--timeout", "2s");
        Assert.Equal(124, r.ExitCode);
        Assert.Equal("started\n", r.Stdout);
        Assert.Equal("error: timed out after 2s (--timeout)\n", r.Stderr);
        Assert.True(took < TimeSpan.FromSeconds(30), $"took {took}");
    }

    [Theory, MemberData(nameof(Engines))]
    public void Fuel_runs_out_in_a_spinning_thread(string engine)
    {
        var (r, _) = Run(engine, "hang", "--fuel", "2000000");
        Assert.Equal(134, r.ExitCode);
        Assert.Equal("error: all fuel consumed (--fuel 2000000)\n", r.Stderr);
    }
}
