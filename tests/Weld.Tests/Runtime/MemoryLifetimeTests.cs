using System.Runtime.CompilerServices;
using Weld.Tests.Support;

namespace Weld.Tests.Runtime;

/// <summary>
/// Sequences of public API calls that used to crash the process (a use-after-free is an access violation, which
/// .NET cannot catch, so a failure here kills the test host): each must now run to the end.
/// </summary>
public class MemoryLifetimeTests
{
    private const string Looper = """
        (module
          (import "host" "sync" (func $sync))
          (memory (export "mem") 1)
          (func (export "run") (param $n i32)
            (local $i i32)
            (call $sync)
            (loop $l
              (i32.store (i32.and (i32.mul (local.get $i) (i32.const 4)) (i32.const 65532)) (local.get $i))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br_if $l (i32.lt_u (local.get $i) (local.get $n))))))
        """;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void SpanKeptAcrossDisposeStaysWritableUntilTheCallbackReturns(Backend backend)
    {
        var engine = Engines.Create(backend);
        var store = new Store(engine);
        var memory = Instance.Create(store, Module.FromText(engine, "(module (memory (export \"mem\") 1))"), []).GetMemory("mem")!;
        memory.Access(0, 65536, span =>
        {
            store.Dispose();
            span.Fill(0xAB);
            span[65535] = 1;
            Assert.Equal(0xAB, span[0]);
        });
        Assert.Equal(1, store.Runtime.FreedBlocks);
        Assert.Throws<ObjectDisposedException>(() => memory.ReadByte(0));
        Assert.Throws<ObjectDisposedException>(() => memory.Access(0, 1, _ => { }));
    }

