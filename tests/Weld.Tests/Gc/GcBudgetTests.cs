using Weld.Execution.Compiler;
using Weld.Tests.Support;

namespace Weld.Tests.Gc;

/// <summary>
/// <see cref="StoreLimits.GcBytes"/>: every allocating GC instruction is charged by the documented formula (a struct
/// 64 bytes + 8 per field, 16 per v128 field; an array 64 bytes + length x element size) before the object is made,
/// the same on both back ends, so both refuse the same allocation; the count is cumulative and survives SetLimits.
/// </summary>
public class GcBudgetTests
{
    private const string Wat = """
        (module
          (type $s (struct (field i32)))
          (type $list (struct (field i32) (field (ref null $list))))
          (type $wide (struct (field i8) (field v128) (field anyref)))
          (type $bytes (array (mut i8)))
          (type $shorts (array (mut i16)))
          (type $longs (array (mut i64)))
          (type $vecs (array (mut v128)))
          (type $refs (array (mut anyref)))
          (data $d "\01\02\03\04\05\06\07\08")
          (elem $e anyref (item (ref.i31 (i32.const 1))) (item (ref.null any)) (item (ref.i31 (i32.const 3))))
          (global $keep (mut (ref null $list)) (ref.null $list))
          (global $made (mut i32) (i32.const 0))
          ;; Makes $list nodes kept alive from a global until one is refused; $made counts those made.
          (func (export "grow_list") (param $n i32)
            (loop $l
              (global.set $keep (struct.new $list (global.get $made) (global.get $keep)))
              (global.set $made (i32.add (global.get $made) (i32.const 1)))
              (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
          (func (export "made") (result i32) (global.get $made))
          (func (export "kept") (result i32) (local $c (ref null $list)) (local $n i32)
            (local.set $c (global.get $keep))
            (block $done
              (loop $l
                (br_if $done (ref.is_null (local.get $c)))
                (local.set $n (i32.add (local.get $n) (i32.const 1)))
                (local.set $c (struct.get $list 1 (local.get $c)))
                (br $l)))
            (local.get $n))
          (func (export "struct_new") (drop (struct.new $s (i32.const 1))))
          (func (export "struct_new_default") (drop (struct.new_default $wide)))
          (func (export "array_new") (param i32) (drop (array.new $shorts (i32.const 7) (local.get 0))))
          (func (export "array_new_v128") (param i32) (drop (array.new $vecs (v128.const i64x2 1 2) (local.get 0))))
          (func (export "array_new_default") (param i32) (drop (array.new_default $longs (local.get 0))))
          (func (export "array_new_fixed") (drop (array.new_fixed $refs 3 (ref.null any) (ref.null any) (ref.null any))))
          (func (export "array_new_data") (drop (array.new_data $bytes $d (i32.const 1) (i32.const 5))))
          (func (export "array_new_elem") (drop (array.new_elem $refs $e (i32.const 0) (i32.const 3))))
          (func (export "i31") (result i32) (i31.get_s (ref.i31 (i32.const 100000)))))
        """;

    private const ulong ListBytes = 64 + 2 * 8;

    private static (Store Store, Instance Instance) Create(Backend backend, StoreLimits? limits, bool fuel = false)
    {
        var engine = new Engine(new EngineOptions { Backend = backend, ConsumeFuel = fuel });
        var store = new Store(engine);
        store.SetLimits(limits);
        if (fuel) store.Fuel = ulong.MaxValue;
        return (store, Instance.Create(store, Module.FromText(engine, Wat), []));
    }

