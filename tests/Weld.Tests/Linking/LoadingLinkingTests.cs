using Weld.Tests.Support;

namespace Weld.Tests.Linking;

public sealed class LoadingLinkingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("weld-linking-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string name, string wat) => File.WriteAllText(Path.Combine(_dir, name + ".wat"), wat);

    private void WriteDiamond()
    {
        // app -> left, right; left -> base; right -> base. base counts its instantiations in memory.
        Write("base", """
            (module
              (import "host" "started" (func $started))
              (memory (export "mem") 1)
              (func $start (call $started))
              (start $start)
              (func (export "put") (param i32 i32) (i32.store (local.get 0) (local.get 1))))
            """);
        Write("left", """
            (module (import "base" "put" (func $put (param i32 i32)))
              (func (export "write") (param i32) (call $put (i32.const 0) (local.get 0))))
            """);
        Write("right", """
            (module (import "base" "mem" (memory 1))
              (func (export "read") (result i32) (i32.load (i32.const 0))))
            """);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ADiamondSharesOneInstancePerStore(Backend backend)
    {
        WriteDiamond();
        var engine = Engines.Create(backend);
        int starts = 0;
        var linker = new Linker(engine) { ModuleResolver = new ModuleResolver(_dir) };
        linker.DefineFunction("host", "started", HostFunction.FromDelegate(() => { starts++; }));
        var app = Module.FromText(engine, """
            (module (import "left" "write" (func $w (param i32))) (import "right" "read" (func $r (result i32)))
              (func (export "roundtrip") (param i32) (result i32) (call $w (local.get 0)) (call $r)))
            """);
        using var store = new Store(engine);
        var instance = linker.Instantiate(store, app);
        Assert.Equal(99, instance.GetFunction<int, int>("roundtrip")!(99));
        Assert.Equal(1, starts);
        linker.Instantiate(store, app);
        Assert.Equal(1, starts);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void PerImporterSharingMakesFreshDependencies(Backend backend)
    {
        WriteDiamond();
        var engine = Engines.Create(backend);
        int starts = 0;
        var linker = new Linker(engine) { ModuleResolver = new ModuleResolver(_dir) { Sharing = DependencySharing.PerImporter } };
        linker.DefineFunction("host", "started", HostFunction.FromDelegate(() => { starts++; }));
        var app = Module.FromText(engine, """(module (import "left" "write" (func (param i32))) (import "right" "read" (func (result i32))))""");
        using var store = new Store(engine);
        linker.Instantiate(store, app);
        Assert.Equal(1, starts); // one resolution shares base between left and right
        linker.Instantiate(store, app);
        Assert.Equal(2, starts);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ACycleIsALinkErrorNamingIt(Backend backend)
    {
        Write("a", """(module (import "b" "f" (func)) (func (export "g")))""");
        Write("b", """(module (import "a" "g" (func)) (func (export "f")))""");
        var engine = Engines.Create(backend);
        var linker = new Linker(engine) { ModuleResolver = new ModuleResolver(_dir) };
        var app = Module.FromText(engine, """(module (import "a" "g" (func)))""");
        using var store = new Store(engine);
        var e = Assert.Throws<LinkException>(() => linker.Instantiate(store, app));
        Assert.Contains("a -> b -> a", e.Message);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void NamesTheLinkerDefinesAreNotLoadedFromDisk(Backend backend)
    {
        Write("lib", """(module (func (export "f") (result i32) (i32.const 1)))""");
        var engine = Engines.Create(backend);
        var linker = new Linker(engine) { ModuleResolver = new ModuleResolver(_dir) };
        linker.DefineFunction("lib", "f", HostFunction.FromDelegate(() => 2));
        var app = Module.FromText(engine, """(module (import "lib" "f" (func $f (result i32))) (func (export "f") (result i32) (call $f)))""");
        using var store = new Store(engine);
        Assert.Equal(2, linker.Instantiate(store, app).GetFunction<int>("f")!());
        Assert.Null(new ModuleResolver(_dir).Locate("../etc/passwd"));
    }
}
