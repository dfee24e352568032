using Weld.Tests.Support;

namespace Weld.Tests.Execution;

/// <summary>64-bit memories past 4 GiB (when <see cref="EngineOptions.MaxMemoryPages"/> allows) on both back ends:
/// every bit of an address counts in loads, stores, SIMD, bulk, atomic and data-segment accesses and for the host.
/// The memories are mapped lazily, so only the pages touched cost memory.</summary>
public class LargeMemory64Tests
{
    private const ulong FourGiB = 1UL << 32;
    private const ulong Pages = 65537; // 4 GiB and one page

    private static Engine Create(Backend backend) =>
        new(new EngineOptions { Backend = backend, MaxMemoryPages = Pages + 2 });

    private const string Script = """
        (module
          (memory (export "mem") i64 65537 65537)
          (data (i64.const 0x1_0000_0100) "\2a")
          (func (export "size") (result i64) (memory.size))
          (func (export "store") (param i64 i64) (i64.store (local.get 0) (local.get 1)))
          (func (export "load") (param i64) (result i64) (i64.load (local.get 0)))
          (func (export "load8") (param i64) (result i32) (i32.load8_u (local.get 0)))
          (func (export "load-offset") (param i64) (result i64) (i64.load offset=0x1_0000_0000 (local.get 0)))
          (func (export "v128-lane") (param i64) (result i64) (i64x2.extract_lane 1 (v128.load (local.get 0))))
          (func (export "fill") (param i64 i32 i64) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
          (func (export "copy") (param i64 i64 i64) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
          (func (export "atomic-add") (param i64 i64) (result i64) (i64.atomic.rmw.add (local.get 0) (local.get 1))))
        (assert_return (invoke "size") (i64.const 65537))
        (assert_return (invoke "load8" (i64.const 0x1_0000_0100)) (i32.const 42))
        (assert_return (invoke "store" (i64.const 0x1_0000_0008) (i64.const 7)))
        (assert_return (invoke "load" (i64.const 0x1_0000_0008)) (i64.const 7))
        (assert_return (invoke "load" (i64.const 8)) (i64.const 0))
        (assert_return (invoke "load-offset" (i64.const 8)) (i64.const 7))
        (assert_return (invoke "store" (i64.const 0x1_0000_fff8) (i64.const -1)))
        (assert_return (invoke "load" (i64.const 0x1_0000_fff8)) (i64.const -1))
        (assert_trap (invoke "load" (i64.const 0x1_0000_fffc)) "out of bounds memory access")
        (assert_trap (invoke "load-offset" (i64.const 0xfffc)) "out of bounds memory access")
        (assert_return (invoke "v128-lane" (i64.const 0x1_0000_0000)) (i64.const 7))
        (assert_return (invoke "fill" (i64.const 0x1_0000_0200) (i32.const 5) (i64.const 16)))
        (assert_return (invoke "load8" (i64.const 0x1_0000_020f)) (i32.const 5))
        (assert_return (invoke "load8" (i64.const 0x200)) (i32.const 0))
        (assert_return (invoke "copy" (i64.const 0x300) (i64.const 0x1_0000_0200) (i64.const 4)))
        (assert_return (invoke "load8" (i64.const 0x303)) (i32.const 5))
        (assert_trap (invoke "fill" (i64.const 0x1_0000_fff0) (i32.const 1) (i64.const 17)) "out of bounds memory access")
        (assert_return (invoke "atomic-add" (i64.const 0x1_0000_0008) (i64.const 1)) (i64.const 7))
        (assert_return (invoke "load" (i64.const 0x1_0000_0008)) (i64.const 8))
        """;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void EveryBitOfAnAddressCounts(Backend backend)
    {
        var result = new WastRunner(Create(backend)).Run(Script, "large");
        Assert.Empty(result.Failures);
        Assert.Equal(20, result.Total);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TheHostReadsAndWritesPast4GiB(Backend backend)
    {
        var engine = Create(backend);
        using var store = new Store(engine);
        var memory = new Memory(store, new MemoryType(new Limits(Pages, Pages), shared: false, AddressType.I64));
        Assert.Equal(Pages * 65536, memory.Length);
        memory.WriteInt64(FourGiB + 16, 1234);
        Assert.Equal(0, memory.ReadInt64(16));
        var instance = Instance.Create(store, Module.FromText(engine, """
            (module (import "env" "mem" (memory i64 65537))
              (func (export "load") (param i64) (result i64) (i64.load (local.get 0)))
              (func (export "store") (param i64 i64) (i64.store (local.get 0) (local.get 1))))
            """), [memory]);
        Assert.Equal(1234, instance.GetFunction<long, long>("load")!((long)FourGiB + 16));
        instance.GetAction<long, long>("store")!((long)FourGiB + 24, 99);
        Assert.Equal(99, memory.ReadInt64(FourGiB + 24));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.ReadInt64(Pages * 65536 - 4));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ASharedMemoryGrowsPast4GiBInPlace(Backend backend)
    {
        var result = new WastRunner(Create(backend)).Run("""
            (module
              (memory i64 65536 65538 shared)
              (func (export "grow") (param i64) (result i64) (memory.grow (local.get 0)))
              (func (export "store") (param i64 i64) (i64.store (local.get 0) (local.get 1)))
              (func (export "load") (param i64) (result i64) (i64.load (local.get 0))))
            (assert_trap (invoke "load" (i64.const 0x1_0000_0000)) "out of bounds memory access")
            (assert_return (invoke "grow" (i64.const 2)) (i64.const 65536))
            (assert_return (invoke "store" (i64.const 0x1_0001_fff8) (i64.const 3)))
            (assert_return (invoke "load" (i64.const 0x1_0001_fff8)) (i64.const 3))
            (assert_return (invoke "grow" (i64.const 1)) (i64.const -1))
            """, "grow");
        Assert.Empty(result.Failures);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TheEnginesDefaultLimitIs4GiB(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var e = Assert.ThrowsAny<WeldException>(() => Instance.Create(store, Module.FromText(engine, "(module (memory i64 65537))"), []));
        Assert.Contains("exceeds the engine's limit", e.Message, StringComparison.Ordinal);
    }
}
