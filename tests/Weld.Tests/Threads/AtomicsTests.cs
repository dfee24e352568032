using System.Diagnostics;
using Weld.Tests.Support;

namespace Weld.Tests.Threads;

/// <summary>The atomic instructions under real concurrency, wait/notify, and their traps, on both back ends.</summary>
public class AtomicsTests
{
    private const string Counters = """
        (module
          (import "env" "mem" (memory 1 1 shared))
          ;; n times: word 0 += 1 (rmw.add), word 8 += 1 (a cmpxchg retry loop), and the 16-bit halves at 16 or 18 and
          ;; the byte at 20 + lane via sub-word read-modify-writes that neighbours do at the same time.
          (func (export "hammer") (param $n i32) (param $lane i32)
            (local $old i32)
            (loop $next
              (drop (i32.atomic.rmw.add (i32.const 0) (i32.const 1)))
              (loop $retry
                (local.set $old (i32.atomic.load (i32.const 8)))
                (br_if $retry (i32.ne
                  (i32.atomic.rmw.cmpxchg (i32.const 8) (local.get $old) (i32.add (local.get $old) (i32.const 1)))
                  (local.get $old))))
              (drop (i32.atomic.rmw16.add_u (i32.add (i32.const 16) (i32.shl (i32.and (local.get $lane) (i32.const 1)) (i32.const 1)))
                (i32.const 1)))
              (drop (i64.atomic.rmw8.add_u (i32.add (i32.const 20) (local.get $lane)) (i64.const 1)))
              (br_if $next (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
          (func (export "word") (param i32) (result i32) (i32.atomic.load (local.get 0)))
          (func (export "half") (param i32) (result i32) (i32.atomic.load16_u (local.get 0)))
          (func (export "byte") (param i32) (result i32) (i32.atomic.load8_u (local.get 0))))
        """;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ThreadsInSeparateStoresCountExactly(Backend backend)
    {
        const int threads = 4, n = 20_000;
        var engine = Engines.Create(backend);
        using var parent = new Store(engine);
        var memory = new Memory(parent, new MemoryType(1, 1, shared: true));
        var linker = new Linker(engine);
        linker.Define("env", "mem", memory);
        var pre = linker.InstantiatePre(Module.FromText(engine, Counters));
        using var start = new Barrier(threads);
        var errors = new List<Exception>();
        var workers = Enumerable.Range(0, threads).Select(lane => new Thread(() =>
        {
            try
            {
                using var store = new Store(engine);
                var hammer = pre.Instantiate(store).GetAction<int, int>("hammer")!;
                start.SignalAndWait();
                hammer(n, lane);
            }
            catch (Exception e)
            {
                lock (errors) errors.Add(e); // reported on the test's thread below
            }
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());
        Assert.Empty(errors);
        var check = Instance.Create(parent, Module.FromText(engine, Counters), [memory]);
        Assert.Equal(threads * n, check.GetFunction<int, int>("word")!(0));
        Assert.Equal(threads * n, check.GetFunction<int, int>("word")!(8));
        Assert.Equal(threads / 2 * n & 0xFFFF, check.GetFunction<int, int>("half")!(16));
        Assert.Equal(threads / 2 * n & 0xFFFF, check.GetFunction<int, int>("half")!(18));
        for (int lane = 0; lane < threads; lane++) Assert.Equal(n & 0xFF, check.GetFunction<int, int>("byte")!(20 + lane));
        Assert.Equal(0, check.GetFunction<int, int>("byte")!(20 + threads)); // no carry leaked into the neighbour
    }

    private const string Waiter = """
        (module
          (import "env" "mem" (memory 1 1 shared))
          (func (export "wait32") (param i32 i32 i64) (result i32) (memory.atomic.wait32 (local.get 0) (local.get 1) (local.get 2)))
          (func (export "wait64") (param i32 i64 i64) (result i32) (memory.atomic.wait64 (local.get 0) (local.get 1) (local.get 2)))
          (func (export "notify") (param i32 i32) (result i32) (memory.atomic.notify (local.get 0) (local.get 1))))
        """;

    private static (Engine Engine, Memory Memory, InstancePre Pre) WaitSetup(Backend backend, Store parent)
    {
        var engine = parent.Engine;
        var memory = new Memory(parent, new MemoryType(1, 1, shared: true));
        var linker = new Linker(engine);
        linker.Define("env", "mem", memory);
        return (engine, memory, linker.InstantiatePre(Module.FromText(engine, Waiter)));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void NotifyWakesAWaiterInAnotherStore(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var parent = new Store(engine);
        var (_, _, pre) = WaitSetup(backend, parent);
        int result = -1;
        var waiter = new Thread(() =>
        {
            using var store = new Store(engine);
            result = pre.Instantiate(store).GetFunction<int, int, long, int>("wait32")!(64, 0, -1);
        });
        waiter.Start();
        var notify = pre.Instantiate(parent).GetFunction<int, int, int>("notify")!;
        var deadline = Stopwatch.StartNew();
        int woken = 0;
        while (woken == 0 && deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            Assert.Equal(0, notify(128, 1)); // another address wakes nobody
            woken = notify(64, 1);
            if (woken == 0) Thread.Sleep(1);
        }
        Assert.True(waiter.Join(TimeSpan.FromSeconds(30)));
        Assert.Equal(1, woken);
        Assert.Equal(0, result);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void NotifyWakesAtMostCountWaitersOldestFirst(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var parent = new Store(engine);
        var (_, memory, pre) = WaitSetup(backend, parent);
        var results = new int[3];
        var waiters = Enumerable.Range(0, 3).Select(i => new Thread(() =>
        {
            using var store = new Store(engine);
            results[i] = pre.Instantiate(store).GetFunction<int, int, long, int>("wait32")!(64, 0, -1);
        })).ToList();
        var queue = memory.Instance.Waiters;
        var deadline = Stopwatch.StartNew();
        foreach (var (waiter, parked) in waiters.Select((w, i) => (w, i + 1)))
        {
            waiter.Start();
            while (queue.WaitingOn(64) < parked && deadline.Elapsed < TimeSpan.FromSeconds(30)) Thread.Sleep(1);
        }
        Assert.Equal(3, queue.WaitingOn(64));
        var notify = pre.Instantiate(parent).GetFunction<int, int, int>("notify")!;
        Assert.Equal(2, notify(64, 2));
        Assert.True(waiters[0].Join(TimeSpan.FromSeconds(30)) && waiters[1].Join(TimeSpan.FromSeconds(30)));
        Assert.Equal(1, queue.WaitingOn(64));
        Assert.True(waiters[2].IsAlive);
        Assert.Equal(1, notify(64, 5));
        Assert.True(waiters[2].Join(TimeSpan.FromSeconds(30)));
        Assert.Equal([0, 0, 0], results);
        Assert.Equal(0, queue.WaitingOn(64));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void WaitReturnsNotEqualAndTimedOut(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var (_, memory, pre) = WaitSetup(backend, store);
        var instance = pre.Instantiate(store);
        var wait32 = instance.GetFunction<int, int, long, int>("wait32")!;
        var wait64 = instance.GetFunction<int, long, long, int>("wait64")!;
        memory.WriteInt64(8, 0x1_0000_0002);
        Assert.Equal(1, wait32(8, 1, -1));
        Assert.Equal(1, wait64(8, 2, -1));
        Assert.Equal(2, wait32(8, 2, 0));
        var clock = Stopwatch.StartNew();
        Assert.Equal(2, wait64(8, 0x1_0000_0002, 30_000_000)); // 30 ms
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(25), $"timed out after {clock.Elapsed}");
        Assert.Equal(0, instance.GetFunction<int, int, int>("notify")!(8, 10)); // the timed-out waiter left the queue
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AWaitForeverIsInterruptedByCancellation(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var (_, _, pre) = WaitSetup(backend, store);
        var instance = pre.Instantiate(store);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var e = Assert.Throws<TrapException>(() =>
            instance.GetFunction("wait32")!.Invoke([Value.I32(0), Value.I32(0), Value.I64(-1)], cancel.Token));
        Assert.Equal(TrapCode.Interrupted, e.Code);
        // The store stays usable and the interrupted waiter is gone from the queue.
        Assert.Equal(0, instance.GetFunction<int, int, int>("notify")!(0, 1));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void UnalignedAndUnsharedAccessesTrap(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, """
            (module (memory 1 1)
              (func (export "load") (param i32) (result i32) (i32.atomic.load offset=2 (local.get 0)))
              (func (export "rmw16") (param i32) (result i32) (i32.atomic.rmw16.xchg_u (local.get 0) (i32.const 7)))
              (func (export "wait") (result i32) (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const 0)))
              (func (export "notify") (result i32) (memory.atomic.notify (i32.const 0) (i32.const 1))))
            """), []);
        var load = instance.GetFunction<int, int>("load")!;
        Assert.Equal(TrapCode.UnalignedAtomic, Assert.Throws<TrapException>(() => load(0)).Code); // 0 + offset 2
        Assert.Equal("unaligned atomic", Assert.Throws<TrapException>(() => load(1)).Message.Split('\n')[0]);
        Assert.Equal(0, load(2));
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<TrapException>(() => load(65536 - 2)).Code); // ea 65536
        var rmw16 = instance.GetFunction<int, int>("rmw16")!;
        Assert.Equal(TrapCode.UnalignedAtomic, Assert.Throws<TrapException>(() => rmw16(3)).Code);
        Assert.Equal(0, rmw16(2));
        Assert.Equal(7, rmw16(2));
        Assert.Equal(TrapCode.ExpectedSharedMemory, Assert.Throws<TrapException>(() => instance.GetFunction<int>("wait")!()).Code);
        Assert.Equal(0, instance.GetFunction<int>("notify")!());
    }

    [Fact]
    public void TheValidatorWantsExactlyTheNaturalAlignment()
    {
        var engine = new Engine();
        var e = Assert.Throws<InvalidModuleException>(() =>
            Module.FromText(engine, "(module (memory 1 1 shared) (func (drop (i64.atomic.load align=4 (i32.const 0)))))"));
        Assert.StartsWith("atomic alignment must be natural", e.Message, StringComparison.Ordinal);
        Assert.NotNull(Module.FromText(engine, "(module (memory 1 1 shared) (func (drop (i64.atomic.load align=8 (i32.const 0)))))"));
        Assert.StartsWith("unknown memory", Assert.Throws<InvalidModuleException>(() =>
            Module.FromText(engine, "(module (func (atomic.fence) (drop (i32.atomic.load (i32.const 0)))))")).Message, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AtomicsCostFuelLikeOtherInstructions(Backend backend)
    {
        var engine = new Engine(new EngineOptions { Backend = backend, ConsumeFuel = true });
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, """
            (module (memory 1 1 shared)
              (func (export "f") (result i32)
                (atomic.fence)
                (i32.atomic.store (i32.const 0) (i32.const 5))
                (i32.atomic.rmw.add (i32.const 0) (i32.const 1))))
            """), []);
        store.AddFuel(100);
        Assert.Equal(5, instance.GetFunction<int>("f")!());
        // atomic.fence, 2 consts + store, 2 consts + rmw.add, end: 8 units.
        Assert.Equal(92UL, store.Fuel);
    }
}
