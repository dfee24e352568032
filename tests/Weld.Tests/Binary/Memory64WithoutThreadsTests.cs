using Weld.Tests.Support;

namespace Weld.Tests.Binary;

/// <summary>WebAssembly 3.0 without the threads proposal (memory64 on, threads off): the limits' flag byte is 3.0's,
/// not 2.0's one-bit LEB, so 64-bit memories and tables decode; only the shared bit is refused. Found by the
/// differential test against wasmtime, which runs 3.0 without threads.</summary>
public class Memory64WithoutThreadsTests
{
    private const WasmFeatures Wasm30 = WasmFeatures.Default & ~WasmFeatures.Threads;

    private static Engine Create(Backend backend) => new(new EngineOptions { Backend = backend, Features = Wasm30 });

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void SixtyFourBitMemoryAndTableDecodeAndRun(Backend backend)
    {
        var engine = Create(backend);
        byte[] wasm = Module.TextToBinary("""
            (module
              (memory i64 1 2)
              (table i64 3 funcref)
              (func (export "grow") (result i64) (memory.grow (i64.const 1)))
              (func (export "size") (result i64) (i64.add (memory.size) (table.size))))
            """);
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromBytes(engine, wasm), []);
        Assert.Equal(1L, instance.GetFunction<long>("grow")!());
        Assert.Equal(5L, instance.GetFunction<long>("size")!());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void SharedBitIsMalformed(Backend backend)
    {
        byte[] wasm = Module.TextToBinary("(module (memory 1 2 shared))");
        var error = Assert.Throws<MalformedModuleException>(() => Module.FromBytes(Create(backend), wasm));
        Assert.Contains("malformed limits flags", error.Message, StringComparison.Ordinal);
    }
}
