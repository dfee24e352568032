using Weld.Execution.Compiler;
using Weld.Tests.Support;

namespace Weld.Tests.Gc;

/// <summary>
/// What the back ends add to the GC instructions' semantics (which the spec suite judges), written for the IL
/// compiler's risks and run on both: GC references carried through every kind of block type, branch and signature
/// the compiler moves values through (IL the JIT refuses would silently fall back to the interpreter), the same fuel
/// counts on both back ends and fuel written back before a GC helper traps, traps inside try_table, and allocation
/// that the .NET collector reclaims.
/// </summary>
public class GcBackEndTests
{
    private const string Wat = """
        (module
          (type $s (sub (struct (field (mut i32)))))
          (type $t (sub $s (struct (field (mut i32)) (field i64))))
          (type $list (struct (field i32) (field (ref null $list))))
          (type $bytes (array (mut i8)))
          (tag $e)
          (func $make (param i32) (result (ref $s)) (struct.new $t (local.get 0) (i64.const 5)))
          (func (export "cast_block") (param i32) (param i32) (result i32)
            (local.get 0)
            (if (result anyref) (local.get 1) (then (call $make (local.get 0))) (else (ref.i31 (local.get 0))))
            (block $b (param i32 anyref) (result i32 (ref null $s))
              (br_on_cast $b anyref (ref $t))
              (drop) (drop) (i32.const 100) (struct.new $s (i32.const 1)))
            (struct.get $s 0)
            (i32.add))
          (func (export "cast_fail_to_function") (param i32) (result anyref)
            (br_on_cast_fail 0 anyref (ref $s) (ref.i31 (local.get 0)))
            (drop) (ref.null none))
          (func (export "if_params") (param i32) (result i32)
            (struct.new $s (i32.const 7))
            (if (param (ref $s)) (result (ref null $s)) (local.get 0)
              (then)
              (else (drop) (ref.null $s)))
            (ref.is_null))
          (func (export "list_sum") (param $n i32) (result i32)
            (local $sum i32) (local $cur (ref null $list))
            (block $done
              (loop $build
                (br_if $done (i32.eqz (local.get $n)))
                (local.set $cur (struct.new $list (local.get $n) (local.get $cur)))
                (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                (br $build)))
            (block $end
              (loop $walk
                (br_on_null $end (local.get $cur))
                (local.tee $cur)
                (struct.get $list 0)
                (local.get $sum) (i32.add) (local.set $sum)
                (local.set $cur (struct.get $list 1 (local.get $cur)))
                (br $walk)))
            (local.get $sum))
          (func (export "loop_params") (param $n i32) (result i32) (local $prev (ref null $list))
            (ref.null $list)
            (loop $l (param (ref null $list)) (result (ref null $list))
              (local.set $prev)
              (struct.new $list (local.get $n) (local.get $prev))
              (local.set $n (i32.sub (local.get $n) (i32.const 1)))
              (br_if $l (local.get $n)))
            (local.set $prev)
            (i32.add (struct.get $list 0 (local.get $prev)) (struct.get $list 0 (struct.get $list 1 (local.get $prev)))))
          (func (export "table_ref") (param i32) (result i32)
            (block $a (result anyref)
              (block $b (result anyref)
                (ref.i31 (i32.const 5)) (local.get 0) (br_table $a $b))
              (drop) (ref.i31 (i32.const 9)))
            (ref.cast (ref i31)) (i31.get_s))
          (func (export "select_ref") (param i32) (result i32)
            (ref.test (ref i31) (select (result anyref) (ref.i31 (i32.const 1)) (ref.null any) (local.get 0))))
          (func (export "pair_extern") (param externref) (result externref externref) (local.get 0) (local.get 0))
          (func $pair_any (param anyref) (result anyref anyref) (local.get 0) (local.get 0))
          (func (export "pair_any") (param i32) (result i32) (local $second anyref)
            (call $pair_any (ref.i31 (local.get 0)))
            (local.set $second)
            (i31.get_s (ref.cast (ref i31)))
            (i31.get_s (ref.cast (ref i31) (local.get $second)))
            (i32.add))
          (func (export "fuel") (result i32) (struct.get $s 0 (struct.new $s (i32.const 4))))
          (func (export "null_get") (result i32) (nop) (nop) (struct.get $s 0 (ref.null $s)))
          (func (export "array_oob") (result i32) (array.get_u $bytes (array.new_default $bytes (i32.const 1)) (i32.const 5)))
          (func (export "trap_in_try") (param i32) (result i32)
            (block $h
              (try_table (catch_all $h)
                (if (local.get 0) (then (throw $e)))
                (drop (ref.cast (ref $t) (struct.new $s (i32.const 3))))))
            (i32.const 1))
          (func (export "churn") (param $n i32) (result i32)
            (local $keep (ref null $bytes)) (local $last (ref null $list))
            (loop $l
              (local.set $keep (array.new_default $bytes (i32.const 4096)))
              (local.set $last (struct.new $list (local.get $n) (ref.null $list)))
              (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
            (i32.add (array.len (local.get $keep)) (struct.get $list 0 (local.get $last)))))
        """;