    [Fact]
    public void SpanKeptWhileAnotherThreadDisposesStaysWritable()
    {
        var store = new Store(new Engine());
        var memory = new Memory(store, new MemoryType(1));
        memory.Access(0, 65536, span =>
        {
            var t = new Thread(store.Dispose);
            t.Start();
            t.Join();
            span.Fill(7);
            Assert.Equal(7, span[65535]);
            Assert.Equal(0, store.Runtime.FreedBlocks);
        });
        Assert.Equal(1, store.Runtime.FreedBlocks);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void SpanOutlivingItsInstanceStaysWritableAcrossCollections(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        WriteThroughSpanOfDroppedInstance(engine, store);
        Collect();
        Assert.True(store.Runtime.FreedBlocks >= 1, "the dropped instance's memory was not freed");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void WriteThroughSpanOfDroppedInstance(Engine engine, Store store)
    {
        // Nothing but the call below refers to the memory: it is unreachable while the callback runs.
        Instance.Create(store, Module.FromText(engine, "(module (memory (export \"mem\") 1))"), []).GetMemory("mem")!
            .Access(0, 65536, static span =>
            {
                Collect();
                span.Fill(0x5A);
                Assert.Equal(0x5A, span[65535]);
            });
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void DroppedInstancesAreFreedByTheCollector(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var module = Module.FromText(engine, "(module (memory 1))");
        MakeAndDrop(store, module, 200);
        Collect();
        Assert.True(store.Runtime.FreedBlocks >= 100, $"only {store.Runtime.FreedBlocks} of 200 dropped memories were freed");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MakeAndDrop(Store store, Module module, int count)
    {
        for (int i = 0; i < count; i++) Instance.Create(store, module, []);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void DisposeFromAnotherThreadDuringARunWaitsForTheRunToLeave(Backend backend)
    {
        var engine = Engines.Create(backend);
        var store = new Store(engine);
        using var entered = new ManualResetEventSlim();
        using var disposed = new ManualResetEventSlim();
        var sync = Function.FromDelegate(store, () =>
        {
            entered.Set();
            disposed.Wait();
        });
        var run = Instance.Create(store, Module.FromText(engine, Looper), [sync]).GetFunction("run")!;
        Exception? thrown = null;
        var runner = new Thread(() => thrown = Record.Exception(() => run.Invoke(Value.I32(3_000_000))));
        runner.Start();
        entered.Wait();
        store.Dispose();
        Assert.Equal(0, store.Runtime.FreedBlocks); // the run is still inside: nothing freed yet
        disposed.Set();
        runner.Join();
        // The run ends normally, or with a trap where dispose interrupts running code; never with a crash.
        Assert.True(thrown is null or TrapException, thrown?.ToString());
        Assert.Equal(1, store.Runtime.FreedBlocks);
        Assert.Throws<ObjectDisposedException>(() => run.Invoke(Value.I32(1)));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void DisposeFromAHostFunctionLetsTheRunFinishOnLiveMemory(Backend backend)
    {
        var engine = Engines.Create(backend);
        var store = new Store(engine);
        var sync = Function.FromDelegate(store, store.Dispose);
        var instance = Instance.Create(store, Module.FromText(engine, Looper), [sync]);
        var run = instance.GetFunction("run")!;
        var thrown = Record.Exception(() => run.Invoke(Value.I32(100_000)));
        Assert.True(thrown is null or TrapException, thrown?.ToString());
        Assert.Equal(1, store.Runtime.FreedBlocks);
        Assert.Throws<ObjectDisposedException>(() => instance.GetMemory("mem")!.ReadInt32(0));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AnotherThreadCannotUseTheStoreWhileCodeRunsInIt(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        Memory? memory = null;
        Exception? fromOther = null;
        var sync = Function.FromDelegate(store, () =>
        {
            var t = new Thread(() => fromOther = Record.Exception(() => memory!.Grow(1)));
            t.Start();
            t.Join();
        });
        var instance = Instance.Create(store, Module.FromText(engine, Looper), [sync]);
        memory = instance.GetMemory("mem")!;
        instance.GetFunction("run")!.Invoke(Value.I32(1000));
        Assert.IsType<InvalidOperationException>(fromOther);
        Assert.Equal(1UL, memory.Pages);
        // Once the call has returned, another thread may use the store.
        var later = new Thread(() => memory.Grow(1));
        later.Start();
        later.Join();
        Assert.Equal(2UL, memory.Pages);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void EveryUseOfADisposedStoreThrowsObjectDisposed(Backend backend)
    {
        var engine = Engines.Create(backend);
        var store = new Store(engine);
        var module = Module.FromText(engine, """
            (module
              (memory (export "mem") 1) (table (export "tab") 1 funcref) (global (export "g") (mut i32) (i32.const 0))
              (func (export "f") (result i32) (i32.const 1)))
            """);
        var instance = Instance.Create(store, module, []);
        var memory = instance.GetMemory("mem")!;
        var table = instance.GetTable("tab")!;
        var global = instance.GetGlobal("g")!;
        var f = instance.GetFunction("f")!;
        var typed = instance.GetFunction<int>("f")!;
        store.Dispose();
        store.Dispose(); // twice is fine

        Assert.Throws<ObjectDisposedException>(() => f.Invoke());
        Assert.Throws<ObjectDisposedException>(() => typed());
        Assert.Throws<ObjectDisposedException>(() => memory.ReadInt32(0));
        Assert.Throws<ObjectDisposedException>(() => memory.Write(0, [1]));
        Assert.Throws<ObjectDisposedException>(() => memory.Grow(1));
        Assert.Throws<ObjectDisposedException>(() => memory.Length);
        Assert.Throws<ObjectDisposedException>(() => memory.Pages);
        Assert.Throws<ObjectDisposedException>(() => memory.Access(0, 1, _ => { }));
        Assert.Throws<ObjectDisposedException>(() => table.Get(0));
        Assert.Throws<ObjectDisposedException>(() => table.Set(0, Value.NullFuncRef));
        Assert.Throws<ObjectDisposedException>(() => table.Grow(1, Value.NullFuncRef));
        Assert.Throws<ObjectDisposedException>(() => table.Size);
        Assert.Throws<ObjectDisposedException>(() => global.Value);
        Assert.Throws<ObjectDisposedException>(() => global.Value = Value.I32(1));
        Assert.Throws<ObjectDisposedException>(() => Instance.Create(store, module, []));
        Assert.Throws<ObjectDisposedException>(() => new Linker(engine).Instantiate(store, module));
        Assert.Throws<ObjectDisposedException>(() => new Memory(store, new MemoryType(1)));
        Assert.Throws<ObjectDisposedException>(() => new Table(store, new TableType(ValType.FuncRef, 1)));
        Assert.Throws<ObjectDisposedException>(() => new Global(store, new GlobalType(ValType.I32, false), Value.I32(0)));
        Assert.Throws<ObjectDisposedException>(() => Function.FromDelegate(store, () => { }));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ValueStackShrinksAfterDeepRecursion(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, """
            (module (func $deep (export "deep") (param i64) (result i64)
              (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
              (i64.add (call $deep (local.get 0)) (local.get 1))))
            """), []);
        var e = Assert.Throws<TrapException>(() => instance.GetFunction("deep")!.Invoke(Value.I64(1)));
        Assert.Equal(TrapCode.CallStackExhausted, e.Code);
        Assert.True(Weld.Execution.ExecStack.Current.Slots.Length <= Weld.Execution.ExecStack.TrimAbove);
    }

    internal static void Collect()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }
}
