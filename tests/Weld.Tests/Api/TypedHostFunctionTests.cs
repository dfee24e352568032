using System.Runtime.Intrinsics;
using Weld.Tests.Support;
using static Weld.Tests.Api.TypedShapes;

namespace Weld.Tests.Api;

/// <summary>Typed host functions called from wasm (<see cref="HostFunction.FromDelegate(Action, string?)"/> and its
/// overloads, <see cref="Linker.DefineFunction(string, string, HostFunction)"/>'s typed forms): no parameter, sixteen,
/// several results as a ValueTuple, a <see cref="Caller"/> first, and the errors.</summary>
public class TypedHostFunctionTests
{
    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ALambdaDefinesAFunctionDirectly(Backend backend)
    {
        var engine = Engines.Create(backend);
        int ticks = 0;
        var linker = new Linker(engine)
            .DefineFunction("env", "add", (int a, int b) => a + b)
            .DefineFunction("env", "tick", () => { ticks++; });
        var module = Module.FromText(engine, """
            (module
              (import "env" "add" (func $add (param i32 i32) (result i32)))
              (import "env" "tick" (func $tick))
              (func (export "run") (param i32 i32) (result i32) (call $tick) (call $tick) (call $add (local.get 0) (local.get 1))))
            """);
        using var store = new Store(engine);
        Assert.Equal(-3, linker.Instantiate(store, module).GetFunction<int, int, int>("run")!(4, -7));
        Assert.Equal(2, ticks);
        Assert.Equal("(func (param i32 i32) (result i32))", ((Function)linker.Get(store, "env", "add")!).Type.ToString());
        Assert.Equal("add", ((Function)linker.Get(store, "env", "add")!).Name);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void SixteenParametersArriveInOrder(Backend backend)
    {
        var engine = Engines.Create(backend);
        object[]? got = null;
        var linker = new Linker(engine).DefineFunction("env", "h16",
            (int a1, long a2, float a3, double a4, int a5, long a6, float a7, Vector128<byte> a8,
             int a9, long a10, float a11, double a12, int a13, long a14, float a15, double a16) =>
            {
                got = [a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16];
                return a16 - a1;
            });
        var module = Module.FromText(engine, $"""
            (module
              (import "env" "h16" (func $h16 (param {Params}) (result f64)))
              (func (export "run") (result f64) (call $h16 {AllConsts})))
            """);
        using var store = new Store(engine);
        Assert.Equal(15.25, linker.Instantiate(store, module).GetFunction<double>("run")!());
        Assert.Equal(Enumerable.Range(1, 16).Select(ValueAt), got!);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void SeveralResultsComeFromAValueTuple(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var other = Function.FromDelegate(new Store(engine), () => { });
        var mine = Function.FromDelegate(store, () => { });
        var token = new object();
        Function handed = mine;
        var linker = new Linker(engine)
            .DefineFunction("env", "pair", (int x) => (x + 1, (long)x << 33))
            .DefineFunction("env", "nine", () => (1, 2L, 3.5f, 4.25, 5, 6, Vector128.Create(7UL, 8UL).AsByte(), 8L, 9.25))
            .DefineFunction("env", "refs", () => (handed, token));
        var module = Module.FromText(engine, """
            (module
              (import "env" "pair" (func $pair (param i32) (result i32 i64)))
              (import "env" "nine" (func $nine (result i32 i64 f32 f64 i32 i32 v128 i64 f64)))
              (import "env" "refs" (func $refs (result funcref externref)))
              (func (export "pair") (param i32) (result i64) (local $hi i64)
                (call $pair (local.get 0)) (local.set $hi) (i64.extend_i32_u) (local.get $hi) (i64.add))
              (func (export "nine") (result i32 i64 f32 f64 i32 i32 v128 i64 f64) (call $nine))
              (func (export "refs") (result funcref externref) (call $refs)))
            """);
        var instance = linker.Instantiate(store, module);
        Assert.Equal((3L << 33) + 4, instance.GetFunction<int, long>("pair")!(3));
        Assert.Equal((1, 2L, 3.5f, 4.25, 5, 6, Vector128.Create(7UL, 8UL).AsByte(), 8L, 9.25),
            instance.GetFunction<(int, long, float, double, int, int, Vector128<byte>, long, double)>("nine")!());
        var (f, o) = instance.GetFunction<(Function, object)>("refs")!();
        Assert.Same(token, o);
        Assert.Equal(mine.Type, f.Type);

        // A funcref result of another store traps, in a tuple as alone.
        handed = other;
        Assert.Equal(TrapCode.HostError, Assert.Throws<TrapException>(() => instance.GetFunction<(Function, object)>("refs")!()).Code);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void CallsAllocateNothing(Backend backend)
    {
        var engine = Engines.Create(backend);
        var linker = new Linker(engine)
            .DefineFunction("env", "inc", (int x) => x + 1)
            .DefineFunction("env", "split", (Caller c, int x) => (x, (long)x));
        var module = Module.FromText(engine, """
            (module
              (import "env" "inc" (func $inc (param i32) (result i32)))
              (import "env" "split" (func $split (param i32) (result i32 i64)))
              (func (export "loop") (param $n i32) (result i32) (local $acc i32)
                (loop $l
                  (local.set $acc (call $inc (local.get $acc)))
                  (call $split (local.get $acc)) (drop) (local.set $acc)
                  (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
                (local.get $acc)))
            """);
        using var store = new Store(engine);
        var loop = linker.Instantiate(store, module).GetFunction<int, int>("loop")!;
        Assert.Equal(1000, loop(1000));
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) loop(100);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ACallerFirstIsTheCallingInstance(Backend backend)
    {
        var engine = Engines.Create(backend);
        Instance? seen = null;
        int notes = 0;
        var linker = new Linker(engine)
            .DefineFunction("env", "peek", (Caller c, int address) =>
            {
                seen = c.Instance;
                return c.GetMemory()?.ReadInt32((ulong)address) ?? -1;
            })
            .DefineFunction("env", "note", (Caller c) => { notes += c.Instance is null ? 100 : 1; });
        var module = Module.FromText(engine, """
            (module
              (import "env" "peek" (func $peek (param i32) (result i32)))
              (import "env" "note" (func $note))
              (memory (export "memory") 1)
              (data (i32.const 16) "\2a\00\00\00")
              (func (export "run") (param i32) (result i32) (call $note) (call $peek (local.get 0))))
            """);
        using var store = new Store(engine);
        var instance = linker.Instantiate(store, module);
        Assert.Equal("(func (param i32) (result i32))", ((Function)linker.Get(store, "env", "peek")!).Type.ToString());
        Assert.Equal(42, instance.GetFunction<int, int>("run")!(16));
        Assert.Same(instance, seen);
        Assert.Equal(1, notes);

        // Called by the host directly there is no calling instance.
        Assert.Equal(-1, ((Function)linker.Get(store, "env", "peek")!).AsFunc<int, int>()(16));
        Assert.Null(seen);
        ((Function)linker.Get(store, "env", "note")!).AsAction()();
        Assert.Equal(101, notes);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ACallerFirstLeavesFifteenParameters(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var f = Function.FromDelegate(store, (Caller c, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, int a9, int a10,
            int a11, int a12, int a13, int a14, int a15) => (c.Store == store ? 1 : 0, a1 + 2 * a2 + 3 * a3 + 15 * a15));
        Assert.Equal("(func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32 i32))", f.Type.ToString());
        var module = Module.FromText(engine, """
            (module
              (import "env" "f" (func $f (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32 i32)))
              (func (export "run") (result i32 i32)
                (call $f (i32.const 1) (i32.const 2) (i32.const 3) (i32.const 4) (i32.const 5) (i32.const 6) (i32.const 7)
                  (i32.const 8) (i32.const 9) (i32.const 10) (i32.const 11) (i32.const 12) (i32.const 13) (i32.const 14) (i32.const 15))))
            """);
        Assert.Equal((1, 1 + 4 + 9 + 225), Instance.Create(store, module, [f]).GetFunction<(int, int)>("run")!());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AWrongSignatureIsRefusedClearly(Backend backend)
    {
        var engine = Engines.Create(backend);
        var module = Module.FromText(engine, """(module (import "env" "f" (func (param i32) (result i32))))""");
        using var store = new Store(engine);

        var linker = new Linker(engine).DefineFunction("env", "f", (long x) => x);
        var e = Assert.Throws<LinkException>(() => linker.Instantiate(store, module));
        Assert.Contains("incompatible import type", e.Message);
        linker = new Linker(engine).DefineFunction("env", "f", (int x) => (x, x));
        Assert.Contains("incompatible import type", Assert.Throws<LinkException>(() => linker.Instantiate(store, module)).Message);

        Assert.Throws<NotSupportedException>(() => HostFunction.FromDelegate((string s) => 1));
        Assert.Throws<NotSupportedException>(() => HostFunction.FromDelegate(() => (1, "two")));
        Assert.Throws<NotSupportedException>(() => new Linker(engine).DefineFunction("env", "f", (int x) => ((1, 2), 3)));
        Assert.Throws<ArgumentNullException>(() => new Linker(engine).DefineFunction("env", "f", (Func<Caller, int, int>)null!));

        var late = Assert.Throws<NotSupportedException>(() => HostFunction.FromDelegate((int a, Caller c) => a));
        Assert.Contains("a Caller may only be the first parameter", late.Message);
    }
}
