using Weld.Syntax;
using Weld.Tests.Support;
using static Weld.Syntax.Opcode;
using static Weld.Tests.Execution.ModuleBuilder;

namespace Weld.Tests.Execution;

public class InterpreterCallTests
{
    private static int Run32(Instance inst, string name, params int[] args) =>
        inst.GetFunction(name)!.Invoke(args.Select(Value.I32).ToArray())[0].AsI32();

    /// <summary>f(n) = n == 0 ? 0 : 1 + f(n - 1), with an extra local so frames are not trivially small.</summary>
    private static Instance Recursive(Store store)
    {
        var b = new ModuleBuilder();
        int f = b.Def.Functions.Count;
        b.Func([I32], [I32], [
            Get(0), I(I32Eqz), I(If, BlockTypes.OfValue(I32)), Const(0),
            I(Else), Get(0), Const(1), I(I32Sub), Call(f), Const(1), I(I32Add), I(End)], "rec", [I64]);
        return b.Instantiate(store);
    }

    private static void ExhaustAndRecover(Backend backend, int fits, int fitsAfter)
    {
        using var store = new Store(Engines.Create(backend));
        var inst = Recursive(store);
        Assert.Equal(fits, Run32(inst, "rec", fits));
        var e = Assert.Throws<TrapException>(() => Run32(inst, "rec", 1_000_000));
        Assert.Equal(TrapCode.CallStackExhausted, e.Code);
        Assert.Equal("call stack exhausted", e.Message);
        // The store (and this thread's stacks) still work afterwards.
        Assert.Equal(fitsAfter, Run32(inst, "rec", fitsAfter));
        Assert.Equal(0, Weld.Execution.ExecStack.Current.Depth);
    }

    /// <summary>The interpreter keeps wasm frames off the native stack, so the engine's depth limit (10,000) decides
    /// everywhere; compiled code uses a native frame per call, and .NET keeps a margin of about 128 KiB, so a 256 KiB
    /// thread holds only a few hundred compiled frames.</summary>
    [Theory, MemberData(nameof(TestThreads.EveryBackendOnEveryThread), MemberType = typeof(TestThreads))]
    public void RecursionToExhaustionTrapsAndRecovers(Backend backend, TestThread thread) =>
        TestThreads.Run(thread, () =>
        {
            if (backend == Backend.Compiler && thread == TestThread.SmallStack) ExhaustAndRecover(backend, 300, 500);
            else ExhaustAndRecover(backend, 5000, 9000);
        });

    /// <summary>Compiled code on a 256 KiB thread, a thousand times in a row in one process, with a host call into
    /// wasm in between: each runaway recursion traps, and the next call still works.</summary>
    [Fact]
    public void CompiledRecursionExhaustsAThousandTimesOnASmallStack() =>
        TestThreads.Run(TestThread.SmallStack, () =>
        {
            using var store = new Store(Engines.Create(Backend.Compiler));
            var inst = Recursive(store);
            for (int i = 0; i < 1000; i++)
            {
                Assert.Equal(TrapCode.CallStackExhausted, Assert.Throws<TrapException>(() => Run32(inst, "rec", 1_000_000)).Code);
                Assert.Equal(100, Run32(inst, "rec", 100));
            }
        });

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void MaxCallDepthIsConfigurable(Backend backend)
    {
        using var store = new Store(new Engine(new EngineOptions { Backend = backend, MaxCallDepth = 100 }));
        var inst = Recursive(store);
        Assert.Equal(99, Run32(inst, "rec", 99));
        Assert.Equal(TrapCode.CallStackExhausted, Assert.Throws<TrapException>(() => Run32(inst, "rec", 100)).Code);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void HostFunctionsAndReentry(Backend backend)
    {
        using var store = new Store(Engines.Create(backend));
        Instance? inst = null;
        // host(x) = wasm "twice"(x) + 1: the host re-enters wasm from inside a wasm call.
        var host = Function.FromDelegate(store, (int x) => inst!.GetFunction("twice")!.Invoke(Value.I32(x))[0].AsI32() + 1, "host");
        var b = new ModuleBuilder();
        int h = b.ImportFunc("env", "host", [I32], [I32]);
        b.Func([I32], [I32], [Get(0), Const(2), I(I32Mul)], "twice");
        // outer(x) = host(x + 1) * 10 + x; keeps values live across the host call
        b.Func([I32], [I32], [Get(0), Get(0), Const(1), I(I32Add), Call(h), Const(10), I(I32Mul), I(I32Add)], "outer");
        inst = b.Instantiate(store, host);
        Assert.Equal(((3 + 1) * 2 + 1) * 10 + 3, Run32(inst, "outer", 3));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void HostTrapUnwindsCleanly(Backend backend)
    {
        using var store = new Store(Engines.Create(backend));
        var boom = Function.FromDelegate(store, (int x) => x < 0 ? throw new InvalidOperationException("boom") : x, "boom");
        var b = new ModuleBuilder();
        int h = b.ImportFunc("env", "boom", [I32], [I32]);
        b.Func([I32], [I32], [Get(0), Call(h)], "f");
        var inst = b.Instantiate(store, boom);
        Assert.Equal(TrapCode.HostError, Assert.Throws<TrapException>(() => Run32(inst, "f", -1)).Code);
        Assert.Equal(5, Run32(inst, "f", 5));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void CallIndirectChecksBoundsNullAndType(Backend backend)
    {
        var b = new ModuleBuilder();
        b.Table(4);
        int add = b.Func([I32, I32], [I32], [Get(0), Get(1), I(I32Add)]);
        int sub = b.Func([I32, I32], [I32], [Get(0), Get(1), I(I32Sub)]);
        int neg = b.Func([I32], [I32], [Const(0), Get(0), I(I32Sub)]);
        b.ActiveElems(0, 0, add, sub, neg);
        int binType = b.Type([I32, I32], [I32]); // structurally equal to add's type, different index
        b.Func([I32, I32, I32], [I32], [Get(1), Get(2), Get(0), I(CallIndirect, binType, 0)], "dispatch");
        var inst = b.Instantiate(new Store(Engines.Create(backend)));
        Assert.Equal(7, Run32(inst, "dispatch", 0, 3, 4));
        Assert.Equal(-1, Run32(inst, "dispatch", 1, 3, 4));
        Assert.Equal(TrapCode.IndirectCallTypeMismatch, Assert.Throws<TrapException>(() => Run32(inst, "dispatch", 2, 3, 4)).Code);
        Assert.Equal(TrapCode.UninitializedElement, Assert.Throws<TrapException>(() => Run32(inst, "dispatch", 3, 3, 4)).Code);
        Assert.Equal(TrapCode.UndefinedElement, Assert.Throws<TrapException>(() => Run32(inst, "dispatch", 4, 3, 4)).Code);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void CallsAcrossInstancesSwitchContext(Backend backend)
    {
        using var store = new Store(Engines.Create(backend));
        var lib = new ModuleBuilder();
        lib.Global(I32, true, Const(100), "g");
        lib.Func([I32], [I32], [I(GlobalGet, 0), Get(0), I(I32Add)], "addg");
        var libInst = lib.Instantiate(store);
        var app = new ModuleBuilder();
        int f = app.ImportFunc("lib", "addg", [I32], [I32]);
        app.Global(I32, true, Const(1));
        app.Func([I32], [I32], [Get(0), Call(f), I(GlobalGet, 0), I(I32Add)], "run");
        var appInst = app.Instantiate(store, libInst.GetFunction("addg"));
        Assert.Equal(5 + 100 + 1, Run32(appInst, "run", 5));
    }
}
