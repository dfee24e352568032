using Weld.Tests.Support;

namespace Weld.Tests.Execution;

/// <summary><see cref="EngineOptions.Interruptible"/> off: the interruption APIs refuse clearly instead of silently
/// never firing, code runs the same, and fuel counts exactly as with the checks (the interpreter's loop-head op
/// carried the loop body's first charge; without it the charge moves to the body's first instruction).</summary>
public class NonInterruptibleTests
{
    private const string Wat = """
        (module
          (func (export "count") (param i32) (result i32) (local i32)
            (loop $l
              (local.set 1 (i32.add (local.get 1) (i32.const 2)))
              (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
            (local.get 1)))
        """;

    private static Instance Create(Backend backend, bool interruptible, bool fuel, out Store store)
    {
        var engine = new Engine(new EngineOptions { Backend = backend, Interruptible = interruptible, ConsumeFuel = fuel });
        store = new Store(engine);
        return Instance.Create(store, Module.FromText(engine, Wat), []);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TheInterruptionApisRefuse(Backend backend)
    {
        var count = Create(backend, interruptible: false, fuel: false, out var store).GetFunction("count")!;
        using var _ = store;
        Assert.Throws<InvalidOperationException>(() => store.SetEpochDeadline(1));
        Assert.Throws<InvalidOperationException>(() => count.Invoke([Value.I32(3)], CancellationToken.None));
        Assert.Throws<InvalidOperationException>(() => count.Invoke([Value.I32(3)], TimeSpan.FromSeconds(1)));
        Assert.Equal(2000, count.Invoke([Value.I32(1000)])[0].AsI32());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void FuelCountsTheSameWithoutTheChecks(Backend backend)
    {
        var left = new List<ulong>();
        foreach (bool interruptible in new[] { true, false })
        {
            var count = Create(backend, interruptible, fuel: true, out var store).GetFunction<int, int>("count")!;
            using var _ = store;
            store.Fuel = 10_000;
            Assert.Equal(200, count(100));
            left.Add(store.Fuel);
            store.Fuel = 50;
            Assert.Equal(TrapCode.OutOfFuel, Assert.Throws<TrapException>(() => count(100)).Code);
            left.Add(store.Fuel);
        }
        Assert.Equal(left[0], left[2]);
        Assert.Equal(left[1], left[3]);
    }
}
