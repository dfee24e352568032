using Weld.Tests.Support;

namespace Weld.Tests.Api;

/// <summary>Per-store caps and the growth callback, from wasm (memory.grow, table.grow) and from the host.</summary>
public sealed class StoreLimitsTests
{
    private const ulong Page = 65536;

    private const string Grower = """
        (module
          (memory (export "mem") 1)
          (table (export "tab") 1 funcref)
          (func (export "grow_memory") (param i32) (result i32) (memory.grow (local.get 0)))
          (func (export "grow_table") (param i32) (result i32) (table.grow (ref.null func) (local.get 0))))
        """;

    private static (Store Store, Instance Instance) Make(Backend backend, StoreLimits? limits, EngineOptions? options = null)
    {
        var engine = new Engine(options ?? new EngineOptions { Backend = backend });
        var store = new Store(engine);
        store.SetLimits(limits);
        return (store, Instance.Create(store, Module.FromText(engine, Grower), []));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void MemoryBytesCapsGrowthFromWasmAndHost(Backend backend)
    {
        var (store, instance) = Make(backend, new StoreLimits { MemoryBytes = 3 * Page });
        using var _ = store;
        var grow = instance.GetFunction<int, int>("grow_memory")!;
        Assert.Equal(1, grow(1));
        Assert.Equal(-1, grow(2));
        Assert.Equal(2, grow(1));
        Assert.Equal(-1, grow(1));
        Assert.Equal(-1, instance.GetMemory("mem")!.Grow(1));
        Assert.Equal(3ul, instance.GetMemory("mem")!.Pages);
        Assert.Equal(3, grow(0));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TableElementsCapsGrowthFromWasmAndHost(Backend backend)
    {
        var (store, instance) = Make(backend, new StoreLimits { TableElements = 10 });
        using var _ = store;
        var grow = instance.GetFunction<int, int>("grow_table")!;
        Assert.Equal(1, grow(4));
        Assert.Equal(-1, grow(6));
        var table = instance.GetTable("tab")!;
        Assert.Equal(-1, table.Grow(6, Value.NullFuncRef));
        Assert.Equal(5, table.Grow(5, Value.NullFuncRef));
        Assert.Equal(-1, grow(1));
        Assert.Equal(10u, table.Size);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void InstancesCapFailsInstantiationNamingTheLimit(Backend backend)
    {
        var engine = Engines.Create(backend);
        var module = Module.FromText(engine, "(module (func (export \"f\")))");
        using var store = new Store(engine);
        store.SetLimits(new StoreLimits { Instances = 2 });
        Instance.Create(store, module, []);
        Instance.Create(store, module, []);
        var e = Assert.Throws<LinkException>(() => Instance.Create(store, module, []));
        Assert.Contains("StoreLimits.Instances is 2", e.Message);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void MemoriesCapCountsInstancesAndHostMemories(Backend backend)
    {
        var engine = Engines.Create(backend);
        var module = Module.FromText(engine, "(module (memory 1))");
        using var store = new Store(engine);
        store.SetLimits(new StoreLimits { Memories = 2 });
        Instance.Create(store, module, []);
        _ = new Memory(store, new MemoryType(new Limits(1)));
        var e = Assert.Throws<LinkException>(() => Instance.Create(store, module, []));
        Assert.Contains("StoreLimits.Memories is 2", e.Message);
        Assert.Throws<LinkException>(() => new Memory(store, new MemoryType(new Limits(0))));
        Instance.Create(store, Module.FromText(engine, "(module)"), []);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TablesCapCountsInstancesAndHostTables(Backend backend)
    {
        var engine = Engines.Create(backend);
        var module = Module.FromText(engine, "(module (table 1 funcref) (table 1 externref))");
        using var store = new Store(engine);
        store.SetLimits(new StoreLimits { Tables = 3 });
        Instance.Create(store, module, []);
        _ = new Table(store, new TableType(ValType.FuncRef, new Limits(1)));
        var e = Assert.Throws<LinkException>(() => Instance.Create(store, module, []));
        Assert.Contains("StoreLimits.Tables is 3", e.Message);
        Assert.Throws<LinkException>(() => new Table(store, new TableType(ValType.FuncRef, new Limits(1))));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AMemoryWhoseMinimumExceedsTheCapFailsInstantiation(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        store.SetLimits(new StoreLimits { MemoryBytes = 4 * Page, TableElements = 100 });
        var e = Assert.Throws<LinkException>(() => Instance.Create(store, Module.FromText(engine, "(module (memory 5))"), []));
        Assert.Contains("StoreLimits.MemoryBytes is 262144", e.Message);
        e = Assert.Throws<LinkException>(() => Instance.Create(store, Module.FromText(engine, "(module (table 101 funcref))"), []));
        Assert.Contains("StoreLimits.TableElements is 100", e.Message);
        Assert.Throws<LinkException>(() => new Memory(store, new MemoryType(new Limits(5))));
        Instance.Create(store, Module.FromText(engine, "(module (memory 4) (table 100 funcref))"), []);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TheCallbackDecidesEachGrowth(Backend backend)
    {
        var memoryAsks = new List<(ulong, ulong, ulong?)>();
        var tableAsks = new List<(ulong, ulong, ulong?)>();
        var limits = new StoreLimits
        {
            MemoryGrowing = (current, desired, maximum) =>
            {
                memoryAsks.Add((current, desired, maximum));
                return desired <= 2 * Page;
            },
            TableGrowing = (current, desired, maximum) =>
            {
                tableAsks.Add((current, desired, maximum));
                return desired <= 3;
            },
        };
        var (store, instance) = Make(backend, limits);
        using var _ = store;
        Assert.Equal([(0ul, Page, (ulong?)null)], memoryAsks);
        Assert.Equal([(0ul, 1ul, (ulong?)null)], tableAsks);
        var growMemory = instance.GetFunction<int, int>("grow_memory")!;
        Assert.Equal(1, growMemory(1));
        Assert.Equal(-1, growMemory(1));
        Assert.Equal(-1, instance.GetMemory("mem")!.Grow(1));
        Assert.Equal((2 * Page, 3 * Page, (ulong?)null), memoryAsks[^1]);
        var growTable = instance.GetFunction<int, int>("grow_table")!;
        Assert.Equal(1, growTable(2));
        Assert.Equal(-1, growTable(1));
        Assert.Equal((3ul, 4ul, (ulong?)null), tableAsks[^1]);

        var bounded = new Memory(store, new MemoryType(new Limits(1, 7)));
        Assert.Equal((0ul, Page, (ulong?)(7 * Page)), memoryAsks[^1]);
        Assert.Equal(1, bounded.Grow(1));
        Assert.Throws<LinkException>(() => new Memory(store, new MemoryType(new Limits(3))));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ACallbackThatThrowsTrapsAndLeavesTheStoreUsable(Backend backend)
    {
        bool fail = false;
        var limits = new StoreLimits { MemoryGrowing = (_, _, _) => fail ? throw new InvalidOperationException("no") : true };
        var (store, instance) = Make(backend, limits);
        using var _ = store;
        var grow = instance.GetFunction<int, int>("grow_memory")!;
        fail = true;
        var e = Assert.Throws<TrapException>(() => grow(1));
        Assert.Equal(TrapCode.HostError, e.Code);
        Assert.IsType<InvalidOperationException>(e.InnerException);
        fail = false;
        Assert.Equal(1, grow(1));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TheEngineLimitsStillApply(Backend backend)
    {
        var options = new EngineOptions { Backend = backend, MaxMemoryPages = 2, MaxTableElements = 5 };
        var (store, instance) = Make(backend, new StoreLimits { MemoryBytes = 100 * Page, TableElements = 100 }, options);
        using var _ = store;
        Assert.Equal(1, instance.GetFunction<int, int>("grow_memory")!(1));
        Assert.Equal(-1, instance.GetFunction<int, int>("grow_memory")!(1));
        Assert.Equal(-1, instance.GetFunction<int, int>("grow_table")!(5));
        Assert.Equal(1, instance.GetFunction<int, int>("grow_table")!(4));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void WithoutLimitsTheEngineCapsTheStoresTableElements(Backend backend)
    {
        var (store, instance) = Make(backend, null, new EngineOptions { Backend = backend, MaxStoreTableElements = 50 });
        using var _ = store;
        Assert.Equal(1, instance.GetFunction<int, int>("grow_table")!(40));
        Assert.Equal(-1, instance.GetFunction<int, int>("grow_table")!(10));
        var e = Assert.Throws<LinkException>(() => new Table(store, new TableType(ValType.ExternRef, new Limits(10))));
        Assert.Contains("EngineOptions.MaxStoreTableElements is 50", e.Message);
        store.SetLimits(new StoreLimits { TableElements = 60 });
        Assert.Equal(41, instance.GetFunction<int, int>("grow_table")!(10));
    }

    /// <summary>A module of a few hundred bytes with many tables, each grown as far as the engine lets one table go,
    /// in a loop: the store's default cap keeps the host's memory to that of one cap's worth of elements.</summary>
    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ManyGrowingTablesStayWithinTheStoreDefault(Backend backend)
    {
        var tables = string.Concat(Enumerable.Range(0, 40).Select(i => $"(table $t{i} 0 funcref)"));
        var grows = string.Concat(Enumerable.Range(0, 40).Select(i =>
            $"(local.set $ok (i32.add (local.get $ok) (i32.ne (table.grow $t{i} (ref.null func) (local.get $n)) (i32.const -1))))"));
        var engine = Engines.Create(backend);
        var module = Module.FromText(engine, $"""
            (module {tables}
              (func (export "run") (param $n i32) (result i32) (local $ok i32) {grows} (local.get $ok)))
            """);
        using var store = new Store(engine);
        var run = Instance.Create(store, module, []).GetFunction<int, int>("run")!;
        // This thread's allocations only: the growth runs here, and tests running in parallel allocate too.
        long before = GC.GetAllocatedBytesForCurrentThread();
        int grown = 0;
        for (int round = 0; round < 20; round++) grown += run(1_000_000);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(10, grown);
        Assert.Equal(EngineLimitsDefault, store.Runtime.TableElements);
        // 10,000,000 references are 80 MB; growth by doubling and copying at most doubles that.
        Assert.True(allocated < 200_000_000, $"allocated {allocated:N0} bytes");
    }

    private const ulong EngineLimitsDefault = 10_000_000;

    [Fact]
    public void NegativeCountCapsAreRefused()
    {
        using var store = new Store(new Engine());
        Assert.Throws<ArgumentOutOfRangeException>(() => store.SetLimits(new StoreLimits { Instances = -1 }));
        store.SetLimits(new StoreLimits { Instances = 0 });
        Assert.NotNull(store.Limits);
        store.SetLimits(null);
        Assert.Null(store.Limits);
    }
}
