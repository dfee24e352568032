using Weld.Tests.Support;

namespace Weld.Tests.Linking;

public class LinkerTests
{
    private const string NeedsLog = """
        (module
          (import "env" "log" (func $log (param i32) (result i32)))
          (func (export "run") (param i32) (result i32) (call $log (local.get 0))))
        """;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TwoLinkersBindOneModuleDifferently(Backend backend)
    {
        var engine = Engines.Create(backend);
        var module = Module.FromText(engine, NeedsLog);
        using var store = new Store(engine);
        var doubling = new Linker(engine).DefineFunction("env", "log", HostFunction.FromDelegate((int x) => x * 2));
        var negating = new Linker(engine).DefineFunction("env", "log", HostFunction.FromDelegate((int x) => -x));
        Assert.Equal(10, doubling.Instantiate(store, module).GetFunction<int, int>("run")!(5));
        Assert.Equal(-5, negating.Instantiate(store, module).GetFunction<int, int>("run")!(5));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void EveryUnresolvedImportIsListedInOneError(Backend backend)
    {
        var engine = Engines.Create(backend);
        var module = Module.FromText(engine, """
            (module
              (import "a" "f" (func (param i32)))
              (import "a" "ok" (func))
              (import "b" "m" (memory 1 2))
              (import "c" "g" (global f64)))
            """);
        using var store = new Store(engine);
        var linker = new Linker(engine).DefineFunction("a", "ok", HostFunction.FromDelegate(() => { }));
        var e = Assert.Throws<LinkException>(() => linker.Resolve(store, module));
        Assert.StartsWith("unknown import: 3 unresolved", e.Message);
        Assert.Contains("import 0 \"a\" \"f\" (func (param i32))", e.Message);
        Assert.Contains("import 2 \"b\" \"m\" (memory 1 2)", e.Message);
        Assert.Contains("import 3 \"c\" \"g\" (global f64)", e.Message);
        Assert.DoesNotContain("\"ok\"", e.Message);
    }

    [Fact]
    public void RedefinitionIsRejectedUnlessShadowingIsAllowed()
    {
        var engine = new Engine();
        using var store = new Store(engine);
        var linker = new Linker(engine);
        var g = new Global(store, new GlobalType(ValType.I32, false), Value.I32(1));
        var h = new Global(store, new GlobalType(ValType.I32, false), Value.I32(2));
        linker.Define("m", "g", g);
        Assert.Throws<LinkException>(() => linker.Define("m", "g", h));
        linker.AllowShadowing = true;
        linker.Define("m", "g", h);
        Assert.Equal(h, linker.Get(store, "m", "g"));
        linker.Alias("m", "g", "n", "x");
        Assert.Equal(h, linker.Get(store, "n", "x"));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ExplicitExternsComeFirstThenNamesThenNativesThenProviders(Backend backend)
    {
        var engine = Engines.Create(backend);
        engine.Natives.Register("env", "log", HostFunction.FromDelegate((int x) => x + 1000));
        engine.Natives.Register("env", "log", HostFunction.FromDelegate((long x) => x)); // another type, same name
        var module = Module.FromText(engine, NeedsLog);
        using var store = new Store(engine);
        var linker = new Linker(engine);
        Assert.Equal(1005, linker.Instantiate(store, module).GetFunction<int, int>("run")!(5));
        linker.DefineFunction("env", "log", HostFunction.FromDelegate((int x) => x + 1));
        Assert.Equal(6, linker.Instantiate(store, module).GetFunction<int, int>("run")!(5));
        var given = Function.FromDelegate(store, (int x) => x + 7);
        Assert.Equal(12, linker.Instantiate(store, module, [given]).GetFunction<int, int>("run")!(5));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void SpecTestProviderFillsWhatIsLeft(Backend backend)
    {
        var engine = Engines.Create(backend);
        var module = Module.FromText(engine, """
            (module
              (import "spectest" "global_i32" (global i32))
              (import "spectest" "memory" (memory 1 2))
              (import "spectest" "print_i32" (func (param i32)))
              (func (export "get") (result i32) (call 0 (global.get 0)) (global.get 0)))
            """);
        using var store = new Store(engine);
        var output = new StringWriter();
        var linker = new Linker(engine).AddProvider(ExternProvider.SpecTestPrintingTo(output));
        Assert.Equal(666, linker.Instantiate(store, module).GetFunction<int>("get")!());
        Assert.Contains("666", output.ToString());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void UnknownImportsCanBecomeTrapsOrDefaults(Backend backend)
    {
        var engine = Engines.Create(backend);
        var module = Module.FromText(engine, """
            (module
              (import "x" "f" (func (result i32)))
              (import "x" "g" (global i64))
              (func (export "call") (result i32) (call 0)))
            """);
        using var store = new Store(engine);
        Assert.Throws<LinkException>(() => new Linker(engine).Instantiate(store, module));
        var defaults = new Linker(engine).DefineUnknownImportsAsDefaultValues().Instantiate(store, module);
        Assert.Equal(0, defaults.GetFunction<int>("call")!());
        // Traps only cover functions: the global import still fails to link.
        Assert.Throws<LinkException>(() => new Linker(engine).DefineUnknownImportsAsTraps().Instantiate(store, module));
        var onlyFunc = Module.FromText(engine, """(module (import "x" "f" (func (result i32))) (func (export "call") (result i32) (call 0)))""");
        var traps = new Linker(engine).DefineUnknownImportsAsTraps().Instantiate(store, onlyFunc);
        var trap = Assert.Throws<TrapException>(() => traps.GetFunction<int>("call")!());
        Assert.Equal(TrapCode.UnresolvedImport, trap.Code);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void InstantiatePreMakesManyInstances(Backend backend)
    {
        var engine = Engines.Create(backend);
        var module = Module.FromText(engine, NeedsLog);
        var linker = new Linker(engine).DefineFunction("env", "log", HostFunction.FromDelegate((int x) => x * 3));
        var pre = linker.InstantiatePre(module);
        for (int i = 0; i < 3; i++)
        {
            using var store = new Store(engine);
            Assert.Equal(3 * i, pre.Instantiate(store).GetFunction<int, int>("run")!(i));
        }
        var wrong = new Linker(engine).DefineFunction("env", "log", HostFunction.FromDelegate((long x) => x));
        Assert.Throws<LinkException>(() => wrong.InstantiatePre(module));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void DefineInstanceExposesEveryExport(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var lib = Instance.Create(store, Module.FromText(engine, """
            (module (memory (export "mem") 1) (global (export "g") i32 (i32.const 42))
              (func (export "f") (result i32) (i32.const 7)))
            """), []);
        var app = Module.FromText(engine, """
            (module (import "lib" "f" (func $f (result i32))) (import "lib" "g" (global $g i32)) (import "lib" "mem" (memory 1))
              (func (export "sum") (result i32) (i32.add (call $f) (global.get $g))))
            """);
        var linker = new Linker(engine).DefineInstance("lib", lib);
        Assert.Equal(49, linker.Instantiate(store, app).GetFunction<int>("sum")!());
    }
}
