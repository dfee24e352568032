using Weld.Tests.Support;

namespace Weld.Tests.Linking;

public class PositionalInstantiationTests
{
    private const string Importer = """
        (module
          (import "env" "f" (func (param i32) (result i32)))
          (import "env" "mem" (memory 2))
          (import "env" "g" (global (mut i64)))
          (import "env" "t" (table 1 funcref))
          (func (export "call") (param i32) (result i32) (call 0 (local.get 0))))
        """;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void EveryMismatchIsListedInOneError(Backend backend)
    {
        var engine = Engines.Create(backend);
        var module = Module.FromText(engine, Importer);
        using var store = new Store(engine);
        var wrongFunc = Function.FromDelegate(store, (long x) => x);
        var smallMemory = new Memory(store, new MemoryType(1));
        var immutable = new Global(store, new GlobalType(ValType.I64, false), Value.I64(0));
        var table = new Table(store, new TableType(ValType.FuncRef, 1));
        var e = Assert.Throws<LinkException>(() => Instance.Create(store, module, [wrongFunc, smallMemory, immutable, table]));
        Assert.StartsWith("incompatible import type", e.Message);
        Assert.Contains("import 0 \"env\" \"f\"", e.Message);
        Assert.Contains("import 1 \"env\" \"mem\"", e.Message);
        Assert.Contains("import 2 \"env\" \"g\"", e.Message);
        Assert.DoesNotContain("import 3", e.Message);
        Assert.Contains("expected (func (param i32) (result i32)), got (func (param i64) (result i64))", e.Message);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AGrownMemorySatisfiesALargerMinimum(Backend backend)
    {
        var engine = Engines.Create(backend);
        var module = Module.FromText(engine, """(module (import "env" "mem" (memory 3)) (func (export "size") (result i32) memory.size))""");
        using var store = new Store(engine);
        var memory = new Memory(store, new MemoryType(1));
        Assert.Throws<LinkException>(() => Instance.Create(store, module, [memory]));
        memory.Grow(2);
        var instance = Instance.Create(store, module, [memory]);
        Assert.Equal(3, instance.GetFunction<int>("size")!());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ExternsOfAnotherStoreAreRejected(Backend backend)
    {
        var engine = Engines.Create(backend);
        var module = Module.FromText(engine, """(module (import "env" "f" (func)))""");
        using var a = new Store(engine);
        using var b = new Store(engine);
        var f = Function.FromDelegate(a, () => { });
        var e = Assert.Throws<LinkException>(() => Instance.Create(b, module, [f]));
        Assert.Contains("another store", e.Message);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void WrongCountIsALinkError(Backend backend)
    {
        var engine = Engines.Create(backend);
        var module = Module.FromText(engine, """(module (import "env" "f" (func)))""");
        using var store = new Store(engine);
        Assert.Throws<LinkException>(() => Instance.Create(store, module, []));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TheSameExportImportedTwiceUnderDifferentNamesIsOneObject(Backend backend)
    {
        var engine = Engines.Create(backend);
        var module = Module.FromText(engine, """
            (module
              (import "a" "g" (global $x (mut i32)))
              (import "b" "h" (global $y (mut i32)))
              (func (export "bump") (global.set $x (i32.add (global.get $y) (i32.const 1))))
              (func (export "read") (result i32) (global.get $y)))
            """);
        using var store = new Store(engine);
        var counter = new Global(store, new GlobalType(ValType.I32, true), Value.I32(10));
        var instance = Instance.Create(store, module, [counter, counter]);
        instance.GetAction("bump")!();
        instance.GetAction("bump")!();
        Assert.Equal(12, instance.GetFunction<int>("read")!());
        Assert.Equal(12, counter.Value.AsI32());
        counter.Value = Value.I32(100);
        Assert.Equal(100, instance.GetFunction<int>("read")!());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void HostGrowthIsSeenThroughTheExportsOfTwoInstances(Backend backend)
    {
        var engine = Engines.Create(backend);
        var module = Module.FromText(engine, """
            (module
              (import "env" "mem" (memory 1))
              (import "env" "tab" (table 1 funcref))
              (export "mem" (memory 0))
              (func (export "pages") (result i32) memory.size)
              (func (export "store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
              (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
              (func (export "tsize") (result i32) table.size))
            """);
        using var store = new Store(engine);
        var memory = new Memory(store, new MemoryType(1, 10));
        var table = new Table(store, new TableType(ValType.FuncRef, 1));
        var one = Instance.Create(store, module, [memory, table]);
        var two = Instance.Create(store, module, [memory, table]);
        memory.Grow(2);
        table.Grow(5, Value.NullFuncRef);
        Assert.Equal(3, one.GetFunction<int>("pages")!());
        Assert.Equal(3, two.GetFunction<int>("pages")!());
        Assert.Equal(6, two.GetFunction<int>("tsize")!());
        Assert.Equal(3ul, one.GetMemory("mem")!.Pages);
        one.GetAction<int, int>("store")!(2 * 65536 + 8, 77);
        Assert.Equal(77, two.GetFunction<int, int>("load")!(2 * 65536 + 8));
        Assert.Equal(77, memory.ReadInt32(2 * 65536 + 8));
        Assert.Equal(one.GetMemory("mem"), two.GetMemory("mem"));
    }
}
