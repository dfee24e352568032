using Weld.Tests.Support;

namespace Weld.Tests.Threads;

/// <summary>Atomic instructions on 64-bit memories (threads with memory64) on both back ends: i64 addresses of which
/// every bit counts, alignment and bounds checked without wrapping, wait and notify, and real concurrency.</summary>
public class Atomics64Tests
{
    private const string Script = """
        (module
          (memory i64 1 1 shared)
          (func (export "store") (param i64 i32) (i32.atomic.store (local.get 0) (local.get 1)))
          (func (export "load") (param i64) (result i32) (i32.atomic.load (local.get 0)))
          (func (export "add") (param i64 i64) (result i64) (i64.atomic.rmw.add (local.get 0) (local.get 1)))
          (func (export "cmpxchg8") (param i64 i32 i32) (result i32)
            (i32.atomic.rmw8.cmpxchg_u (local.get 0) (local.get 1) (local.get 2)))
          (func (export "wrapping") (result i32) (i32.atomic.load offset=0xffff_ffff_ffff_fffc (i64.const 8)))
          (func (export "wait") (param i64 i32) (result i32) (memory.atomic.wait32 (local.get 0) (local.get 1) (i64.const 0)))
          (func (export "notify") (param i64) (result i32) (memory.atomic.notify (local.get 0) (i32.const 1))))
        (assert_return (invoke "store" (i64.const 65532) (i32.const 7)))
        (assert_return (invoke "load" (i64.const 65532)) (i32.const 7))
        (assert_trap (invoke "load" (i64.const 65536)) "out of bounds memory access")
        (assert_trap (invoke "load" (i64.const 0x1_0000_0000)) "out of bounds memory access")
        (assert_trap (invoke "load" (i64.const 0x1_0000_fffc)) "out of bounds memory access")
        (assert_trap (invoke "load" (i64.const 2)) "unaligned atomic")
        (assert_return (invoke "add" (i64.const 8) (i64.const 5)) (i64.const 0))
        (assert_return (invoke "add" (i64.const 8) (i64.const 1)) (i64.const 5))
        (assert_trap (invoke "add" (i64.const -8) (i64.const 1)) "out of bounds memory access")
        (assert_return (invoke "cmpxchg8" (i64.const 3) (i32.const 0) (i32.const 9)) (i32.const 0))
        (assert_return (invoke "cmpxchg8" (i64.const 3) (i32.const 9) (i32.const 1)) (i32.const 9))
        (assert_trap (invoke "wrapping") "out of bounds memory access")
        (assert_return (invoke "wait" (i64.const 65532) (i32.const 7)) (i32.const 2))
        (assert_return (invoke "wait" (i64.const 65532) (i32.const 8)) (i32.const 1))
        (assert_trap (invoke "wait" (i64.const 0x1_0000_0000) (i32.const 0)) "out of bounds memory access")
        (assert_return (invoke "notify" (i64.const 0)) (i32.const 0))
        (assert_trap (invoke "notify" (i64.const 0x1_0000_0000)) "out of bounds memory access")

        (module
          (memory i64 1)
          (func (export "add") (param i64) (result i32) (i32.atomic.rmw.add (local.get 0) (i32.const 2)))
          (func (export "wait") (result i32) (memory.atomic.wait64 (i64.const 0) (i64.const 0) (i64.const 0))))
        (assert_return (invoke "add" (i64.const 4)) (i32.const 0))
        (assert_return (invoke "add" (i64.const 4)) (i32.const 2))
        (assert_trap (invoke "add" (i64.const 0x1_0000_0004)) "out of bounds memory access")
        (assert_trap (invoke "wait") "expected shared memory")
        """;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AtomicsTakeAll64BitsOfTheAddress(Backend backend)
    {
        var result = new WastRunner(Engines.Create(backend)).Run(Script, "atomics64");
        Assert.Empty(result.Failures);
        Assert.Equal(23, result.Total);
    }

    [Fact]
    public void AnAddressOfTheWrongTypeIsATypeMismatch()
    {
        var e = Assert.Throws<InvalidModuleException>(() => Module.FromText(new Engine(),
            "(module (memory i64 1 1 shared) (func (drop (i32.atomic.load (i32.const 0)))))"));
        Assert.StartsWith("type mismatch", e.Message, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ThreadsCountExactlyInASharedMemoryOf64Bits(Backend backend)
    {
        const int threads = 3, n = 20_000;
        var engine = Engines.Create(backend);
        using var parent = new Store(engine);
        var memory = new Memory(parent, new MemoryType(new Limits(1, 1), shared: true, AddressType.I64));
        var linker = new Linker(engine);
        linker.Define("env", "mem", memory);
        var pre = linker.InstantiatePre(Module.FromText(engine, """
            (module
              (import "env" "mem" (memory i64 1 1 shared))
              (func (export "count") (param $n i32)
                (loop $next
                  (drop (i64.atomic.rmw.add (i64.const 0xfff8) (i64.const 1)))
                  (br_if $next (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
              (func (export "total") (result i64) (i64.atomic.load (i64.const 0xfff8))))
            """));
        var errors = new List<Exception>();
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            try
            {
                using var store = new Store(engine);
                pre.Instantiate(store).GetAction<int>("count")!(n);
            }
            catch (Exception e)
            {
                lock (errors) errors.Add(e); // reported on the test's thread below
            }
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());
        Assert.Empty(errors);
        Assert.Equal((long)threads * n, pre.Instantiate(parent).GetFunction<long>("total")!());
    }
}
