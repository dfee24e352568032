using Weld.Tests.Support;

namespace Weld.Tests.Linking;

/// <summary>Every route into instantiation checks the same things, the InstancePre fast path included.</summary>
public sealed class InstantiationPathTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("weld-paths-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string NeedsLog = """
        (module (import "env" "log" (func $log (param i32) (result i32)))
          (func (export "run") (param i32) (result i32) (call $log (local.get 0))))
        """;

    [Fact]
    public void EveryRouteRefusesAStoreOfAnotherEngine()
    {
        var engine = new Engine();
        var module = Module.FromText(engine, NeedsLog);
        using var foreign = new Store(new Engine());
        var log = HostFunction.FromDelegate((int x) => x);
        var linker = new Linker(engine).DefineFunction("env", "log", log);
        var error = Assert.Throws<LinkException>(() => Instance.Create(foreign, module, [log.Instantiate(foreign)]));
        Assert.Contains("different engines", error.Message);
        Assert.Contains("different engines", Assert.Throws<LinkException>(() => linker.Instantiate(foreign, module)).Message);
        Assert.Contains("different engines", Assert.Throws<LinkException>(() => linker.InstantiatePre(module).Instantiate(foreign)).Message);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void InstancePreChecksStoresOnItsSlowPath(Backend backend)
    {
        // A store-bound definition makes InstancePre resolve per instantiation; its extern's store is still checked.
        var engine = Engines.Create(backend);
        var module = Module.FromText(engine, NeedsLog);
        using var home = new Store(engine);
        using var other = new Store(engine);
        var pre = new Linker(engine).Define("env", "log", Function.FromDelegate(home, (int x) => x + 1)).InstantiatePre(module);
        Assert.Equal(6, pre.Instantiate(home).GetFunction<int, int>("run")!(5));
        Assert.Contains("another store", Assert.Throws<LinkException>(() => pre.Instantiate(other)).Message);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AResolverServesLinkersOfSeveralEngines(Backend backend)
    {
        File.WriteAllText(Path.Combine(_dir, "lib.wat"), """(module (func (export "f") (result i32) (i32.const 3)))""");
        var resolver = new ModuleResolver(_dir);
        foreach (var engine in new[] { Engines.Create(backend), Engines.Create(backend) })
        {
            var app = Module.FromText(engine, """(module (import "lib" "f" (func $f (result i32))) (func (export "g") (result i32) (call $f)))""");
            using var store = new Store(engine);
            Assert.Equal(3, new Linker(engine) { ModuleResolver = resolver }.Instantiate(store, app).GetFunction<int>("g")!());
        }
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ALoadedDependencyIsTheCallerOfTheHostFunctionsItCalls(Backend backend)
    {
        // The dependency is instantiated by loading linking, never handed to the host, yet a host function it calls
        // sees it as its caller, with its exports.
        File.WriteAllText(Path.Combine(_dir, "dep.wat"), """
            (module (import "host" "peek" (func $peek (result i32)))
              (memory (export "memory") 1) (data (i32.const 0) "\2a")
              (func (export "f") (result i32) (call $peek)))
            """);
        var engine = Engines.Create(backend);
        var peek = HostFunction.FromCallback(new FuncType([], [ValType.I32]), (Caller caller, ReadOnlySpan<Value> _, Span<Value> results) =>
        {
            Assert.Equal(["memory", "f"], caller.Instance!.Exports.Select(e => e.Key));
            results[0] = Value.I32(caller.GetMemory()!.ReadByte(0));
        });
        var linker = new Linker(engine) { ModuleResolver = new ModuleResolver(_dir) }.DefineFunction("host", "peek", peek);
        var app = Module.FromText(engine, """(module (import "dep" "f" (func $f (result i32))) (func (export "g") (result i32) (call $f)))""");
        using var store = new Store(engine);
        Assert.Equal(42, linker.Instantiate(store, app).GetFunction<int>("g")!());
    }
}
