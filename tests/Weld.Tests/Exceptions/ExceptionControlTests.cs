using Weld.Tests.Support;

namespace Weld.Tests.Exceptions;

/// <summary>What an exception in flight must not change: traps (fuel, interruption, call depth, host errors) are never
/// caught by wasm, and unwinding restores the call depth so that a caught exception leaks nothing.</summary>
public class ExceptionControlTests
{
    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TrapsAreNotCaughtByCatchAll(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var fail = Function.FromDelegate(store, () => throw new InvalidOperationException("host failure"));
        var instance = Instance.Create(store, Module.FromText(engine, """
            (module
              (import "env" "fail" (func $fail))
              (func $deep (call $deep))
              (func (export "unreachable") (block $h (try_table (catch_all $h) (unreachable))))
              (func (export "host") (block $h (try_table (catch_all $h) (call $fail))))
              (func (export "exhaust") (block $h (try_table (catch_all $h) (call $deep))))
              (func (export "legacy") (try (do (unreachable)) (catch_all))))
            """), [fail]);
        Assert.Equal(TrapCode.Unreachable, Assert.Throws<TrapException>(() => instance.GetFunction("unreachable")!.Invoke()).Code);
        Assert.Equal(TrapCode.HostError, Assert.Throws<TrapException>(() => instance.GetFunction("host")!.Invoke()).Code);
        Assert.Equal(TrapCode.CallStackExhausted, Assert.Throws<TrapException>(() => instance.GetFunction("exhaust")!.Invoke()).Code);
        Assert.Equal(TrapCode.Unreachable, Assert.Throws<TrapException>(() => instance.GetFunction("legacy")!.Invoke()).Code);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ATailCallLeavesTheCallersHandlersBehind(Backend backend)
    {
        // The caller's frame is gone once it tail-calls, so its try_table or try no longer catches; a million such
        // calls still run in constant stack.
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, """
            (module
              (tag $t (param i32))
              (type $v (func (param i32) (result i32)))
              (table funcref (elem $thrower))
              (func $thrower (param i32) (result i32) (throw $t (local.get 0)))
              (func $count (export "count") (param i32) (result i32)
                (block $h (result i32)
                  (try_table (result i32) (catch $t $h)
                    (if (result i32) (local.get 0)
                      (then (return_call $count (i32.sub (local.get 0) (i32.const 1))))
                      (else (return_call $thrower (i32.const 7)))))))
              (func (export "indirect") (param i32) (result i32)
                (block $h (result i32)
                  (try_table (result i32) (catch $t $h)
                    (return_call_indirect (type $v) (local.get 0) (i32.const 0)))))
              (func (export "legacy") (param i32) (result i32)
                (try (result i32) (do (return_call $thrower (local.get 0))) (catch $t))))
            """), []);
        foreach (var (name, arg) in new[] { ("count", 1_000_000), ("indirect", 5), ("legacy", 5) })
        {
            var e = Assert.Throws<WasmException>(() => instance.GetFunction(name)!.Invoke([Value.I32(arg)]));
            Assert.Equal(name == "count" ? 7 : arg, e.Payload[0].AsI32());
        }
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void FuelRunsOutWhileExceptionsAreThrownAndCaught(Backend backend)
    {
        var engine = new Engine(new EngineOptions { Backend = backend, ConsumeFuel = true });
        using var store = new Store(engine);
        store.AddFuel(10_000);
        var instance = Instance.Create(store, Module.FromText(engine, """
            (module
              (tag $t)
              (func (export "spin")
                (loop $l
                  (block $h (try_table (catch_all $h) (throw $t)))
                  (br $l))))
            """), []);
        Assert.Equal(TrapCode.OutOfFuel, Assert.Throws<TrapException>(() => instance.GetFunction("spin")!.Invoke()).Code);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AnInterruptionIsNotCaught(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var interrupt = Function.FromDelegate(store, () => store.SetEpochDeadline(0));
        var instance = Instance.Create(store, Module.FromText(engine, """
            (module
              (import "env" "interrupt" (func $interrupt))
              (tag $t)
              (func (export "spin")
                (call $interrupt)
                (loop $l
                  (block $h (try_table (catch_all $h) (throw $t)))
                  (block $h (try (do (loop $m (br $m))) (catch_all)))
                  (br $l))))
            """), [interrupt]);
        Assert.Equal(TrapCode.Interrupted, Assert.Throws<TrapException>(() => instance.GetFunction("spin")!.Invoke()).Code);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void CatchingAfterDeepRecursionRestoresTheCallDepth(Backend backend)
    {
        // 200 rounds of throwing from depth 100 and catching at the top: a leaked depth would exhaust the limit of 1,000.
        var engine = new Engine(new EngineOptions { Backend = backend, MaxCallDepth = 1_000 });
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, """
            (module
              (tag $t (param i32))
              (func $down (param i32)
                (if (i32.eqz (local.get 0)) (then (throw $t (i32.const 1))))
                (call $down (i32.sub (local.get 0) (i32.const 1))))
              (func (export "rounds") (param i32) (result i32) (local i32)
                (loop $l
                  (block $h (result i32)
                    (try_table (catch $t $h) (call $down (i32.const 100)))
                    (i32.const 0))
                  (local.set 1 (i32.add (local.get 1)))
                  (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
                (local.get 1)))
            """), []);
        Assert.Equal(200, instance.GetFunction<int, int>("rounds")!(200));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void WithoutTheFeatureTagsAndExceptionInstructionsAreRefused(Backend backend)
    {
        var engine = new Engine(new EngineOptions { Backend = backend, Features = WasmFeatures.None });
        foreach (var wat in new[] { "(module (tag))", "(module (func (try_table)))", "(module (func (param exnref)))" })
        {
            var e = Assert.Throws<InvalidModuleException>(() => Module.FromText(engine, wat));
            Assert.Contains("exception handling feature", e.Message, StringComparison.Ordinal);
        }
        var bytes = Module.TextToBinary("(module (tag))");
        Assert.StartsWith("malformed section id", Assert.Throws<MalformedModuleException>(() => Module.FromBytes(engine, bytes)).Message,
            StringComparison.Ordinal);
        var throwBytes = Module.TextToBinary("(module (tag) (func (throw 0)))");
        Assert.StartsWith("malformed section id", Assert.Throws<MalformedModuleException>(() => Module.FromBytes(engine, throwBytes)).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void TagTypesPrintAndMatchAsTheSpecSays()
    {
        var engine = new Engine();
        var module = Module.FromText(engine, """(module (import "m" "t" (tag (param i32))) (tag (export "u") (param f32 i64)))""");
        Assert.Equal("""import "m" "t" (tag (param i32))""", module.Imports[0].ToString());
        Assert.Equal(ExternKind.Tag, module.Imports[0].Type.Kind);
        Assert.Equal("(tag (param f32 i64))", module.Exports[0].Type.ToString());
        Assert.True(new TagType([ValType.I32]).Matches(new TagType([ValType.I32])));
        Assert.False(new TagType([ValType.I32]).Matches(new TagType([ValType.I64])));
        Assert.Equal("(tag)", new TagType([]).ToString());
    }
}
