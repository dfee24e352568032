using System.Diagnostics;
using Weld.Tests.Support;
using Xunit.Abstractions;

namespace Weld.Tests.Execution;

/// <summary>Interruption: an infinite loop, with or without calls, stops on an epoch deadline, a cancellation
/// token, the timeout helper or Dispose from another thread, on both back ends; the store stays usable (except
/// after Dispose). The latency figures (signal to trap, 20 tries) are printed; the issue asks for a median under
/// 10 ms, asserted with a generous bound for a loaded machine.</summary>
public class InterruptionTests(ITestOutputHelper output)
{
    private const int Tries = 20;
    private const double GenerousMedianMs = 100;

    // "started" tells the host that the loop is about to run, so latency is measured from a signal sent while it runs.
    private const string Wat = """
        (module
          (import "env" "started" (func $started))
          (func $noop)
          (func (export "spin") (call $started) (loop $l (br $l)))
          (func (export "spin_calls") (call $started) (loop $l (call $noop) (br $l)))
          (func $recurse (param i32) (result i32)
            (if (result i32) (local.get 0)
              (then (call $recurse (i32.sub (local.get 0) (i32.const 1))))
              (else (i32.const 0))))
          (func (export "deep_calls") (call $started)
            (loop $l (drop (call $recurse (i32.const 50))) (br $l)))
          (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
        """;

    public static TheoryData<Backend, string> Loops()
    {
        var data = new TheoryData<Backend, string>();
        foreach (Backend b in Engines.All)
            foreach (var loop in new[] { "spin", "spin_calls", "deep_calls" }) data.Add(b, loop);
        return data;
    }

    private sealed class Guest
    {
        public required Engine Engine;
        public required Store Store;
        public required Instance Instance;
        public readonly SemaphoreSlim Started = new(0);
    }

    private static Guest Create(Backend backend, bool fuel = false)
    {
        var engine = new Engine(new EngineOptions { Backend = backend, ConsumeFuel = fuel });
        var store = new Store(engine);
        var guest = new Guest { Engine = engine, Store = store, Instance = null! };
        var startedFn = Function.FromDelegate(store, () => { guest.Started.Release(); });
        guest.Instance = Instance.Create(store, Module.FromText(engine, Wat), [startedFn]);
        return guest;
    }

    /// <summary>Runs <paramref name="loop"/> on another thread, calls <paramref name="signal"/> once it runs, and
    /// returns the milliseconds from the signal to the trap (which must say "interrupted").</summary>
    private static double Interrupt(Guest g, string loop, Action signal, Func<Function, Value[]>? call = null)
    {
        var f = g.Instance.GetFunction(loop)!;
        call ??= fn => fn.Invoke();
        var clock = new Stopwatch();
        var run = Task.Factory.StartNew(() =>
        {
            var e = Assert.Throws<TrapException>(() => call(f));
            clock.Stop();
            return e;
        }, TaskCreationOptions.LongRunning);
        Assert.True(g.Started.Wait(TimeSpan.FromSeconds(30)), "the loop never started");
        Thread.Sleep(1); // well inside the loop
        clock.Start();
        signal();
        Assert.True(run.Wait(TimeSpan.FromSeconds(30)), "the loop was not interrupted");
        var trap = run.Result;
        Assert.Equal(TrapCode.Interrupted, trap.Code);
        Assert.Equal("interrupted", trap.Message);
        return clock.Elapsed.TotalMilliseconds;
    }

    private void Report(string what, List<double> ms)
    {
        ms.Sort();
        double median = ms[ms.Count / 2];
        output.WriteLine($"{what}: median {median:F3} ms, max {ms[^1]:F3} ms over {ms.Count} tries");
        Assert.True(median < GenerousMedianMs, $"{what}: median latency {median:F1} ms");
    }

    private static void AssertUsable(Guest g) => Assert.Equal(5, g.Instance.GetFunction<int, int, int>("add")!(2, 3));

    [Theory, MemberData(nameof(Loops))]
    public void EpochDeadlineInterrupts(Backend backend, string loop)
    {
        var g = Create(backend);
        using var _ = g.Store;
        var ms = new List<double>();
        for (int i = 0; i < Tries; i++)
        {
            g.Store.SetEpochDeadline(1);
            ms.Add(Interrupt(g, loop, g.Engine.IncrementEpoch));
            // The deadline stays reached until a new one is set.
            Assert.Equal(TrapCode.Interrupted, Assert.Throws<TrapException>(() => AssertUsable(g)).Code);
            g.Store.SetEpochDeadline(1000);
            AssertUsable(g);
        }
        Report($"{backend} {loop} epoch", ms);
    }