    private static (Store Store, Instance Instance) Create(Backend backend, bool fuel = false)
    {
        var engine = new Engine(new EngineOptions { Backend = backend, ConsumeFuel = fuel });
        var store = new Store(engine);
        return (store, Instance.Create(store, Module.FromText(engine, Wat), []));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void GcReferencesTravelThroughBlockParamsBranchesAndSignatures(Backend backend)
    {
        int before = CompilerBackend.Fallbacks;
        var (store, instance) = Create(backend);
        using var _ = store;
        var castBlock = instance.GetFunction<int, int, int>("cast_block")!;
        Assert.Equal(14, castBlock(7, 1)); // cast succeeds: 7 + field 7
        Assert.Equal(101, castBlock(7, 0)); // an i31 fails the cast: 100 + 1
        var failToFunction = instance.GetFunction("cast_fail_to_function")!;
        Assert.False(failToFunction.Invoke(Value.I32(3))[0].IsNull); // the i31 leaves through the function's label
        Assert.Equal(0, instance.GetFunction<int, int>("if_params")!(1));
        Assert.Equal(1, instance.GetFunction<int, int>("if_params")!(0));
        Assert.Equal(5050, instance.GetFunction<int, int>("list_sum")!(100));
        Assert.Equal(3, instance.GetFunction<int, int>("loop_params")!(3));
        Assert.Equal(5, instance.GetFunction<int, int>("table_ref")!(0));
        Assert.Equal(9, instance.GetFunction<int, int>("table_ref")!(1));
        Assert.Equal(1, instance.GetFunction<int, int>("select_ref")!(1));
        Assert.Equal(0, instance.GetFunction<int, int>("select_ref")!(0));
        Assert.Equal(before, CompilerBackend.Fallbacks);
    }

    /// <summary>An anyref result shape once shared its signature key with externref's, so a cached signature named the
    /// externref homes for a function whose results were in anyref homes.</summary>
    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AnyrefAndExternrefResultsDoNotShareHomes(Backend backend)
    {
        var (store, instance) = Create(backend);
        using var _ = store;
        var pair = instance.GetFunction("pair_extern")!.Invoke(Value.ExternRef("x"));
        Assert.Equal("x", pair[1].AsExternRef());
        Assert.Equal(6, instance.GetFunction<int, int>("pair_any")!(3));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void GcInstructionsCostOneUnitEach(Backend backend)
    {
        var (store, instance) = Create(backend, fuel: true);
        using var _ = store;
        store.Fuel = 10;
        Assert.Equal(4, instance.GetFunction<int>("fuel")!());
        Assert.Equal(6ul, store.Fuel); // i32.const struct.new struct.get end
    }

    /// <summary>A GC helper that traps finds the fuel charged for its segment in the store (the compiled function
    /// keeps it in a local and must write it back first).</summary>
    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ATrappingGcHelperLeavesTheChargedFuelInTheStore(Backend backend)
    {
        var (store, instance) = Create(backend, fuel: true);
        using var _ = store;
        store.Fuel = 100;
        var e = Assert.Throws<TrapException>(() => instance.GetFunction<int>("null_get")!());
        Assert.Equal(TrapCode.NullStructReference, e.Code);
        Assert.Equal(95ul, store.Fuel); // nop nop ref.null struct.get end
        store.Fuel = 100;
        e = Assert.Throws<TrapException>(() => instance.GetFunction<int>("array_oob")!());
        Assert.Equal(TrapCode.ArrayOutOfBounds, e.Code);
        Assert.Equal(95ul, store.Fuel); // i32.const array.new_default i32.const array.get_u end
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ACastFailureInsideTryTableIsATrapNotAnException(Backend backend)
    {
        var (store, instance) = Create(backend);
        using var _ = store;
        var run = instance.GetFunction<int, int>("trap_in_try")!;
        Assert.Equal(1, run(1)); // a wasm exception is caught
        Assert.Equal(TrapCode.CastFailure, Assert.Throws<TrapException>(() => run(0)).Code);
        Assert.Equal(1, run(1)); // the store is still usable
    }

    /// <summary>GC objects are .NET objects: a loop that allocates far more than it keeps runs in bounded memory.</summary>
    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ShortLivedObjectsAreReclaimed(Backend backend)
    {
        var (store, instance) = Create(backend);
        using var _ = store;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(4096 + 1, instance.GetFunction<int, int>("churn")!(500_000));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.True(allocated > 1L << 30, $"allocated {allocated} bytes");
        Assert.True(GC.GetTotalMemory(forceFullCollection: true) < 512L << 20);
    }
}
