using Weld.Tests.Support;

namespace Weld.Tests.Runtime;

/// <summary>Bulk memory operations over every in-bounds size a 4 GiB (65536-page) memory allows, above the 2 GiB a
/// span can describe. They touch gigabytes, so they run alone.</summary>
[Collection(nameof(MemoryDensityTests))]
public class LargeMemoryTests
{
    private const string Module4G = """
        (module (memory (export "mem") 65536 65536)
          (func (export "fill") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
          (func (export "copy") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
          (func (export "load8") (param i32) (result i32) (i32.load8_u (local.get 0))))
        """;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void FillAndCopyOfMoreThan2GiBWork(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, Module4G), []);
        var fill = (int d, int v, int n) => instance.GetFunction("fill")!.Invoke(Value.I32(d), Value.I32(v), Value.I32(n));
        var copy = (int d, int s, int n) => instance.GetFunction("copy")!.Invoke(Value.I32(d), Value.I32(s), Value.I32(n));
        var load8 = instance.GetFunction<int, int>("load8")!;
        var memory = instance.GetMemory("mem")!;
        Assert.Equal(1UL << 32, memory.Length);

        // Every byte but the first: n = 2^32 - 1, the largest an i32 operand can ask for.
        fill(1, 0x5A, -1);
        Assert.Equal(0, load8(0));
        Assert.Equal(0x5A, load8(1));
        Assert.Equal(0x5A, load8(int.MinValue));
        Assert.Equal(0x5A, load8(-1));

        // 2 GiB + 1 page, overlapping (memmove semantics), from the start to one page up.
        memory.WriteByte(0, 0x11);
        copy(65536, 0, int.MinValue + 65536);
        Assert.Equal(0x11, load8(65536));
        Assert.Equal(0x5A, load8(65537));
        Assert.Equal(0x5A, load8(int.MinValue + 131071));

        // Out of bounds by one byte: a trap, and nothing written.
        memory.WriteByte(2, 0x22);
        var e = Assert.Throws<TrapException>(() => fill(2, 0, -1));
        Assert.Equal(TrapCode.MemoryOutOfBounds, e.Code);
        Assert.Equal(0x22, load8(2));
    }

    [Fact]
    public void HostAccessReachesTheTopOfA4GiBMemory()
    {
        using var store = new Store(new Engine());
        var memory = new Memory(store, new MemoryType(65536, 65536));
        memory.WriteInt32((1UL << 32) - 4, 42);
        Assert.Equal(42, memory.ReadInt32((1UL << 32) - 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.ReadInt32((1UL << 32) - 3));
        Assert.Equal(42, memory.Access((1UL << 32) - 16, 16, span => (int)span[12]));
    }
}

/// <summary>Reservations are counted process-wide, so this runs where no other test holds thousands of them.</summary>
[Collection(nameof(MemoryDensityTests))]
public class ReservedMemoryTests
{
    [Fact]
    public void ReservedMemoriesGrowInPlaceAndReportWhatTheyCommit()
    {
        using var store = new Store(new Engine());
        var memory = new Memory(store, new MemoryType(2, 100));
        var runtime = memory.Instance;
        Assert.True(runtime.Fixed);
        Assert.Equal(2 * 65536UL, runtime.ReportedBytes);
        Assert.Equal(2, memory.Grow(3));
        Assert.Equal(5 * 65536UL, runtime.ReportedBytes);
    }
}
