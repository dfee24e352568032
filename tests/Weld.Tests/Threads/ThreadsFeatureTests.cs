using Weld.Tests.Support;

namespace Weld.Tests.Threads;

/// <summary>An engine without <see cref="WasmFeatures.Threads"/> refuses shared memories and atomics wherever they
/// come from (text, binary, the host), and one with it (the default) accepts them.</summary>
public class ThreadsFeatureTests
{
    private const string SharedMemory = "(module (memory 1 1 shared))";
    private const string Atomic = "(module (memory 1) (func (result i32) (i32.atomic.load (i32.const 0))))";
    private const string ImportsShared = """(module (import "env" "m" (memory 1 2 shared)))""";

    private static Engine Without(Backend backend) => new(new EngineOptions { Backend = backend, Features = WasmFeatures.None });

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TextModulesUsingThreadsAreInvalidWithoutTheFeature(Backend backend)
    {
        var engine = Without(backend);
        foreach (var wat in new[] { SharedMemory, Atomic, ImportsShared })
        {
            var e = Assert.Throws<InvalidModuleException>(() => Module.FromText(engine, wat));
            Assert.Contains("threads feature", e.Message, StringComparison.Ordinal);
            Module.FromText(Engines.Create(backend), wat); // the default engine accepts it
        }
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void BinaryAtomicsAreIllegalOpcodesWithoutTheFeature(Backend backend)
    {
        var bytes = Module.TextToBinary(Atomic);
        var e = Assert.Throws<MalformedModuleException>(() => Module.FromBytes(Without(backend), bytes));
        Assert.StartsWith("illegal opcode fe", e.Message, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TheHostCannotCreateASharedMemoryWithoutTheFeature(Backend backend)
    {
        using var store = new Store(Without(backend));
        Assert.Throws<ArgumentException>(() => new Memory(store, new MemoryType(new Limits(1, 2), shared: true)));
        using var ok = new Store(Engines.Create(backend));
        Assert.True(new Memory(ok, new MemoryType(new Limits(1, 2), shared: true)).Type.Shared);
    }
}
