using System.Diagnostics;

namespace Weld.Wasi.Tests;

/// <summary>The C programs of tests/wasi-threads (pthread-style: thread-spawn, TLS, futex joins and mutexes), run
/// through the public API on both back ends.</summary>
public class ThreadsProgramTests
{
    public static TheoryData<Backend> Backends => [Backend.Interpreter, Backend.Compiler];

    [Theory]
    [MemberData(nameof(Backends))]
    public void Atomic_and_mutex_counters_of_16_threads_add_up_and_each_thread_has_its_own_tls(Backend backend)
    {
        using var program = ThreadsProgram.FromFile(backend, "counter");
        Assert.Equal(0, program.Run());
        Assert.Equal("atomic 320000\nlocked 320000\ntls ok\n", program.Stdout);
        Assert.True(program.AllThreadsStop());
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Threads_printing_at_once_each_get_every_line_out_whole_and_once(Backend backend)
    {
        using var program = ThreadsProgram.FromFile(backend, "chatter");
        Assert.Equal(0, program.Run());
        var lines = program.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("done", lines[^1]);
        var expected = from t in Enumerable.Range(0, 8) from l in Enumerable.Range(0, 25) select $"thread {t} line {l:00}";
        Assert.Equal(expected.Order(), lines[..^1].Order());
        // Each thread's own lines keep their order.
        for (int t = 0; t < 8; t++)
            Assert.Equal(Enumerable.Range(0, 25).Select(l => $"thread {t} line {l:00}"), lines.Where(l => l.StartsWith($"thread {t} ")));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Two_hundred_threads_in_waves_get_distinct_ids_and_sum_right(Backend backend)
    {
        using var program = ThreadsProgram.FromFile(backend, "many");
        Assert.Equal(0, program.Run());
        Assert.Equal("total 20000100000\ndistinct tids 200\n", program.Stdout);
        Assert.True(program.AllThreadsStop());
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Proc_exit_in_a_thread_ends_the_program_with_its_code_while_main_sleeps(Backend backend)
    {
        using var program = ThreadsProgram.FromFile(backend, "exit_in_thread");
        var clock = Stopwatch.StartNew();
        Assert.Equal(7, program.Run());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}: the main thread's 60 s sleep was not cut short");
        Assert.Equal("thread exits\n", program.Stdout);   // the woken main thread printed nothing more
        Assert.Equal(7, program.Wasi.ExitCode);
        Assert.True(program.AllThreadsStop(), "the thread waiting forever on a futex was not stopped");
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_trap_in_a_thread_ends_the_program_with_that_trap(Backend backend)
    {
        using var program = ThreadsProgram.FromFile(backend, "trap_in_thread");
        var trap = Assert.Throws<TrapException>(() => program.Run());
        Assert.Equal(TrapCode.UninitializedElement, trap.Code);
        Assert.Contains(trap.WasmBacktrace, frame => frame.ToString().Contains("wasi_thread_start"));
        Assert.Equal("thread crashes\n", program.Stdout);   // never "joined": main was stopped in its join
        Assert.True(program.AllThreadsStop());
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void The_program_ends_when_main_returns_and_its_running_threads_are_stopped(Backend backend)
    {
        using var program = ThreadsProgram.FromFile(backend, "main_returns");
        Assert.Equal(0, program.Run());
        Assert.Equal("main returns\n", program.Stdout);
        Assert.True(program.AllThreadsStop(), "a spinning or futex-waiting thread outlived the program");
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void An_epoch_deadline_given_to_every_thread_store_stops_a_program_that_never_ends(Backend backend)
    {
        using var program = ThreadsProgram.FromFile(backend, "hang", store => store.SetEpochDeadline(1));
        using var tick = new Timer(_ => program.Engine.IncrementEpoch(), null, 300, Timeout.Infinite);
        var trap = Assert.Throws<TrapException>(() => program.Run());
        Assert.Equal(TrapCode.Interrupted, trap.Code);
        Assert.Equal("started\n", program.Stdout);
        Assert.True(program.AllThreadsStop());
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Disposing_the_context_stops_the_threads_of_a_program_still_running(Backend backend)
    {
        var program = ThreadsProgram.FromFile(backend, "hang");
        Exception? ended = null;
        var main = new Thread(() => ended = Record.Exception(() => program.Run())) { IsBackground = true };
        main.Start();
        var clock = Stopwatch.StartNew();
        while (!program.Stdout.Contains("started") && clock.Elapsed < TimeSpan.FromSeconds(20)) Thread.Sleep(10);
        Assert.Equal(2, program.Wasi.RunningThreads);
        program.Wasi.Dispose();
        Assert.True(main.Join(TimeSpan.FromSeconds(20)), "the main thread was not stopped");
        Assert.Equal(TrapCode.Interrupted, Assert.IsType<TrapException>(ended).Code);
        Assert.True(program.AllThreadsStop());
        program.Store.Dispose();
    }
}