    private static TrapException OutOfMemory(Action action)
    {
        var e = Assert.Throws<TrapException>(action);
        Assert.Equal(TrapCode.OutOfMemory, e.Code);
        return e;
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TheCapRefusesTheSameAllocationOnBothBackEnds(Backend backend)
    {
        int fallbacks = CompilerBackend.Fallbacks;
        var (store, instance) = Create(backend, new StoreLimits { GcBytes = 10 * ListBytes + ListBytes - 1 });
        using var _ = store;
        var grow = instance.GetAction<int>("grow_list")!;
        var e = OutOfMemory(() => grow(1000));
        Assert.Equal(10, instance.GetFunction<int>("made")!());
        Assert.Equal(10, instance.GetFunction<int>("kept")!());
        Assert.Equal(10 * ListBytes, store.GcBytesAllocated); // the refused node is not counted
        Assert.Equal($"out of memory: store limit exceeded: StoreLimits.GcBytes is {11 * ListBytes - 1}, and this would make "
            + $"{11 * ListBytes} bytes of GC objects", e.Message);
        Assert.Equal(fallbacks, CompilerBackend.Fallbacks);
    }

    [Theory]
    [InlineData(Backend.Interpreter, "struct_new", -1, 64 + 8)]
    [InlineData(Backend.Compiler, "struct_new", -1, 64 + 8)]
    [InlineData(Backend.Interpreter, "struct_new_default", -1, 64 + 8 + 16 + 8)]
    [InlineData(Backend.Compiler, "struct_new_default", -1, 64 + 8 + 16 + 8)]
    [InlineData(Backend.Interpreter, "array_new", 5, 64 + 5 * 2)]
    [InlineData(Backend.Compiler, "array_new", 5, 64 + 5 * 2)]
    [InlineData(Backend.Interpreter, "array_new_v128", 3, 64 + 3 * 16)]
    [InlineData(Backend.Compiler, "array_new_v128", 3, 64 + 3 * 16)]
    [InlineData(Backend.Interpreter, "array_new_default", 7, 64 + 7 * 8)]
    [InlineData(Backend.Compiler, "array_new_default", 7, 64 + 7 * 8)]
    [InlineData(Backend.Interpreter, "array_new_fixed", -1, 64 + 3 * 8)]
    [InlineData(Backend.Compiler, "array_new_fixed", -1, 64 + 3 * 8)]
    [InlineData(Backend.Interpreter, "array_new_data", -1, 64 + 5)]
    [InlineData(Backend.Compiler, "array_new_data", -1, 64 + 5)]
    [InlineData(Backend.Interpreter, "array_new_elem", -1, 64 + 3 * 8)]
    [InlineData(Backend.Compiler, "array_new_elem", -1, 64 + 3 * 8)]
    public void EveryAllocatingInstructionIsChargedByTheFormula(Backend backend, string name, int length, int bytes)
    {
        // A cap of exactly two objects: the third is refused.
        var (store, instance) = Create(backend, new StoreLimits { GcBytes = 2 * (ulong)bytes });
        using var _ = store;
        var f = instance.GetFunction(name)!;
        Value[] args = length < 0 ? [] : [Value.I32(length)];
        f.Invoke(args);
        Assert.Equal((ulong)bytes, store.GcBytesAllocated);
        f.Invoke(args);
        OutOfMemory(() => f.Invoke(args));
        Assert.Equal(2 * (ulong)bytes, store.GcBytesAllocated);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void I31ReferencesAreFree(Backend backend)
    {
        var (store, instance) = Create(backend, new StoreLimits { GcBytes = 0 });
        using var _ = store;
        Assert.Equal(100000, instance.GetFunction<int>("i31")!());
        Assert.Equal(0ul, store.GcBytesAllocated);
    }

    /// <summary>The budget is charged before the .NET allocation: a refused array of 800 MB allocates nothing, and a
    /// length beyond what one array may hold traps whatever the cap.</summary>
    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AHugeArrayIsRefusedBeforeItIsAllocated(Backend backend)
    {
        var (store, instance) = Create(backend, new StoreLimits { GcBytes = 1 << 20 });
        using var _ = store;
        var make = instance.GetAction<int>("array_new_default")!;
        make(1); // prepares the function (lowering or IL) before measuring
        long before = GC.GetAllocatedBytesForCurrentThread();
        var e = OutOfMemory(() => make(100_000_000));
        Assert.Contains("StoreLimits.GcBytes is 1048576, and this would make 800000136 bytes", e.Message);
        OutOfMemory(() => make(int.MinValue)); // 2^31 elements
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 256 << 10, $"allocated {allocated} bytes");
        Assert.Equal(64ul + 8, store.GcBytesAllocated);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TheStoreIsUsableAfterTheTrap(Backend backend)
    {
        var (store, instance) = Create(backend, new StoreLimits { GcBytes = 200 });
        using var _ = store;
        var make = instance.GetAction<int>("array_new_default")!;
        OutOfMemory(() => make(100));
        make(10); // 144 bytes fit in what is left
        OutOfMemory(() => make(1)); // 72 bytes do not
        Assert.Equal(100000, instance.GetFunction<int>("i31")!());
        Assert.Equal(144ul, store.GcBytesAllocated);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ARefusedAllocationLeavesTheChargedFuelInTheStore(Backend backend)
    {
        var (store, instance) = Create(backend, new StoreLimits { GcBytes = 0 }, fuel: true);
        using var _ = store;
        store.Fuel = 100;
        OutOfMemory(() => instance.GetAction("struct_new")!());
        Assert.Equal(96ul, store.Fuel); // i32.const struct.new drop end
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void WithoutACapNothingIsRefusedAndTheStoreStillCounts(Backend backend)
    {
        var (store, instance) = Create(backend, new StoreLimits { MemoryBytes = 1 << 30 });
        using var _ = store;
        instance.GetAction<int>("grow_list")!(100_000);
        Assert.Equal(100_000, instance.GetFunction<int>("kept")!());
        Assert.Equal(100_000 * ListBytes, store.GcBytesAllocated);
    }

    /// <summary>SetLimits keeps what the store allocated, as it keeps the other counts: a higher cap allows the
    /// difference, a lower one refuses everything, and no cap refuses nothing.</summary>
    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void SetLimitsKeepsTheCount(Backend backend)
    {
        var (store, instance) = Create(backend, new StoreLimits { GcBytes = 10 * ListBytes });
        using var _ = store;
        var grow = instance.GetAction<int>("grow_list")!;
        OutOfMemory(() => grow(100));
        Assert.Equal(10, instance.GetFunction<int>("made")!());
        store.SetLimits(new StoreLimits { GcBytes = 15 * ListBytes });
        OutOfMemory(() => grow(100));
        Assert.Equal(15, instance.GetFunction<int>("made")!());
        store.SetLimits(new StoreLimits { GcBytes = ListBytes });
        OutOfMemory(() => grow(1));
        store.SetLimits(null);
        grow(5);
        Assert.Equal(20, instance.GetFunction<int>("made")!());
        Assert.Equal(20 * ListBytes, store.GcBytesAllocated);
    }

    private const string Initializers = """
        (module
          (type $s (struct (field i64)))
          (type $a (array i8))
          (global (ref $s) (struct.new $s (i64.const 1)))
          (elem $e (ref null $a) (item (array.new_default $a (i32.const 100))) (item (array.new_fixed $a 2 (i32.const 1) (i32.const 2)))))
        """;

    private const ulong InitializerBytes = (64 + 8) + (64 + 100) + (64 + 2);

    /// <summary>Constant expressions allocate at instantiation, charged to the store: past the cap, instantiation
    /// traps and the store stays usable.</summary>
    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ConstantExpressionsAreChargedAtInstantiation(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var module = Module.FromText(engine, Initializers);
        store.SetLimits(new StoreLimits { GcBytes = InitializerBytes + 100 });
        Instance.Create(store, module, []);
        Assert.Equal(InitializerBytes, store.GcBytesAllocated);
        var e = OutOfMemory(() => Instance.Create(store, module, []));
        Assert.Contains("StoreLimits.GcBytes", e.Message);
        Assert.Equal(InitializerBytes + 64 + 8, store.GcBytesAllocated); // the global's struct fit, the first array did not
        Instance.Create(store, Module.FromText(engine, "(module (func (export \"f\")))"), []).GetAction("f")!();
    }

    /// <summary>Objects the host makes belong to no store and are not charged.</summary>
    [Fact]
    public void HostMadeObjectsAreNotCharged()
    {
        var engine = new Engine();
        using var store = new Store(engine);
        store.SetLimits(new StoreLimits { GcBytes = 0 });
        var module = Module.FromText(engine, Wat);
        StructRef.Create(module, 0, Value.I32(1));
        ArrayRef.Create(module, 3, 1000, Value.I32(0));
        Assert.Equal(0ul, store.GcBytesAllocated);
    }
}
