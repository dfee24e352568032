using Weld.Runtime;
using Weld.Tests.Support;

namespace Weld.Tests.Threads;

/// <summary>Shared memories (threads proposal) through the public API: host-created ones, import matching, imports
/// into other stores (as a spawned thread's instance would), and growth that every importer sees without a move.</summary>
public class SharedMemoryTests
{
    private const string Importer = """
        (module
          (import "env" "mem" (memory 1 4 shared))
          (func (export "size") (result i32) (memory.size))
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
          (func (export "store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
          (func (export "load") (param i32) (result i32) (i32.load (local.get 0))))
        """;

    [Fact]
    public void HostCreatedSharedMemoryHasItsTypeAndNeedsAMaximum()
    {
        var engine = new Engine();
        using var store = new Store(engine);
        var memory = new Memory(store, new MemoryType(1, 4, shared: true));
        Assert.True(memory.Type.Shared);
        Assert.Equal("(memory 1 4 shared)", memory.Type.ToString());
        var e = Assert.Throws<ArgumentException>(() => new Memory(store, new MemoryType(1, null, shared: true)));
        Assert.StartsWith("shared memory must have maximum", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SharednessMustMatchOnImport()
    {
        var engine = new Engine();
        using var store = new Store(engine);
        var unshared = new Memory(store, new MemoryType(1, 4));
        var shared = new Memory(store, new MemoryType(1, 4, shared: true));
        var wantsShared = Module.FromText(engine, Importer);
        var wantsUnshared = Module.FromText(engine, """(module (import "env" "mem" (memory 1 4)))""");
        Assert.StartsWith("incompatible import type", Assert.Throws<LinkException>(() => Instance.Create(store, wantsShared, [unshared])).Message,
            StringComparison.Ordinal);
        Assert.StartsWith("incompatible import type", Assert.Throws<LinkException>(() => Instance.Create(store, wantsUnshared, [shared])).Message,
            StringComparison.Ordinal);
        Assert.NotNull(Instance.Create(store, wantsShared, [shared]));
    }

    [Fact]
    public void ModulesMayNotDeclareSharedMemoryWithoutMaximum()
    {
        var engine = new Engine();
        var e = Assert.Throws<InvalidModuleException>(() => Module.FromText(engine, "(module (memory 1 shared))"));
        Assert.StartsWith("shared memory must have maximum", e.Message, StringComparison.Ordinal);
        // Flag 3: shared with a maximum; flag 2 (shared, no maximum) decodes and fails validation.
        Assert.True(Module.FromBytes(engine, [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 5, 4, 1, 3, 1, 2]).Exports.Count == 0);
        Assert.Throws<InvalidModuleException>(() => Module.FromBytes(engine, [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 5, 3, 1, 2, 1]));
    }

    [Fact]
    public void OnlySharedMemoriesCrossStores()
    {
        var engine = new Engine();
        using var parent = new Store(engine);
        using var child = new Store(engine);
        var module = Module.FromText(engine, Importer);
        var shared = new Memory(parent, new MemoryType(1, 4, shared: true));
        Assert.NotNull(Instance.Create(child, module, [shared]));
        var unshared = new Memory(parent, new MemoryType(1, 4));
        var plain = Module.FromText(engine, """(module (import "env" "mem" (memory 1 4)))""");
        Assert.Throws<LinkException>(() => Instance.Create(child, plain, [unshared]));
        // Another engine's stores may not import it.
        using var foreign = new Store(new Engine());
        Assert.Throws<LinkException>(() => Instance.Create(foreign, Module.FromText(foreign.Engine, Importer), [shared]));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void GrowthInOneStoreIsSeenByAnInstanceInAnotherWithoutAMove(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var parent = new Store(engine);
        NativeBlock.NoReservationsOnThisThread = true; // even as a plain block, a shared memory never moves
        Memory memory;
        try
        {
            memory = new Memory(parent, new MemoryType(1, 4, shared: true));
        }
        finally
        {
            NativeBlock.NoReservationsOnThisThread = false;
        }
        var module = Module.FromText(engine, Importer);
        var a = Instance.Create(parent, module, [memory]);
        using var child = new Store(engine);
        var b = Instance.Create(child, module, [memory]);
        nint before = Weld.Execution.Compiler.CompiledRuntime.BaseOf(memory.Instance);
        Assert.Equal(1, a.GetFunction<int, int>("grow")!(2));
        Assert.Equal(before, Weld.Execution.Compiler.CompiledRuntime.BaseOf(memory.Instance));
        Assert.Equal(3, b.GetFunction<int>("size")!());
        b.GetAction<int, int>("store")!(2 * 65536 + 8, 1234);
        Assert.Equal(1234, a.GetFunction<int, int>("load")!(2 * 65536 + 8));
        Assert.Equal(1234, memory.ReadInt32(2 * 65536 + 8));
        Assert.Equal(3, memory.Grow(1));
        Assert.Equal(4, a.GetFunction<int>("size")!());
        Assert.Equal(-1, b.GetFunction<int, int>("grow")!(1)); // at the maximum
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AThreadGetsItsOwnStoreAndInstanceThroughInstancePre(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var parent = new Store(engine);
        var memory = new Memory(parent, new MemoryType(1, 4, shared: true));
        var linker = new Linker(engine);
        linker.Define("env", "mem", memory);
        var pre = linker.InstantiatePre(Module.FromText(engine, Importer));
        int seen = 0;
        var thread = new Thread(() =>
        {
            using var own = new Store(engine);
            var instance = pre.Instantiate(own);
            instance.GetAction<int, int>("store")!(16, 77);
            seen = instance.GetFunction<int, int>("load")!(32);
        });
        memory.WriteInt32(32, 55);
        thread.Start();
        thread.Join();
        Assert.Equal(55, seen);
        Assert.Equal(77, memory.ReadInt32(16));
    }

    [Fact]
    public void ASharedMemoryOutlivesItsDisposedStore()
    {
        var engine = new Engine();
        var parent = new Store(engine);
        var memory = new Memory(parent, new MemoryType(1, 2, shared: true));
        using var child = new Store(engine);
        var instance = Instance.Create(child, Module.FromText(engine, Importer.Replace("1 4", "1 2", StringComparison.Ordinal)), [memory]);
        parent.Dispose();
        instance.GetAction<int, int>("store")!(0, 9);
        Assert.Equal(9, instance.GetFunction<int, int>("load")!(0));
        Assert.Equal(9, memory.ReadInt32(0));
        Assert.Equal(1UL, memory.Pages);
        Assert.Equal(1, memory.Grow(1));
        Assert.Equal(2 * 65536UL, memory.Length);
    }

    [Fact]
    public void TextAndBinaryRoundTripKeepsShared()
    {
        var engine = new Engine();
        var bytes = Module.TextToBinary("""(module (memory (export "m") 1 2 shared) (func (drop (i32.atomic.load (i32.const 0)))))""");
        var again = Module.FromBytes(engine, bytes);
        var type = Assert.IsType<MemoryType>(again.Exports.Single().Type);
        Assert.True(type.Shared);
        Assert.Equal(new Limits(1, 2), type.Limits);
    }
}
