using Weld.Execution.Compiler;
using Weld.Tests.Support;

namespace Weld.Tests.Execution;

/// <summary>Tail calls (return_call, return_call_indirect) run a million deep in constant native and wasm stack, on a
/// 256 KiB thread, to functions of the module, of other instances, of tables and of the host; fuel, interruption
/// and the call-depth guard still work across them.</summary>
public class TailCallTests
{
    private const int Million = 1_000_000;

    private const string Loops = """
        (module
          (type $ii (func (param i64) (result i64)))
          (import "env" "host" (func $host (param i64) (result i64)))
          (table 2 funcref)
          (elem (i32.const 0) $indirect $host)
          (func $self (export "self") (param i64) (result i64)
            (if (i64.eqz (local.get 0)) (then (return (i64.const 7))))
            (return_call $self (i64.sub (local.get 0) (i64.const 1))))
          (func $indirect (export "indirect") (param i64) (result i64)
            (return_call_indirect (type $ii) (i64.sub (local.get 0) (i64.const 1))
              (i64.eqz (i64.sub (local.get 0) (i64.const 1)))))
          (func $to-host (export "to-host") (param i64) (result i64)
            (if (i64.eqz (local.get 0)) (then (return_call $host (i64.const 40))))
            (return_call $to-host (i64.sub (local.get 0) (i64.const 1))))
          (func $pair (export "pair") (param i32 i64) (result i64 i32)
            (if (i32.eqz (local.get 0)) (then (return (local.get 1) (i32.const 3))))
            (return_call $pair (i32.sub (local.get 0) (i32.const 1)) (i64.add (local.get 1) (i64.const 2))))
          (func (export "forever") (param i64) (result i64)
            (return_call $self (i64.const -1)))
          (func $nested (export "nested") (param i64) (result i64)
            (if (i64.eqz (local.get 0)) (then (return (i64.const 0))))
            (i64.add (i64.const 1) (call $bounce (i64.sub (local.get 0) (i64.const 1)))))
          (func $bounce (param i64) (result i64) (return_call $nested (local.get 0))))
        """;

    /// <summary>Tail-calls the "ping" of another instance through its import.</summary>
    private const string Pong = """
        (module
          (import "env" "ping" (func $ping (param i64) (result i64)))
          (func (export "pong") (param i64) (result i64)
            (if (i64.eqz (local.get 0)) (then (return (i64.const 2))))
            (return_call $ping (i64.sub (local.get 0) (i64.const 1)))))
        """;

