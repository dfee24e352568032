using Weld.Tests.Support;

namespace Weld.Tests.Linking;

/// <summary>Link errors point at their cause: an InstancePre refuses imports nothing can resolve when it is made; a
/// wrong extern count names the imports left without one; an error in a dependency that loading linking found names
/// that module and its file (its import lines are its own); a malformed dependency names its file; a missing
/// dependency is looked for again, so a file added later is found.</summary>
public sealed class LinkErrorContextTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("weld-link-errors-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string App = """
        (module (import "env" "f" (func (param i32))) (import "env" "g" (func (result i32))) (import "dep" "h" (func)))
        """;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void InstancePreReportsUnresolvableImportsWhenMade(Backend backend)
    {
        var engine = Engines.Create(backend);
        var linker = new Linker(engine);
        linker.DefineFunction("env", "f", HostFunction.FromDelegate((int _) => { }));
        var e = Assert.Throws<LinkException>(() => linker.InstantiatePre(Module.FromText(engine, App)));
        Assert.StartsWith("unknown import", e.Message, StringComparison.Ordinal);
        Assert.Contains("import 1 \"env\" \"g\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("import 2 \"dep\" \"h\"", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\"env\" \"f\"", e.Message, StringComparison.Ordinal);

        // Loading linking defers the question for a module whose file exists now.
        var loading = new Linker(engine) { ModuleResolver = new ModuleResolver(_dir) };
        loading.DefineFunction("env", "f", HostFunction.FromDelegate((int _) => { }));
        loading.DefineFunction("env", "g", HostFunction.FromDelegate(() => 1));
        Assert.Throws<LinkException>(() => loading.InstantiatePre(Module.FromText(engine, App))); // no dep file yet
        Write("dep.wat", "(module (func (export \"h\")))");
        Assert.NotNull(loading.InstantiatePre(Module.FromText(engine, App)));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AWrongExternCountNamesTheImportsLeftWithoutOne(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var module = Module.FromText(engine, App);
        var f = Function.FromDelegate(store, (int _) => { });
        var e = Assert.Throws<LinkException>(() => Instance.Create(store, module, [f]));
        Assert.Contains("import 1 \"env\" \"g\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("import 2 \"dep\" \"h\"", e.Message, StringComparison.Ordinal);
        var a = Assert.Throws<ArgumentException>(() => new Linker(engine).Instantiate(store, module, [f, f, f, f]));
        Assert.Contains("1 more than imports", a.Message, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AnErrorInADependencyNamesItsModuleAndFile(Backend backend)
    {
        var depPath = Write("dep.wat", """(module (import "env" "missing" (func)) (func (export "h")))""");
        var engine = Engines.Create(backend);
        var linker = new Linker(engine) { ModuleResolver = new ModuleResolver(_dir) };
        linker.DefineFunction("env", "f", HostFunction.FromDelegate((int _) => { }));
        linker.DefineFunction("env", "g", HostFunction.FromDelegate(() => 1));
        using var store = new Store(engine);
        var e = Assert.Throws<LinkException>(() => linker.Instantiate(store, Module.FromText(engine, App)));
        Assert.StartsWith("unknown import", e.Message, StringComparison.Ordinal);
        Assert.Contains("import 0 \"env\" \"missing\"", e.Message, StringComparison.Ordinal); // the dependency's import 0
        Assert.Contains("\"dep\"", e.Message, StringComparison.Ordinal);
        Assert.Contains(depPath, e.Message, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AMalformedDependencyNamesItsFileAndAMissOneIsFoundLater(Backend backend)
    {
        var engine = Engines.Create(backend);
        var linker = new Linker(engine) { ModuleResolver = new ModuleResolver(_dir) };
        linker.DefineFunction("env", "f", HostFunction.FromDelegate((int _) => { }));
        linker.DefineFunction("env", "g", HostFunction.FromDelegate(() => 1));
        using var store = new Store(engine);
        var app = Module.FromText(engine, App);
        Assert.Throws<LinkException>(() => linker.Instantiate(store, app)); // no dep file yet

        var depPath = Write("dep.wat", "(module (func (export \"h\")");
        var malformed = Assert.Throws<MalformedModuleException>(() => linker.Instantiate(store, app));
        Assert.StartsWith(depPath, malformed.Message, StringComparison.Ordinal);

        Write("dep.wat", "(module (func (export \"h\")))");
        Assert.NotNull(linker.Instantiate(store, app)); // the earlier miss and failure were not remembered
    }
}
