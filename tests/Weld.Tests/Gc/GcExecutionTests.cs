using Weld.Tests.Support;

namespace Weld.Tests.Gc;

/// <summary>GC instructions run: struct fields of every storage, arrays (access, bulk, segments), i31 and ref.eq,
/// with the spec's traps.</summary>
public class GcExecutionTests
{
    private static Instance Load(Backend backend, string wat, out Store store)
    {
        var engine = Engines.Create(backend);
        store = new Store(engine);
        return Instance.Create(store, Module.FromText(engine, wat), []);
    }

    private static TrapCode TrapOf(Action action) => Assert.Throws<TrapException>(action).Code;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void StructFieldsOfEveryStorageKeepTheirValues(Backend backend)
    {
        var instance = Load(backend, """
            (module
              (type $s (struct (field $a (mut i8)) (field $b (mut i16)) (field $c (mut i32)) (field $d (mut i64))
                               (field $e (mut f32)) (field $f (mut f64)) (field $g (mut v128)) (field $h (mut anyref))))
              (func $make (param $x i32) (result (ref $s))
                (struct.new $s (local.get $x) (local.get $x) (local.get $x) (i64.extend_i32_s (local.get $x))
                  (f32.convert_i32_s (local.get $x)) (f64.convert_i32_s (local.get $x))
                  (i32x4.splat (local.get $x)) (ref.i31 (local.get $x))))
              (func (export "packed") (param i32) (result i32 i32 i32 i32)
                (local $r (ref $s))
                (local.set $r (call $make (local.get 0)))
                (struct.get_s $s $a (local.get $r)) (struct.get_u $s $a (local.get $r))
                (struct.get_s $s $b (local.get $r)) (struct.get_u $s $b (local.get $r)))
              (func (export "wide") (param i32) (result i32 i64 f32 f64 i32 i32)
                (local $r (ref $s))
                (local.set $r (call $make (local.get 0)))
                (struct.get $s $c (local.get $r)) (struct.get $s $d (local.get $r)) (struct.get $s $e (local.get $r))
                (struct.get $s $f (local.get $r)) (i32x4.extract_lane 3 (struct.get $s $g (local.get $r)))
                (i31.get_s (ref.cast (ref i31) (struct.get $s $h (local.get $r)))))
              (func (export "set") (result i32 i64 f64 i64 i32)
                (local $r (ref $s))
                (local.set $r (struct.new_default $s))
                (struct.set $s $a (local.get $r) (i32.const 0x1ff))
                (struct.set $s $d (local.get $r) (i64.const 0x1122334455667788))
                (struct.set $s $f (local.get $r) (f64.const -2.25))
                (struct.set $s $g (local.get $r) (v128.const i64x2 1 0x7fffffffffffffff))
                (struct.get_u $s $a (local.get $r)) (struct.get $s $d (local.get $r)) (struct.get $s $f (local.get $r))
                (i64x2.extract_lane 1 (struct.get $s $g (local.get $r)))
                (ref.is_null (struct.get $s $h (local.get $r))))
              (func (export "get-null") (result i32) (struct.get $s $c (ref.null $s)))
              (func (export "set-null") (struct.set $s $h (ref.null $s) (ref.null any))))
            """, out var store);
        using (store)
        {
            var packed = instance.GetFunction("packed")!.Invoke([Value.I32(0x1ff80)]);
            Assert.Equal([-128, 128, -128, 0xff80], packed.Select(v => v.AsI32()));
            var wide = instance.GetFunction("wide")!.Invoke([Value.I32(-5)]);
            Assert.Equal(-5, wide[0].AsI32());
            Assert.Equal(-5L, wide[1].AsI64());
            Assert.Equal(-5f, wide[2].AsF32());
            Assert.Equal(-5.0, wide[3].AsF64());
            Assert.Equal(-5, wide[4].AsI32());
            Assert.Equal(-5, wide[5].AsI32());
            var set = instance.GetFunction("set")!.Invoke();
            Assert.Equal(0xff, set[0].AsI32());
            Assert.Equal(0x1122334455667788L, set[1].AsI64());
            Assert.Equal(-2.25, set[2].AsF64());
            Assert.Equal(long.MaxValue, set[3].AsI64());
            Assert.Equal(1, set[4].AsI32());
            Assert.Equal(TrapCode.NullStructReference, TrapOf(() => instance.GetFunction("get-null")!.Invoke()));
            Assert.Equal(TrapCode.NullStructReference, TrapOf(() => instance.GetFunction("set-null")!.Invoke()));
        }
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ArraysReadWriteFillAndCopy(Backend backend)
    {
        var instance = Load(backend, """
            (module
              (type $bytes (array (mut i8)))
              (type $longs (array (mut i64)))
              (type $vecs (array (mut v128)))
              (type $refs (array (mut eqref)))
              (func (export "bytes") (param $x i32) (result i32 i32 i32)
                (local $a (ref $bytes))
                (local.set $a (array.new $bytes (local.get $x) (i32.const 3)))
                (array.set $bytes (local.get $a) (i32.const 1) (i32.const 0x17f))
                (array.get_s $bytes (local.get $a) (i32.const 0)) (array.get_u $bytes (local.get $a) (i32.const 0))
                (array.get_u $bytes (local.get $a) (i32.const 1)))
              (func (export "copy") (result i64)
                ;; [0 1 2 3 4 5 6 7], fill [1, 3) with 9, then copy [0, 5) to 2 (overlapping): [0 9 0 9 9 3 4 7]
                (local $a (ref $longs)) (local $i i32) (local $sum i64)
                (local.set $a (array.new_default $longs (i32.const 8)))
                (loop $init
                  (array.set $longs (local.get $a) (local.get $i) (i64.extend_i32_u (local.get $i)))
                  (br_if $init (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 8))))
                (array.fill $longs (local.get $a) (i32.const 1) (i64.const 9) (i32.const 2))
                (array.copy $longs $longs (local.get $a) (i32.const 2) (local.get $a) (i32.const 0) (i32.const 5))
                (local.set $i (i32.const 0))
                (loop $sum
                  (local.set $sum (i64.add (i64.mul (local.get $sum) (i64.const 10))
                    (array.get $longs (local.get $a) (local.get $i))))
                  (br_if $sum (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (array.len (local.get $a)))))
                (local.get $sum))
              (func (export "fixed") (result i64 i64 i32 i32 i32)
                (local $v (ref $vecs)) (local $r (ref $refs))
                (local.set $v (array.new_fixed $vecs 2 (v128.const i64x2 1 2) (v128.const i64x2 3 4)))
                (array.set $vecs (local.get $v) (i32.const 0) (array.get $vecs (local.get $v) (i32.const 1)))
                (array.fill $vecs (local.get $v) (i32.const 1) (v128.const i64x2 5 6) (i32.const 1))
                (local.set $r (array.new_fixed $refs 3 (ref.i31 (i32.const 1)) (ref.null eq) (struct.new_default $s)))
                (array.copy $refs $refs (local.get $r) (i32.const 0) (local.get $r) (i32.const 1) (i32.const 2))
                (i64x2.extract_lane 1 (array.get $vecs (local.get $v) (i32.const 0)))
                (i64x2.extract_lane 0 (array.get $vecs (local.get $v) (i32.const 1)))
                (ref.is_null (array.get $refs (local.get $r) (i32.const 0)))
                (ref.test (ref struct) (array.get $refs (local.get $r) (i32.const 1)))
                (array.len (array.new $refs (ref.null eq) (i32.const 0))))
              (type $s (struct))
              (func (export "get") (param i32) (result i32)
                (array.get_u $bytes (array.new_default $bytes (i32.const 2)) (local.get 0)))
              (func (export "fill") (param i32 i32)
                (array.fill $bytes (array.new_default $bytes (i32.const 4)) (local.get 0) (i32.const 1) (local.get 1)))
              (func (export "copy-null") (array.copy $bytes $bytes (ref.null $bytes) (i32.const 0)
                (array.new_default $bytes (i32.const 1)) (i32.const 0) (i32.const 0)))
              (func (export "len-null") (result i32) (array.len (ref.null array)))
              (func (export "huge") (result i32) (array.len (array.new_default $bytes (i32.const -1)))))
            """, out var store);
        using (store)
        {
            Assert.Equal([-1, 255, 127], instance.GetFunction("bytes")!.Invoke([Value.I32(0x2ff)]).Select(v => v.AsI32()));
            Assert.Equal(9099347L, instance.GetFunction("copy")!.Invoke()[0].AsI64());
            var fixedValues = instance.GetFunction("fixed")!.Invoke();
            Assert.Equal(4L, fixedValues[0].AsI64());
            Assert.Equal(5L, fixedValues[1].AsI64());
            Assert.Equal([1, 1, 0], fixedValues[2..].Select(v => v.AsI32()));
            Assert.Equal(0, instance.GetFunction<int, int>("get")!(1));
            Assert.Equal(TrapCode.ArrayOutOfBounds, TrapOf(() => instance.GetFunction<int, int>("get")!(2)));
            Assert.Equal(TrapCode.ArrayOutOfBounds, TrapOf(() => instance.GetFunction<int, int>("get")!(-1)));
            instance.GetAction<int, int>("fill")!(4, 0); // an empty range at the end is in bounds
            Assert.Equal(TrapCode.ArrayOutOfBounds, TrapOf(() => instance.GetAction<int, int>("fill")!(3, 2)));
            Assert.Equal(TrapCode.ArrayOutOfBounds, TrapOf(() => instance.GetAction<int, int>("fill")!(-1, 2)));
            Assert.Equal(TrapCode.NullArrayReference, TrapOf(() => instance.GetFunction("copy-null")!.Invoke()));
            Assert.Equal(TrapCode.NullArrayReference, TrapOf(() => instance.GetFunction("len-null")!.Invoke()));
            Assert.Equal(TrapCode.OutOfMemory, TrapOf(() => instance.GetFunction("huge")!.Invoke()));
        }
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ArraysOfEveryElementStorage(Backend backend)
    {
        var instance = Load(backend, """
            (module
              (type $i16 (array (mut i16)))
              (type $i32 (array (mut i32)))
              (type $f32 (array (mut f32)))
              (type $f64 (array (mut f64)))
              (func (export "storages") (result i32 i32 i32 f32 f64)
                (local $s (ref $i16)) (local $i (ref $i32)) (local $f (ref $f32)) (local $d (ref $f64))
                (local.set $s (array.new_default $i16 (i32.const 2)))
                (array.set $i16 (local.get $s) (i32.const 1) (i32.const 0x18765))
                (local.set $i (array.new $i32 (i32.const -7) (i32.const 3)))
                (local.set $f (array.new_fixed $f32 2 (f32.const 1.5) (f32.const -0.5)))
                (local.set $d (array.new $f64 (f64.const 2.5) (i32.const 1)))
                (array.set $f64 (local.get $d) (i32.const 0) (f64.add (array.get $f64 (local.get $d) (i32.const 0)) (f64.const 1)))
                (array.get_s $i16 (local.get $s) (i32.const 1)) (array.get_u $i16 (local.get $s) (i32.const 1))
                (array.get $i32 (local.get $i) (i32.const 2)) (array.get $f32 (local.get $f) (i32.const 1))
                (array.get $f64 (local.get $d) (i32.const 0)))
              (func (export "get-null") (result i32) (array.get $i32 (ref.null $i32) (i32.const 0)))
              (func (export "set-out") (array.set $f64 (array.new_default $f64 (i32.const 5)) (i32.const 5) (f64.const 0))))
            """, out var store);
        using (store)
        {
            var values = instance.GetFunction("storages")!.Invoke();
            Assert.Equal([-0x789b, 0x8765, -7], values[..3].Select(v => v.AsI32()));
            Assert.Equal(-0.5f, values[3].AsF32());
            Assert.Equal(3.5, values[4].AsF64());
            Assert.Equal(TrapCode.NullArrayReference, TrapOf(() => instance.GetFunction("get-null")!.Invoke()));
            Assert.Equal(TrapCode.ArrayOutOfBounds, TrapOf(() => instance.GetFunction("set-out")!.Invoke()));
        }
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ArraysFromAndIntoSegments(Backend backend)
    {
        var instance = Load(backend, """
            (module
              (type $shorts (array (mut i16)))
              (type $ft (func (result i32)))
              (type $funcs (array (mut (ref null $ft))))
              (data $d "\01\02\03\04\ff\ff")
              (elem $e (ref null $ft) (ref.func $one) (ref.func $two) (ref.null $ft))
              (func $one (type $ft) (i32.const 1))
              (func $two (type $ft) (i32.const 2))
              (func (export "data") (param $offset i32) (param $n i32) (result i32 i32)
                (local $a (ref $shorts))
                (local.set $a (array.new_data $shorts $d (local.get $offset) (local.get $n)))
                (array.len (local.get $a)) (array.get_s $shorts (local.get $a) (i32.sub (local.get $n) (i32.const 1))))
              (func (export "init-data") (param $s i32) (result i32)
                (local $a (ref $shorts))
                (local.set $a (array.new_default $shorts (i32.const 2)))
                (array.init_data $shorts $d (local.get $a) (i32.const 1) (local.get $s) (i32.const 1))
                (array.get_u $shorts (local.get $a) (i32.const 1)))
              (func (export "elem") (param $offset i32) (param $n i32) (result i32)
                (call_ref $ft (array.get $funcs (array.new_elem $funcs $e (local.get $offset) (local.get $n)) (i32.const 0))))
              (func (export "init-elem") (param $d i32) (param $s i32) (result i32)
                (local $a (ref $funcs))
                (local.set $a (array.new_default $funcs (i32.const 2)))
                (array.init_elem $funcs $e (local.get $a) (local.get $d) (local.get $s) (i32.const 1))
                (call_ref $ft (array.get $funcs (local.get $a) (i32.const 1))))
              (func (export "drop") (data.drop $d) (elem.drop $e)))
            """, out var store);
        using (store)
        {
            var data = instance.GetFunction("data")!;
            Assert.Equal([3, -1], data.Invoke([Value.I32(0), Value.I32(3)]).Select(v => v.AsI32()));
            Assert.Equal([1, 0x0403], data.Invoke([Value.I32(2), Value.I32(1)]).Select(v => v.AsI32()));
            Assert.Equal(TrapCode.MemoryOutOfBounds, TrapOf(() => data.Invoke([Value.I32(1), Value.I32(3)])));
            Assert.Equal(0xffff, instance.GetFunction<int, int>("init-data")!(4));
            Assert.Equal(TrapCode.MemoryOutOfBounds, TrapOf(() => instance.GetFunction<int, int>("init-data")!(5)));
            Assert.Equal(2, instance.GetFunction<int, int, int>("elem")!(1, 2));
            Assert.Equal(TrapCode.TableOutOfBounds, TrapOf(() => instance.GetFunction<int, int, int>("elem")!(2, 2)));
            Assert.Equal(TrapCode.NullFunctionReference, TrapOf(() => instance.GetFunction<int, int, int>("elem")!(2, 1)));
            Assert.Equal(1, instance.GetFunction<int, int, int>("init-elem")!(1, 0));
            Assert.Equal(TrapCode.ArrayOutOfBounds, TrapOf(() => instance.GetFunction<int, int, int>("init-elem")!(2, 0)));
            instance.GetAction("drop")!();
            Assert.Equal(TrapCode.MemoryOutOfBounds, TrapOf(() => data.Invoke([Value.I32(0), Value.I32(1)])));
            Assert.Equal(TrapCode.TableOutOfBounds, TrapOf(() => instance.GetFunction<int, int, int>("elem")!(0, 1)));
        }
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void I31AndRefEq(Backend backend)
    {
        var instance = Load(backend, """
            (module
              (type $s (struct))
              (func (export "i31") (param i32) (result i32 i32)
                (i31.get_s (ref.i31 (local.get 0))) (i31.get_u (ref.i31 (local.get 0))))
              (func (export "eq-i31") (param i32 i32) (result i32) (ref.eq (ref.i31 (local.get 0)) (ref.i31 (local.get 1))))
              (func (export "eq-structs") (result i32 i32 i32 i32)
                (local $a (ref $s))
                (local.set $a (struct.new $s))
                (ref.eq (local.get $a) (local.get $a)) (ref.eq (local.get $a) (struct.new $s))
                (ref.eq (ref.null eq) (ref.null $s)) (ref.eq (local.get $a) (ref.null eq)))
              (func (export "null") (result i32) (i31.get_u (ref.null i31))))
            """, out var store);
        using (store)
        {
            var i31 = instance.GetFunction("i31")!;
            Assert.Equal([-1, 0x7fffffff], i31.Invoke([Value.I32(-1)]).Select(v => v.AsI32()));
            Assert.Equal([-0x40000000, 0x40000000], i31.Invoke([Value.I32(0x40000000)]).Select(v => v.AsI32()));
            Assert.Equal([5, 5], i31.Invoke([Value.I32(unchecked((int)0x80000005))]).Select(v => v.AsI32()));
            var eq = instance.GetFunction<int, int, int>("eq-i31")!;
            Assert.Equal(1, eq(123456789, 123456789)); // equal by value, not by identity
            Assert.Equal(1, eq(-1, 0x7fffffff)); // the same 31 bits
            Assert.Equal(0, eq(1000, 1001));
            Assert.Equal([1, 0, 1, 0], instance.GetFunction("eq-structs")!.Invoke().Select(v => v.AsI32()));
            Assert.Equal(TrapCode.NullI31Reference, TrapOf(() => instance.GetFunction("null")!.Invoke()));
        }
    }
}
