using Weld.Tests.Support;

namespace Weld.Tests.Execution;

/// <summary>Multiple memories: each instruction reaches the memory it names on both back ends (memory 0 keeps its
/// fast path), and the host sees every memory by its export name, from outside and from a host function.</summary>
public class MultiMemoryTests
{
    private const string Text = """
        (module
          (import "host" "peek" (func $peek (param i32) (result i32)))
          (memory $a (export "a") 1)
          (memory $b (export "b") 1 2)
          (data (memory $b) (i32.const 8) "\2a")
          (func (export "store") (param i32 i32) (i32.store $b (local.get 0) (local.get 1)) (i32.store8 (local.get 0) (i32.const 5)))
          (func (export "loadA") (param i32) (result i32) (i32.load $a (local.get 0)))
          (func (export "loadB") (param i32) (result i32) (i32.load $b offset=0 (local.get 0)))
          (func (export "simdB") (param i32) (result i32) (i32x4.extract_lane 0 (v128.load $b (local.get 0))))
          (func (export "growB") (result i32) (memory.grow $b (i32.const 1)))
          (func (export "copy") (memory.copy $a $b (i32.const 100) (i32.const 8) (i32.const 1)))
          (func (export "peek") (param i32) (result i32) (call $peek (local.get 0))))
        """;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void InstructionsReachTheMemoryTheyName(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var linker = new Linker(engine);
        var peek = Function.FromDelegate(store, (Caller caller, int address) => (int)caller.GetMemory("b")!.ReadByte((ulong)address));
        linker.Define("host", "peek", peek);
        var instance = linker.Instantiate(store, Module.FromText(engine, Text));
        int Call(string name, params Value[] args) => instance.GetFunction(name)!.Invoke(args)[0].AsI32();

        Assert.Equal(42, Call("loadB", Value.I32(8)));
        Assert.Equal(0, Call("loadA", Value.I32(8)));
        instance.GetFunction("store")!.Invoke(Value.I32(16), Value.I32(0x11223344));
        Assert.Equal(0x11223344, Call("loadB", Value.I32(16)));
        Assert.Equal(5, Call("loadA", Value.I32(16)));
        Assert.Equal(0x11223344, Call("simdB", Value.I32(16)));
        Assert.Equal(0x44, Call("peek", Value.I32(16)));
        instance.GetFunction("copy")!.Invoke();
        Assert.Equal(42, instance.GetMemory("a")!.ReadByte(100));
        // Memory b grows to its maximum, then an access past the first page works and one past the second traps.
        Assert.Equal(1, Call("growB"));
        Assert.Equal(-1, Call("growB"));
        Assert.Equal(0, Call("loadB", Value.I32(65536)));
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<TrapException>(() => Call("loadB", Value.I32(131072 - 3))).Code);
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<TrapException>(() => Call("loadA", Value.I32(65536 - 3))).Code);
        Assert.Equal(2UL, instance.GetMemory("b")!.Pages);
        Assert.Equal(1UL, instance.GetMemory("a")!.Pages);
    }

    [Fact]
    public void WithoutTheFeatureTwoMemoriesAreInvalid()
    {
        var engine = new Engine(new EngineOptions { Features = WasmFeatures.Threads });
        var e = Assert.Throws<InvalidModuleException>(() => Module.FromText(engine, "(module (memory 1) (memory 1))"));
        Assert.StartsWith("multiple memories", e.Message, StringComparison.Ordinal);
    }
}
