using Weld.Tests.Support;

namespace Weld.Tests.Execution;

/// <summary>Fuel: exact counts on hand-written modules (the model: every instruction costs one, charged per
/// straight-line segment before it runs), exhaustion, refuelling and host re-entry, on both back ends.</summary>
public class FuelTests
{
    // count: loop | local.get i32.const i32.sub local.tee br_if | end | end  =>  1 + 5n + 1 + 1
    private const string Wat = """
        (module
          (import "env" "host" (func $host))
          (func (export "add") (result i32) (i32.add (i32.const 1) (i32.const 2)))
          (func (export "count") (param i32)
            (loop $l (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1))))))
          (func (export "outer") (call $host))
          (func (export "blocks") (result i32)
            (block $a (block $b (br_if $b (i32.const 0)) (nop)) (nop)) (i32.const 7))
          (func (export "branches") (param i32) (result i32)
            (if (result i32) (local.get 0) (then (i32.const 10)) (else (i32.const 20) (i32.const 1) (i32.add)))))
        """;

    private static (Store Store, Instance Instance) Create(Backend backend, Action<Instance>? host = null)
    {
        var engine = new Engine(new EngineOptions { Backend = backend, ConsumeFuel = true });
        var store = new Store(engine);
        Instance? instance = null;
        var hostFn = Function.FromDelegate(store, () => host?.Invoke(instance!));
        instance = Instance.Create(store, Module.FromText(engine, Wat), [hostFn]);
        return (store, instance);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void StraightLineCodeCostsOnePerInstruction(Backend backend)
    {
        var (store, instance) = Create(backend);
        using var _ = store;
        store.Fuel = 10;
        Assert.Equal(3, instance.GetFunction<int>("add")!());
        Assert.Equal(6ul, store.Fuel); // i32.const i32.const i32.add end
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void LoopsCostEveryIteration(Backend backend)
    {
        var (store, instance) = Create(backend);
        using var _ = store;
        var count = instance.GetAction<int>("count")!;
        foreach (int n in new[] { 1, 3, 1000 })
        {
            store.Fuel = 1_000_000;
            count(n);
            Assert.Equal(1_000_000ul - (5ul * (ulong)n + 3), store.Fuel);
        }
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void BothArmsOfAnIfAreCountedExactly(Backend backend)
    {
        var (store, instance) = Create(backend);
        using var _ = store;
        var branches = instance.GetFunction<int, int>("branches")!;
        store.Fuel = 100;
        Assert.Equal(10, branches(1));
        // local.get if | i32.const else | end(function)
        Assert.Equal(100ul - 2 - 2 - 1, store.Fuel);
        store.Fuel = 100;
        Assert.Equal(21, branches(0));
        // local.get if | i32.const i32.const i32.add end(if) | end(function)
        Assert.Equal(100ul - 2 - 4 - 1, store.Fuel);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ABlockDoesNotStartASegmentButItsEndDoes(Backend backend)
    {
        var (store, instance) = Create(backend);
        using var _ = store;
        store.Fuel = 100;
        Assert.Equal(7, instance.GetFunction<int>("blocks")!());
        // block block i32.const br_if | nop end | nop end | i32.const end: 4 + 2 + 2 + 2
        Assert.Equal(90ul, store.Fuel);
        store.Fuel = 3; // the first segment (4) does not fit
        Assert.Equal(TrapCode.OutOfFuel, Assert.Throws<TrapException>(() => instance.GetFunction<int>("blocks")!()).Code);
        Assert.Equal(3ul, store.Fuel);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ExhaustionTrapsBeforeTheSegmentAndRefuellingMakesTheStoreUsable(Backend backend)
    {
        var (store, instance) = Create(backend);
        using var _ = store;
        var count = instance.GetAction<int>("count")!;
        store.Fuel = 10;
        var e = Assert.Throws<TrapException>(() => count(3));
        Assert.Equal(TrapCode.OutOfFuel, e.Code);
        Assert.Equal("all fuel consumed", e.Message);
        Assert.Equal(4ul, store.Fuel); // loop (1) and one iteration (5) ran; the second iteration's 5 did not fit
        store.AddFuel(96);
        count(3);
        Assert.Equal(100ul - 18, store.Fuel);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AStoreStartsWithoutFuel(Backend backend)
    {
        var (store, instance) = Create(backend);
        using var _ = store;
        Assert.Equal(0ul, store.Fuel);
        Assert.Equal(TrapCode.OutOfFuel, Assert.Throws<TrapException>(() => instance.GetFunction<int>("add")!()).Code);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void HostReentryChargesTheSameStore(Backend backend)
    {
        var (store, instance) = Create(backend, inst => inst.GetAction<int>("count")!(2));
        using var _ = store;
        store.Fuel = 1000;
        instance.GetFunction("outer")!.Invoke();
        Assert.Equal(1000ul - 2 - 13, store.Fuel); // call end (one segment), and count(2) = 13 inside the host call

        store.Fuel = 8; // outer's segment (2) fits, count(2) runs out inside the host function
        var e = Assert.Throws<TrapException>(() => instance.GetFunction("outer")!.Invoke());
        Assert.Equal(TrapCode.OutOfFuel, e.Code);
        store.Fuel = 15;
        instance.GetFunction("outer")!.Invoke();
        Assert.Equal(0ul, store.Fuel);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void FuelIsAnErrorWhenTheEngineDoesNotConsumeIt(Backend backend)
    {
        using var store = new Store(Engines.Create(backend));
        Assert.Throws<InvalidOperationException>(() => store.Fuel);
        Assert.Throws<InvalidOperationException>(() => store.Fuel = 1);
        Assert.Throws<InvalidOperationException>(() => store.AddFuel(1));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AddFuelSaturates(Backend backend)
    {
        var (store, _) = Create(backend);
        using var s = store;
        store.Fuel = ulong.MaxValue;
        store.AddFuel(ulong.MaxValue);
        Assert.Equal((ulong)long.MaxValue, store.Fuel);
    }
}
