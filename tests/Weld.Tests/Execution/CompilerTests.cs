using Weld.Execution.Compiler;
using Weld.Tests.Support;

namespace Weld.Tests.Execution;

/// <summary>What the IL compiler does beyond the spec suite: mixed compiled and interpreted code, backtraces,
/// growth seen in the middle of compiled code, lazy compilation and collectible code.</summary>
public class CompilerTests
{
    private const string Chain = """
        (module
          (memory (export "mem") 1)
          (func $inner (export "inner") (param i32) (result i32)
            (if (i32.eqz (local.get 0)) (then unreachable))
            (i32.store (i32.const 0) (local.get 0))
            (i32.mul (local.get 0) (i32.const 3)))
          (func $middle (export "middle") (param i32) (result i32)
            (i32.add (call $inner (local.get 0)) (i32.const 1)))
          (func $outer (export "outer") (param i32) (result i32)
            (i32.add (call $middle (local.get 0)) (i32.load (i32.const 0)))))
        """;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ABacktraceNamesEveryFrameInnermostFirst(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var outer = Instance.Create(store, Module.FromText(engine, Chain), []).GetFunction<int, int>("outer")!;
        Assert.Equal(5 * 3 + 1 + 5, outer(5));
        var e = Assert.Throws<TrapException>(() => outer(0));
        Assert.Equal(TrapCode.Unreachable, e.Code);
        Assert.Equal(["inner", "middle", "outer"], e.WasmBacktrace);
    }

    /// <summary>Compiled and interpreted functions call each other (the compiler leaves a function the JIT refuses to
    /// the interpreter): results, memory and backtraces are the same as when one back end runs everything.</summary>
    [Theory]
    [InlineData("middle")]
    [InlineData("inner")]
    [InlineData("outer")]
    public void CompiledAndInterpretedFunctionsCallEachOther(string interpreted)
    {
        var engine = new Engine(new EngineOptions { Backend = Backend.Compiler, InterpretFunction = name => name == interpreted });
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, Chain), []);
        var outer = instance.GetFunction<int, int>("outer")!;
        Assert.Equal(7 * 3 + 1 + 7, outer(7));
        Assert.Equal(7, instance.GetMemory("mem")!.ReadInt32(0));
        var e = Assert.Throws<TrapException>(() => outer(0));
        Assert.Equal(["inner", "middle", "outer"], e.WasmBacktrace);
        Assert.Equal(0, Weld.Execution.ExecStack.Current.Depth);
    }

    /// <summary>A host function grows the memory in the middle of a compiled function: the code after the call sees
    /// the new pages at once (and so does an instance that imports the memory).</summary>
    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void GrowthByTheHostOrAnotherInstanceIsSeenAtOnce(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var memory = new Memory(store, new MemoryType(1, 10));
        var grower = Instance.Create(store, Module.FromText(engine, """
            (module (import "env" "mem" (memory 1))
              (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
            """), [memory]);
        var hostGrow = Function.FromDelegate(store, (int pages) => (int)memory.Grow((ulong)pages));
        var user = Instance.Create(store, Module.FromText(engine, """
            (module
              (import "env" "mem" (memory 1))
              (import "env" "host_grow" (func $host_grow (param i32) (result i32)))
              (import "env" "wasm_grow" (func $wasm_grow (param i32) (result i32)))
              (func (export "run") (result i32)
                (i32.store (i32.const 65532) (i32.const 1))
                (drop (call $host_grow (i32.const 1)))
                (i32.store (i32.const 131068) (i32.const 2))
                (drop (call $wasm_grow (i32.const 1)))
                (i32.store (i32.const 196604) (i32.const 3))
                (i32.add (i32.add (i32.load (i32.const 65532)) (i32.load (i32.const 131068))) (i32.load (i32.const 196604)))))
            """), [memory, hostGrow, grower.GetFunction("grow")!]);
        Assert.Equal(6, user.GetFunction<int>("run")!());
        Assert.Equal(3ul, memory.Pages);
    }

    [Fact]
    public void OnlyCalledFunctionsAreCompiled()
    {
        var text = new System.Text.StringBuilder("(module\n");
        for (int i = 0; i < 2000; i++) text.Append($"(func (export \"f{i}\") (result i32) (i32.const {i}))\n");
        var engine = new Engine(new EngineOptions { Backend = Backend.Compiler });
        var module = Module.FromText(engine, text.Append(')').ToString());
        using var store = new Store(engine);
        var instance = Instance.Create(store, module, []);
        Assert.Equal(0, module.Compiled.PreparedCount);
        Assert.Equal(1234, instance.GetFunction<int>("f1234")!());
        Assert.Equal(1, module.Compiled.PreparedCount);
        module.Compile();
        Assert.Equal(2000, module.Compiled.PreparedCount);
    }

    /// <summary>Compiled code is collected with its module: a thousand modules compiled, run and dropped leave no code
    /// behind.</summary>
    [Fact]
    public void CompiledCodeIsCollectedWithItsModule()
    {
        var engine = new Engine(new EngineOptions { Backend = Backend.Compiler });
        var methods = new List<WeakReference>();
        for (int i = 0; i < 1000; i++) RunAndDrop(engine, i, methods);
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.Equal(1000, methods.Count);
        Assert.True(methods.Count(m => m.IsAlive) <= 10, $"{methods.Count(m => m.IsAlive)} of 1000 compiled functions still alive");
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void RunAndDrop(Engine engine, int i, List<WeakReference> methods)
    {
        var module = Module.FromText(engine, $"(module (func (export \"f\") (param i32) (result i32) (i32.add (local.get 0) (i32.const {i}))))");
        using var store = new Store(engine);
        Assert.Equal(i + 1, Instance.Create(store, module, []).GetFunction<int, int>("f")!(1));
        methods.Add(new WeakReference(((CompiledFunction)module.Compiled.CodeFor(0)).Method));
    }

    /// <summary>A br_table with a default alone, whose operands below the index travel to the target: the JIT used to
    /// refuse its IL (the index was left on the IL stack), and the function silently ran on the interpreter.</summary>
    [Fact]
    public void ABrTableWithOnlyADefaultCompiles()
    {
        int before = CompilerBackend.Fallbacks;
        var engine = Engines.Create(Backend.Compiler);
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, """
            (module
              (func (export "inner") (param i32) (result i32)
                (block (result i32) (block (result i32) (br_table 1 (i32.const 3) (i32.const 0))) (drop) (local.get 0)))
              (func (export "if") (param i32) (result i32)
                (block (result i32)
                  (if (result i32) (local.get 0) (then (br_table 1 (i32.const 3) (i32.const 0))) (else (local.get 0))))))
            """), []);
        Assert.Equal(3, instance.GetFunction<int, int>("inner")!(7));
        Assert.Equal(3, instance.GetFunction<int, int>("if")!(1));
        Assert.Equal(0, instance.GetFunction<int, int>("if")!(0));
        Assert.Equal(before, CompilerBackend.Fallbacks);
    }

    [Fact]
    public void TheJitTookEveryFunctionSoFar() => Assert.Equal(0, CompilerBackend.Fallbacks);
}