    [Theory, MemberData(nameof(Loops))]
    public void CancellationTokenInterrupts(Backend backend, string loop)
    {
        var g = Create(backend);
        using var _ = g.Store;
        var ms = new List<double>();
        for (int i = 0; i < Tries; i++)
        {
            using var cts = new CancellationTokenSource();
            ms.Add(Interrupt(g, loop, cts.Cancel, f => f.Invoke([], cts.Token)));
            AssertUsable(g);
        }
        Report($"{backend} {loop} token", ms);
    }

    [Theory, MemberData(nameof(Loops))]
    public void TimeoutHelperInterrupts(Backend backend, string loop)
    {
        var g = Create(backend);
        using var _ = g.Store;
        var overshoot = new List<double>();
        var f = g.Instance.GetFunction(loop)!;
        for (int i = 0; i < Tries; i++)
        {
            var clock = Stopwatch.StartNew();
            var e = Assert.Throws<TrapException>(() => f.Invoke([], TimeSpan.FromMilliseconds(20)));
            overshoot.Add(clock.Elapsed.TotalMilliseconds - 20);
            Assert.Equal(TrapCode.Interrupted, e.Code);
            AssertUsable(g);
        }
        Report($"{backend} {loop} timeout (time beyond 20 ms)", overshoot);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ManyCallsWithLongTimeoutsLeaveShortOnesWorking(Backend backend)
    {
        var g = Create(backend);
        using var _ = g.Store;
        var add = g.Instance.GetFunction("add")!;
        for (int i = 0; i < 2000; i++) Assert.Equal(Value.I32(5), add.Invoke([Value.I32(2), Value.I32(3)], TimeSpan.FromHours(1))[0]);
        var e = Assert.Throws<TrapException>(() => g.Instance.GetFunction("spin_calls")!.Invoke([], TimeSpan.FromMilliseconds(20)));
        Assert.Equal(TrapCode.Interrupted, e.Code);
        AssertUsable(g);
    }

    [Theory, MemberData(nameof(Loops))]
    public void DisposeFromAnotherThreadInterrupts(Backend backend, string loop)
    {
        var ms = new List<double>();
        for (int i = 0; i < Tries; i++)
        {
            var g = Create(backend); // a module without memory: nothing is unmapped under the running code
            ms.Add(Interrupt(g, loop, g.Store.Dispose));
        }
        Report($"{backend} {loop} dispose", ms);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ACancelledTokenInterruptsBeforeAnyLoopRuns(Backend backend)
    {
        var g = Create(backend);
        using var _ = g.Store;
        var e = Assert.Throws<TrapException>(() => g.Instance.GetFunction("spin")!.Invoke([], new CancellationToken(true)));
        Assert.Equal(TrapCode.Interrupted, e.Code);
        Assert.Equal(0, g.Started.CurrentCount); // trapped at the function's entry, before the import was called
        AssertUsable(g);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ADeadlineOfZeroInterruptsAtTheNextCheck(Backend backend)
    {
        var g = Create(backend);
        using var _ = g.Store;
        g.Store.SetEpochDeadline(0);
        Assert.Equal(TrapCode.Interrupted, Assert.Throws<TrapException>(() => AssertUsable(g)).Code);
        g.Store.SetEpochDeadline(5);
        for (int i = 0; i < 4; i++) g.Engine.IncrementEpoch();
        AssertUsable(g);
        g.Engine.IncrementEpoch();
        Assert.Equal(TrapCode.Interrupted, Assert.Throws<TrapException>(() => AssertUsable(g)).Code);
        Assert.Equal(5ul, g.Engine.CurrentEpoch);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void InterruptionWorksWithFuelOn(Backend backend)
    {
        var g = Create(backend, fuel: true);
        using var _ = g.Store;
        g.Store.Fuel = ulong.MaxValue;
        using var cts = new CancellationTokenSource();
        Interrupt(g, "spin_calls", cts.Cancel, f => f.Invoke([], cts.Token));
        g.Store.Fuel = 100;
        AssertUsable(g);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AnInnerCallsTokenDoesNotOutliveItsCall(Backend backend)
    {
        var engine = new Engine(new EngineOptions { Backend = backend });
        using var store = new Store(engine);
        Function? add = null;
        using var inner = new CancellationTokenSource();
        var host = Function.FromDelegate(store, () =>
        {
            add!.Invoke([Value.I32(1), Value.I32(2)], inner.Token);
            inner.Cancel(); // after the inner call ended: must not interrupt the outer one
        });
        var instance = Instance.Create(store, Module.FromText(engine, """
            (module (import "env" "h" (func $h))
              (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
              (func (export "outer") (result i32) (local i32)
                (call $h)
                (loop $l (local.set 0 (i32.add (local.get 0) (i32.const 1))) (br_if $l (i32.lt_u (local.get 0) (i32.const 100))))
                (local.get 0)))
            """), [host]);
        add = instance.GetFunction("add");
        using var outer = new CancellationTokenSource();
        Assert.Equal(Value.I32(100), instance.GetFunction("outer")!.Invoke([], outer.Token)[0]);
    }
}
