using System.Diagnostics;
using Weld.Tests.Support;

namespace Weld.Tests.Execution;

/// <summary>Store.InterruptAfter and InterruptWhen: time limits and cancellation for calls that take neither, such as
/// typed delegates, on both back ends; scopes nest, end in any order, end once, and leave the store usable.</summary>
public class InterruptScopeTests
{
    private const string Wat = """
        (module
          (func (export "spin") (param i32) (result i32) (loop $l (br $l)) (local.get 0))
          (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
        """;

    private static (Store Store, Func<int, int> Spin, Func<int, int, int> Add) Create(Backend backend)
    {
        var engine = new Engine(new EngineOptions { Backend = backend });
        var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, Wat), []);
        return (store, instance.GetFunction<int, int>("spin")!, instance.GetFunction<int, int, int>("add")!);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void InterruptAfterStopsATypedDelegate(Backend backend)
    {
        var (store, spin, add) = Create(backend);
        using var _ = store;
        var clock = Stopwatch.StartNew();
        using (store.InterruptAfter(TimeSpan.FromMilliseconds(20)))
        {
            var e = Assert.Throws<TrapException>(() => spin(1));
            Assert.Equal(TrapCode.Interrupted, e.Code);
        }
        Assert.InRange(clock.Elapsed.TotalMilliseconds, 19, 30_000);
        Assert.Equal(5, add(2, 3)); // the store is usable, and no limit is left behind
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void InterruptWhenStopsATypedDelegateOnCancellation(Backend backend)
    {
        var (store, spin, add) = Create(backend);
        using var _ = store;
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));
        using (store.InterruptWhen(cts.Token))
        {
            Assert.Equal(TrapCode.Interrupted, Assert.Throws<TrapException>(() => spin(1)).Code);
            // The token stays cancelled, so every call in the scope is interrupted.
            Assert.Equal(TrapCode.Interrupted, Assert.Throws<TrapException>(() => add(2, 3)).Code);
        }
        Assert.Equal(5, add(2, 3));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ScopesNestEndInAnyOrderAndEndOnce(Backend backend)
    {
        var (store, spin, add) = Create(backend);
        using var _ = store;
        var outer = store.InterruptAfter(TimeSpan.FromHours(1));
        var inner = store.InterruptAfter(TimeSpan.FromMilliseconds(10));
        Assert.Equal(TrapCode.Interrupted, Assert.Throws<TrapException>(() => spin(1)).Code);
        outer.Dispose(); // out of order: the fired inner limit still holds
        outer.Dispose();
        Assert.Equal(TrapCode.Interrupted, Assert.Throws<TrapException>(() => add(2, 3)).Code);
        inner.Dispose();
        inner.Dispose();
        Assert.Equal(5, add(2, 3));

        using var cts = new CancellationTokenSource();
        using (store.InterruptWhen(cts.Token))
        using (store.InterruptAfter(Timeout.InfiniteTimeSpan))
        {
            Assert.Equal(5, add(2, 3));
        }
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AnInvokeTimeoutInsideAScopeEndsItsOwnLimitOnly(Backend backend)
    {
        var engine = new Engine(new EngineOptions { Backend = backend });
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, Wat), []);
        var add = instance.GetFunction<int, int, int>("add")!;
        using var cts = new CancellationTokenSource();
        using (store.InterruptWhen(cts.Token))
        {
            var e = Assert.Throws<TrapException>(() => instance.GetFunction("spin")!.Invoke([Value.I32(1)], TimeSpan.FromMilliseconds(10)));
            Assert.Equal(TrapCode.Interrupted, e.Code);
            Assert.Equal(5, add(2, 3)); // the timeout ended with its call; the scope's token is not cancelled
            cts.Cancel();
            Assert.Equal(TrapCode.Interrupted, Assert.Throws<TrapException>(() => add(2, 3)).Code);
        }
        Assert.Equal(5, add(2, 3));
    }

    [Fact]
    public void ScopesNeedAnInterruptibleLiveStore()
    {
        var engine = new Engine(new EngineOptions { Interruptible = false });
        using (var store = new Store(engine))
        {
            Assert.Throws<InvalidOperationException>(() => store.InterruptAfter(TimeSpan.FromSeconds(1)));
            Assert.Throws<InvalidOperationException>(() => store.InterruptWhen(CancellationToken.None));
        }
        var disposed = new Store(new Engine());
        disposed.Dispose();
        Assert.Throws<ObjectDisposedException>(() => disposed.InterruptAfter(TimeSpan.FromSeconds(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Store(new Engine()).InterruptAfter(TimeSpan.FromSeconds(-1)));
    }
}
