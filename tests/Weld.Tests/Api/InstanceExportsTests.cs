namespace Weld.Tests.Api;

public class InstanceExportsTests
{
    private const string Lib = """
        (module
          (func (export "f") (result i32) (i32.const 7))
          (memory (export "mem") 1)
          (global (export "g") (mut i32) (i32.const 1))
          (table (export "t") 2 funcref))
        """;

    [Fact]
    public void ExportsAreListedInOrderAndFoundByName()
    {
        var engine = new Engine();
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, Lib), []);
        Assert.Equal(["f", "mem", "g", "t"], instance.Exports.Select(e => e.Key));
        Assert.Equal([ExternKind.Function, ExternKind.Memory, ExternKind.Global, ExternKind.Table], instance.Exports.Select(e => e.Value.Kind));
        foreach (var (name, value) in instance.Exports) Assert.Same(value, instance.GetExport(name));
        Assert.Null(instance.GetExport("nope"));
        Assert.Same(store, instance.GetFunction("f")!.Store);
    }

    [Fact]
    public void AnExportIsOneObjectWhereverItIsReachedFrom()
    {
        var engine = new Engine();
        using var store = new Store(engine);
        var lib = Instance.Create(store, Module.FromText(engine, Lib), []);
        var linker = new Linker(engine).DefineInstance("lib", lib);
        // Wrappers made at different places wrap one runtime object: they are equal, and writes show through.
        Assert.Equal(lib.GetGlobal("g"), linker.Get(store, "lib", "g"));
        ((Global)linker.Get(store, "lib", "g")!).Value = Value.I32(9);
        Assert.Equal(9, lib.GetGlobal("g")!.Value.AsI32());
        Assert.Equal(lib.GetMemory("mem"), linker.Resolve(store, Module.FromText(engine, """(module (import "lib" "mem" (memory 1)))"""))[0]);
    }
}
