using Weld.Tests.Support;

namespace Weld.Tests.Api;

/// <summary>A function of one store never reaches another store's instances, whichever way the host passes it.</summary>
public class StoreIsolationTests
{
    private const string Wat = """
        (module
          (table (export "table") 1 funcref)
          (func (export "put") (param funcref) (table.set (i32.const 0) (local.get 0)))
          (func (export "put2") (param i32 funcref) (table.set (local.get 0) (local.get 1))))
        """;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ATypedCallRefusesAFunctionOfAnotherStore(Backend backend)
    {
        var engine = new Engine(new EngineOptions { Backend = backend });
        var module = Module.FromText(engine, Wat);
        using var mine = new Store(engine);
        using var other = new Store(engine);
        var instance = Instance.Create(mine, module, []);
        var foreign = Function.FromDelegate(other, () => { });
        var local = Function.FromDelegate(mine, () => { });

        var put = instance.GetAction<Function>("put")!;
        Assert.Contains("another store", Assert.Throws<ArgumentException>(() => put(foreign)).Message);
        var put2 = instance.GetAction<int, Function>("put2")!;
        Assert.Contains("another store", Assert.Throws<ArgumentException>(() => put2(0, foreign)).Message);
        Assert.Null(instance.GetTable("table")!.Get(0).Ref);

        put(local);   // the store's own function is accepted, and the refusal left the thread's stack usable
        Assert.NotNull(instance.GetTable("table")!.Get(0).Ref);
    }
}
