using Weld.Tests.Support;

namespace Weld.Tests.Execution;

/// <summary>wasm → host → wasm → ... recursion uses the .NET stack at every host hop: it must trap, never crash.</summary>
public class HostRecursionTests
{
    private const string PingPong = """
        (module
          (import "env" "pong" (func $pong (param i32) (result i32)))
          (func (export "ping") (param i32) (result i32)
            (if (result i32) (i32.eqz (local.get 0))
              (then (i32.const 0))
              (else (i32.add (i32.const 1) (call $pong (i32.sub (local.get 0) (i32.const 1))))))))
        """;

    private static void PingPongToExhaustion(Backend backend, int fits)
    {
        var engine = new Engine(new EngineOptions { Backend = backend, MaxCallDepth = 1_000_000 });
        using var store = new Store(engine);
        Func<int, int>? ping = null;
        var pong = Function.FromDelegate(store, (int n) => ping!(n));
        var instance = Instance.Create(store, Module.FromText(engine, PingPong), [pong]);
        ping = instance.GetFunction<int, int>("ping")!;
        Assert.Equal(fits, ping(fits));
        var e = Assert.Throws<TrapException>(() => ping(10_000_000));
        Assert.Equal(TrapCode.CallStackExhausted, e.Code);
        Assert.Equal(fits, ping(fits));
    }

    [Theory, MemberData(nameof(TestThreads.EveryBackendOnEveryThread), MemberType = typeof(TestThreads))]
    public void TrapsBeforeTheNativeStackOverflows(Backend backend, TestThread thread) =>
        // Each host hop costs native stack: a 256 KiB thread fits few.
        TestThreads.Run(thread, () => PingPongToExhaustion(backend, thread == TestThread.SmallStack ? 3 : 200));

    /// <summary>wasm → host → wasm recursion to exhaustion a thousand times in a row on a 256 KiB thread.</summary>
    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TrapsAThousandTimesInARowOnASmallStack(Backend backend) =>
        TestThreads.Run(TestThread.SmallStack, () =>
        {
            for (int i = 0; i < 1000; i++) PingPongToExhaustion(backend, 3);
        });
}
