using Weld.Execution.Compiler;
using Weld.Tests.Support;

namespace Weld.Tests.Execution;

/// <summary>return_call_ref is a real tail call: a million deep in constant native and wasm stack, on a 256 KiB
/// thread, to functions of the module, of the host and of other instances, and from inside try_table and try (whose
/// handlers the caller leaves behind); a null reference traps.</summary>
public class TailCallRefTests
{
    private const int Million = 1_000_000;

    private const string Loops = """
        (module
          (type $ii (func (param i64) (result i64)))
          (type $pair (func (param i32 i64) (result i64 i32)))
          (import "env" "host" (func $host (type $ii)))
          (elem declare func $self $to-host $pair $host)
          (func $self (export "self") (type $ii)
            (if (i64.eqz (local.get 0)) (then (return (i64.const 7))))
            (return_call_ref $ii (i64.sub (local.get 0) (i64.const 1)) (ref.func $self)))
          (func $to-host (export "to-host") (type $ii)
            (if (i64.eqz (local.get 0)) (then (return_call_ref $ii (i64.const 40) (ref.func $host))))
            (return_call_ref $ii (i64.sub (local.get 0) (i64.const 1)) (ref.func $to-host)))
          (func $pair (export "pair") (type $pair)
            (if (i32.eqz (local.get 0)) (then (return (local.get 1) (i32.const 3))))
            (return_call_ref $pair (i32.sub (local.get 0) (i32.const 1)) (i64.add (local.get 1) (i64.const 2))
              (ref.func $pair)))
          (func (export "null") (type $ii)
            (return_call_ref $ii (local.get 0) (ref.null $ii))))
        """;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void LoopsAMillionDeepOnASmallStack(Backend backend) =>
        TestThreads.Run(TestThread.SmallStack, () =>
        {
            int fallbacks = CompilerBackend.Fallbacks;
            var engine = Engines.Create(backend);
            using var store = new Store(engine);
            var host = Function.FromDelegate(store, (long x) => x + 2);
            var instance = Instance.Create(store, Module.FromText(engine, Loops), [host]);
            Assert.Equal(7, instance.GetFunction<long, long>("self")!(Million));
            Assert.Equal(42, instance.GetFunction<long, long>("to-host")!(Million));
            var results = instance.GetFunction("pair")!.Invoke(Value.I32(Million), Value.I64(0));
            Assert.Equal(2L * Million, results[0].AsI64());
            Assert.Equal(3, results[1].AsI32());
            var e = Assert.Throws<TrapException>(() => instance.GetFunction<long, long>("null")!(1));
            Assert.Equal(TrapCode.NullFunctionReference, e.Code);
            Assert.Equal(7, instance.GetFunction<long, long>("self")!(3)); // the trap left the store usable
            Assert.Equal(fallbacks, CompilerBackend.Fallbacks); // every function compiled: the JIT took the tail calls
        });

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void InstancesTailCallEachOtherAMillionDeep(Backend backend) =>
        TestThreads.Run(TestThread.SmallStack, () =>
        {
            var engine = Engines.Create(backend);
            using var store = new Store(engine);
            // The first instance reaches the second through a global of its own that the second's start function
            // sets to a reference to its "pong"; the second reaches the first through a reference to its import.
            var first = Instance.Create(store, Module.FromText(engine, """
                (module
                  (type $f (func (param i64) (result i64)))
                  (global $next (export "next") (mut (ref null $f)) (ref.null $f))
                  (func (export "ping") (type $f)
                    (if (i64.eqz (local.get 0)) (then (return (i64.const 1))))
                    (return_call_ref $f (i64.sub (local.get 0) (i64.const 1)) (global.get $next))))
                """), []);
            var second = Instance.Create(store, Module.FromText(engine, """
                (module
                  (type $f (func (param i64) (result i64)))
                  (import "env" "ping" (func $ping (type $f)))
                  (import "env" "next" (global $next (mut (ref null $f))))
                  (elem declare func $ping $pong)
                  (func $pong (export "pong") (type $f)
                    (if (i64.eqz (local.get 0)) (then (return (i64.const 2))))
                    (return_call_ref $f (i64.sub (local.get 0) (i64.const 1)) (ref.func $ping)))
                  (func $start (global.set $next (ref.func $pong)))
                  (start $start))
                """), [first.GetFunction("ping")!, first.GetGlobal("next")!]);
            Assert.Equal(1, first.GetFunction<long, long>("ping")!(Million));
            Assert.Equal(2, second.GetFunction<long, long>("pong")!(Million));
            Assert.Equal(2, second.GetFunction<long, long>("pong")!(Million + 2));
        });

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ATailCallThroughAReferenceLeavesTheCallersHandlersBehind(Backend backend) =>
        TestThreads.Run(TestThread.SmallStack, () =>
        {
            var engine = Engines.Create(backend);
            using var store = new Store(engine);
            var instance = Instance.Create(store, Module.FromText(engine, """
                (module
                  (tag $t (param i32))
                  (type $v (func (param i32) (result i32)))
                  (elem declare func $thrower $count $legacy)
                  (func $thrower (type $v) (throw $t (local.get 0)))
                  (func $count (export "count") (type $v)
                    (block $h (result i32)
                      (try_table (result i32) (catch $t $h)
                        (if (result i32) (local.get 0)
                          (then (return_call_ref $v (i32.sub (local.get 0) (i32.const 1)) (ref.func $count)))
                          (else (return_call_ref $v (i32.const 7) (ref.func $thrower)))))))
                  (func $legacy (export "legacy") (type $v)
                    (try (result i32)
                      (do
                        (if (result i32) (local.get 0)
                          (then (return_call_ref $v (i32.sub (local.get 0) (i32.const 1)) (ref.func $legacy)))
                          (else (return_call_ref $v (i32.const 8) (ref.func $thrower)))))
                      (catch $t)))
                  (func (export "caught") (param i32) (result i32)
                    (block $h (result i32)
                      (try_table (result i32) (catch $t $h) (call $count (local.get 0))))))
                """), []);
            foreach (var (name, expected) in new[] { ("count", 7), ("legacy", 8) })
            {
                var e = Assert.Throws<WasmException>(() => instance.GetFunction(name)!.Invoke([Value.I32(Million)]));
                Assert.Equal(expected, e.Payload[0].AsI32());
            }
            // A caller of the chain that did not tail-call still catches what the last callee throws.
            Assert.Equal(7, instance.GetFunction<int, int>("caught")!(Million));
        });
}
