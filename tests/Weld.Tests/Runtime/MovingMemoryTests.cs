using Weld.Runtime;
using Weld.Tests.Support;

namespace Weld.Tests.Runtime;

/// <summary>
/// Memories that move when they grow (every memory past the process's reservation budget, and all of them on
/// Windows) grown while code runs on them: by memory.grow, by a host function, through an import, while the host holds
/// a span. Both back ends must reload the base after each, and the old block must stay mapped until nothing can use it.
/// </summary>
public class MovingMemoryTests
{
    /// <summary>Runs <paramref name="make"/> with reservations off on this thread, so its memories move on growth.</summary>
    private static T Moving<T>(Func<T> make)
    {
        NativeBlock.NoReservationsOnThisThread = true;
        try
        {
            return make();
        }
        finally
        {
            NativeBlock.NoReservationsOnThisThread = false;
        }
    }

    private static MemoryInstance Runtime(Memory m) => m.Instance;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void MemoryGrowInALoopMovesAndKeepsEveryByte(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var instance = Moving(() => Instance.Create(store, Module.FromText(engine, """
            (module (memory (export "mem") 1)
              (func (export "run") (param $n i32) (result i32)
                (local $i i32) (local $sum i32)
                (i32.store (i32.const 0) (i32.const 1))
                (loop $grow
                  (drop (memory.grow (i32.const 1)))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  ;; the last word of the page just added
                  (i32.store (i32.sub (i32.mul (memory.size) (i32.const 65536)) (i32.const 4)) (local.get $i))
                  (br_if $grow (i32.lt_u (local.get $i) (local.get $n))))
                (local.set $i (i32.const 0))
                (loop $sum
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (local.set $sum (i32.add (local.get $sum)
                    (i32.load (i32.sub (i32.mul (i32.add (local.get $i) (i32.const 1)) (i32.const 65536)) (i32.const 4)))))
                  (br_if $sum (i32.lt_u (local.get $i) (local.get $n))))
                (i32.add (local.get $sum) (i32.load (i32.const 0)))))
            """), []));
        var memory = instance.GetMemory("mem")!;
        Assert.False(Runtime(memory).Fixed);
        Assert.Equal(1 + 100 * 101 / 2, instance.GetFunction<int, int>("run")!(100));
        Assert.Equal(101UL, memory.Pages);
    }

    private const string GrowsThroughHost = """
        (module
          (import "host" "grow" (func $grow (param i32)))
          (import "env" "mem" (memory 1))
          (func (export "run") (result i32)
            (i32.store (i32.const 8) (i32.const 11))
            (call $grow (i32.const 3))
            ;; the base moved: both the old data and the new pages must be reached through the new one
            (i32.store (i32.const 262140) (i32.const 22))
            (i32.add (i32.load (i32.const 8)) (i32.load (i32.const 262140)))))
        """;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void HostFunctionGrowingTheRunningInstancesImportedMemory(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var memory = Moving(() => new Memory(store, new MemoryType(1)));
        var before = Runtime(memory).Capacity;
        var grow = Function.FromDelegate(store, (int n) => Assert.Equal(1, memory.Grow((ulong)n)));
        var run = Instance.Create(store, Module.FromText(engine, GrowsThroughHost), [grow, memory]).GetFunction<int>("run")!;
        Assert.Equal(33, run());
        Assert.True(Runtime(memory).Capacity > before);
        Assert.Equal(22, memory.ReadInt32(262140));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void HostFunctionGrowingAnotherInstancesMemoryThatTheCallerImports(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var owner = Moving(() => Instance.Create(store, Module.FromText(engine, """
            (module (memory (export "mem") 1)
              (func (export "peek") (param i32) (result i32) (i32.load (local.get 0))))
            """), []));
        var memory = owner.GetMemory("mem")!;
        var grow = Function.FromDelegate(store, (int n) => Assert.Equal(1, memory.Grow((ulong)n)));
        var run = Instance.Create(store, Module.FromText(engine, GrowsThroughHost), [grow, memory]).GetFunction<int>("run")!;
        Assert.Equal(33, run());
        Assert.Equal(22, owner.GetFunction<int, int>("peek")!(262140));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void CalleeInAnotherModuleGrowsTheSharedMemory(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var lib = Moving(() => Instance.Create(store, Module.FromText(engine, """
            (module (memory (export "mem") 1)
              (func (export "grow") (param i32) (drop (memory.grow (local.get 0)))))
            """), []));
        var linker = new Linker(engine).DefineInstance("env", lib).DefineInstance("host", lib);
        var run = linker.Instantiate(store, Module.FromText(engine, GrowsThroughHost)).GetFunction<int>("run")!;
        Assert.Equal(33, run());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void SpanHeldWhileTheMemoryMovesStaysMapped(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var memory = Moving(() => new Memory(store, new MemoryType(1)));
        memory.WriteInt32(0, 5);
        memory.Access(0, 65536, span =>
        {
            Assert.Equal(1, memory.Grow(8));
            // The span still shows the old block: readable and writable, but no longer the memory.
            span[0] = 9;
            Assert.Equal(5, memory.ReadInt32(0));
            Assert.Equal(0, store.Runtime.FreedBlocks);
        });
        Assert.Equal(1, store.Runtime.FreedBlocks);
        Assert.Equal(5, memory.ReadInt32(0));
    }

    [Fact]
    public void MovingMemoriesDoubleTheirCapacityAndReportIt()
    {
        using var store = new Store(new Engine());
        var memory = Moving(() => new Memory(store, new MemoryType(1, 1000)));
        var runtime = Runtime(memory);
        int moves = 0;
        ulong capacity = runtime.Capacity;
        for (int i = 0; i < 999; i++)
        {
            memory.Grow(1);
            if (runtime.Capacity != capacity) moves++;
            capacity = runtime.Capacity;
            Assert.Equal(runtime.Capacity, runtime.ReportedBytes);
        }
        Assert.True(moves <= 11, $"{moves} moves for 999 single-page grows");
        Assert.Equal(-1, memory.Grow(1));
    }


    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void GrowthInACalleeOfTheSameModuleAndThroughCallIndirect(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        Memory? memory = null;
        var hostGrow = Function.FromDelegate(store, (int n) => Assert.NotEqual(-1, memory!.Grow((ulong)n)));
        var instance = Moving(() => Instance.Create(store, Module.FromText(engine, """
            (module
              (import "host" "grow" (func $host_grow (param i32)))
              (memory (export "mem") 1)
              (table 2 funcref) (elem (i32.const 0) $host_grow $grow)
              (type $g (func (param i32)))
              (func $grow (param i32) (drop (memory.grow (local.get 0))))
              (func $top (result i32) (i32.sub (i32.mul (memory.size) (i32.const 65536)) (i32.const 4)))
              (func (export "run") (result i32)
                (i32.store (i32.const 0) (i32.const 1))
                (call $grow (i32.const 1))
                (i32.store (call $top) (i32.const 2))
                (call_indirect (type $g) (i32.const 2) (i32.const 0))
                (i32.store (call $top) (i32.const 3))
                (call_indirect (type $g) (i32.const 4) (i32.const 1))
                (i32.store (call $top) (i32.const 4))
                (i32.add (i32.load (i32.const 0))
                  (i32.add (i32.load (i32.const 131068))
                    (i32.add (i32.load (i32.const 262140)) (i32.load (i32.const 524284)))))))
            """), [hostGrow]));
        memory = instance.GetMemory("mem")!;
        Assert.Equal(10, instance.GetFunction<int>("run")!());
        Assert.Equal(8UL, memory.Pages);
    }
}