    private static Instance Create(Store store, Engine engine)
    {
        var host = Function.FromDelegate(store, (long x) => x + 2);
        return Instance.Create(store, Module.FromText(engine, Loops), [host]);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void LoopsAMillionDeepOnASmallStack(Backend backend) =>
        TestThreads.Run(TestThread.SmallStack, () =>
        {
            int fallbacks = CompilerBackend.Fallbacks;
            var engine = Engines.Create(backend);
            using var store = new Store(engine);
            var instance = Create(store, engine);
            Assert.Equal(7, instance.GetFunction<long, long>("self")!(Million));
            // The last indirect call goes to the host function in element 1, the others to element 0.
            Assert.Equal(2, instance.GetFunction<long, long>("indirect")!(Million));
            Assert.Equal(42, instance.GetFunction<long, long>("to-host")!(Million));
            var results = instance.GetFunction("pair")!.Invoke(Value.I32(Million), Value.I64(0));
            Assert.Equal(2L * Million, results[0].AsI64());
            Assert.Equal(3, results[1].AsI32());
            Assert.Equal(fallbacks, CompilerBackend.Fallbacks); // every function compiled: the JIT took the tail calls
        });

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void InstancesTailCallEachOtherAMillionDeep(Backend backend) =>
        TestThreads.Run(TestThread.SmallStack, () =>
        {
            var engine = Engines.Create(backend);
            using var store = new Store(engine);
            // The first instance reaches the second through a table the host fills once both exist (a host function
            // standing in for the second's export would not be a tail call); the second imports the first's export.
            var table = new Table(store, new TableType(ValType.FuncRef, new Limits(1)), Value.NullFuncRef);
            var first = Instance.Create(store, Module.FromText(engine, """
                (module
                  (type $f (func (param i64) (result i64)))
                  (import "env" "t" (table 1 funcref))
                  (func (export "ping") (param i64) (result i64)
                    (if (i64.eqz (local.get 0)) (then (return (i64.const 1))))
                    (return_call_indirect (type $f) (i64.sub (local.get 0) (i64.const 1)) (i32.const 0))))
                """), [table]);
            var second = Instance.Create(store, Module.FromText(engine, Pong), [first.GetFunction("ping")!]);
            table.Set(0, Value.FuncRef(second.GetFunction("pong")!));
            Assert.Equal(1, first.GetFunction<long, long>("ping")!(Million));
            Assert.Equal(2, second.GetFunction<long, long>("pong")!(Million));
            Assert.Equal(2, second.GetFunction<long, long>("pong")!(Million + 2));
        });

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TailCallsToAnImportedWasmFunctionRunInConstantStack(Backend backend) =>
        TestThreads.Run(TestThread.SmallStack, () =>
        {
            var engine = Engines.Create(backend);
            using var store = new Store(engine);
            var callee = Instance.Create(store, Module.FromText(engine, """
                (module (func $down (export "down") (param i64) (result i64)
                  (if (i64.eqz (local.get 0)) (then (return (i64.const 5))))
                  (return_call $down (i64.sub (local.get 0) (i64.const 1)))))
                """), []);
            var caller = Instance.Create(store, Module.FromText(engine, """
                (module
                  (import "env" "down" (func $down (param i64) (result i64)))
                  (func $loop (export "loop") (param i64 i64) (result i64)
                    (if (i64.eqz (local.get 0)) (then (return_call $down (local.get 1))))
                    (return_call $loop (i64.sub (local.get 0) (i64.const 1)) (local.get 1))))
                """), [callee.GetFunction("down")!]);
            Assert.Equal(5, caller.GetFunction<long, long, long>("loop")!(Million, Million));
        });

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void FuelRunsOutInAnEndlessTailCallLoop(Backend backend)
    {
        var engine = new Engine(new EngineOptions { Backend = backend, ConsumeFuel = true });
        using var store = new Store(engine);
        store.Fuel = 100_000;
        var instance = Create(store, engine);
        var e = Assert.Throws<TrapException>(() => instance.GetFunction<long, long>("forever")!(0));
        Assert.Equal(TrapCode.OutOfFuel, e.Code);
        store.Fuel = 10_000_000;
        Assert.Equal(7, instance.GetFunction<long, long>("self")!(1000));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AnEndlessTailCallLoopIsInterrupted(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var instance = Create(store, engine);
        var e = Assert.Throws<TrapException>(() =>
            instance.GetFunction("forever")!.Invoke([Value.I64(0)], TimeSpan.FromMilliseconds(100)));
        Assert.Equal(TrapCode.Interrupted, e.Code);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void OrdinaryCallsBetweenTailCallsStillCountTowardsTheDepthLimit(Backend backend) =>
        TestThreads.Run(TestThread.SmallStack, () =>
        {
            var engine = Engines.Create(backend);
            using var store = new Store(engine);
            var nested = Create(store, engine).GetFunction<long, long>("nested")!;
            Assert.Equal(100, nested(100));
            var e = Assert.Throws<TrapException>(() => nested(10_000_000));
            Assert.Equal(TrapCode.CallStackExhausted, e.Code);
            Assert.Equal(100, nested(100));
        });

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void WithoutTheFeatureTailCallsAreRefused(Backend backend)
    {
        var engine = new Engine(new EngineOptions { Backend = backend, Features = WasmFeatures.None });
        const string wat = "(module (func $f (return_call $f)))";
        Assert.Throws<InvalidModuleException>(() => Module.FromText(engine, wat));
        var e = Assert.Throws<MalformedModuleException>(() => Module.FromBytes(engine, Module.TextToBinary(wat)));
        Assert.StartsWith("illegal opcode 12", e.Message, StringComparison.Ordinal);
        Module.FromText(Engines.Create(backend), wat);
    }
}
