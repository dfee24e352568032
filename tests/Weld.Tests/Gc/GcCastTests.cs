using System.Text;
using Weld.Tests.Support;

namespace Weld.Tests.Gc;

/// <summary>ref.test, ref.cast, br_on_cast and br_on_cast_fail against abstract and concrete types, and deep chains
/// of them: declared subtype chains at the depth limit, and casts in deep recursion.</summary>
public class GcCastTests
{
    /// <summary>Objects in table slots 0..6: $a, $b (sub $a), $c (sub $b), an array, an i31, null, a host value.</summary>
    private const string Objects = """
          (type $a (sub (struct (field i32))))
          (type $b (sub $a (struct (field i32) (field i64))))
          (type $c (sub final $b (struct (field i32) (field i64) (field f32))))
          (type $arr (array i8))
          (table $t 8 anyref)
          (func (export "init") (param $host externref)
            (table.set $t (i32.const 0) (struct.new $a (i32.const 10)))
            (table.set $t (i32.const 1) (struct.new $b (i32.const 20) (i64.const 0)))
            (table.set $t (i32.const 2) (struct.new $c (i32.const 30) (i64.const 0) (f32.const 0)))
            (table.set $t (i32.const 3) (array.new_default $arr (i32.const 1)))
            (table.set $t (i32.const 4) (ref.i31 (i32.const 5)))
            (table.set $t (i32.const 5) (ref.null any))
            (table.set $t (i32.const 6) (any.convert_extern (local.get $host))))
        """;

    private static Instance Load(Backend backend, string body, out Store store)
    {
        var engine = Engines.Create(backend);
        store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, $"(module {Objects} {body})"), []);
        instance.GetFunction("init")!.Invoke([Value.ExternRef("host")]);
        return instance;
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void RefTestAgainstAbstractAndConcreteTypes(Backend backend)
    {
        var tests = new[]
        {
            "(ref $a)", "(ref $b)", "(ref $c)", "(ref struct)", "(ref array)", "(ref i31)", "(ref eq)", "(ref any)",
            "(ref null $a)", "(ref null none)", "(ref null struct)",
        };
        var body = new StringBuilder("(func (export \"test\") (param $i i32) (result i32) (local $r anyref)\n");
        body.Append("(local.set $r (table.get $t (local.get $i))) (i32.const 0)\n");
        for (int bit = 0; bit < tests.Length; bit++)
            body.Append($"(i32.or (i32.shl (ref.test {tests[bit]} (local.get $r)) (i32.const {bit})))\n");
        body.Append(')');
        var instance = Load(backend, body.ToString(), out var store);
        using (store)
        {
            var test = instance.GetFunction<int, int>("test")!;
            int[] expected =
            [
                Bits(0, 3, 6, 7, 8, 10),
                Bits(0, 1, 3, 6, 7, 8, 10),
                Bits(0, 1, 2, 3, 6, 7, 8, 10),
                Bits(4, 6, 7),
                Bits(5, 6, 7),
                Bits(8, 9, 10),
                Bits(7), // a host value is only an any
            ];
            for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], test(i));
        }
    }

    private static int Bits(params int[] bits) => bits.Sum(b => 1 << b);

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void RefCastPassesTheReferenceOrTraps(Backend backend)
    {
        var instance = Load(backend, """
            (func (export "cast-b") (param i32) (result i32) (struct.get $b 0 (ref.cast (ref $b) (table.get $t (local.get 0)))))
            (func (export "cast-null-a") (param i32) (result i32)
              (ref.is_null (ref.cast (ref null $a) (table.get $t (local.get 0)))))
            (func (export "cast-eq") (param i32) (result i32) (ref.is_null (ref.cast eqref (table.get $t (local.get 0)))))
            (func (export "cast-host") (param i32) (result externref)
              (extern.convert_any (ref.cast (ref any) (table.get $t (local.get 0)))))
            """, out var store);
        using (store)
        {
            var castB = instance.GetFunction<int, int>("cast-b")!;
            Assert.Equal(20, castB(1));
            Assert.Equal(30, castB(2));
            foreach (int i in new[] { 0, 3, 4, 5, 6 })
                Assert.Equal(TrapCode.CastFailure, Assert.Throws<TrapException>(() => castB(i)).Code);
            Assert.Equal(1, instance.GetFunction<int, int>("cast-null-a")!(5));
            Assert.Equal(0, instance.GetFunction<int, int>("cast-null-a")!(2));
            Assert.Equal(TrapCode.CastFailure, Assert.Throws<TrapException>(() => instance.GetFunction<int, int>("cast-null-a")!(4)).Code);
            Assert.Equal(0, instance.GetFunction<int, int>("cast-eq")!(4));
            Assert.Equal(1, instance.GetFunction<int, int>("cast-eq")!(5));
            Assert.Equal(TrapCode.CastFailure, Assert.Throws<TrapException>(() => instance.GetFunction<int, int>("cast-eq")!(6)).Code);
            Assert.Equal("host", instance.GetFunction("cast-host")!.Invoke([Value.I32(6)])[0].AsExternRef());
        }
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void BrOnCastAndBrOnCastFailCarryTheReference(Backend backend)
    {
        // "classify" branches with the reference alone (a plain jump); "fail" carries it over a value below it, so the
        // branch moves it to the label's place.
        var instance = Load(backend, """
            (func (export "classify") (param i32) (result i32)
              (local $x (ref null $a))
              (block $isA (result (ref null $a))
                (block $isB (result (ref $b))
                  (block $isC (result (ref $c))
                    (table.get $t (local.get 0))
                    (br_on_cast $isC anyref (ref $c))
                    (br_on_cast $isB anyref (ref $b))
                    (br_on_cast $isA anyref (ref null $a))
                    (drop) (return (i32.const -1)))
                  (struct.get $c 0) (return (i32.add (i32.const 300))))
                (struct.get $b 0) (return (i32.add (i32.const 200))))
              (local.set $x)
              (if (result i32) (ref.is_null (local.get $x))
                (then (i32.const 0))
                (else (i32.add (i32.const 100) (struct.get $a 0 (local.get $x))))))
            (func (export "fail") (param i32) (result i32)
              (block $notB (result anyref)
                (i32.const 99)
                (table.get $t (local.get 0))
                (br_on_cast_fail $notB anyref (ref $b))
                (struct.get $b 0)
                (i32.add)
                (return))
              (ref.is_null))
            """, out var store);
        using (store)
        {
            var classify = instance.GetFunction<int, int>("classify")!;
            Assert.Equal([110, 220, 330, -1, -1, 0, -1], Enumerable.Range(0, 7).Select(i => classify(i)));
            var fail = instance.GetFunction<int, int>("fail")!;
            Assert.Equal(119, fail(1));
            Assert.Equal(129, fail(2));
            Assert.Equal(0, fail(0));
            Assert.Equal(1, fail(5));
        }
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void CastChainsAtTheDepthLimitInDeepRecursion(Backend backend)
    {
        // A declared chain $t0 <: ... <: $t63 (the deepest valid one). Each of 5,000 nested calls tests the object
        // against the whole chain and passes it on through a ref.cast; the answer counts the tests that held.
        const int Types = RuntimeType.MaxDepth + 1;
        var wat = new StringBuilder("(module (type $t0 (sub (struct)))\n");
        for (int i = 1; i < Types; i++) wat.Append($"(type $t{i} (sub $t{i - 1} (struct (field i32))))\n");
        wat.Append("(func $down (param $o anyref) (param $d i32) (result i32)\n");
        wat.Append("(if (result i32) (i32.eqz (local.get $d)) (then (i32.const 0)) (else (i32.const 0)\n");
        for (int i = 0; i < Types; i++) wat.Append($"(i32.add (ref.test (ref $t{i}) (local.get $o)))\n");
        wat.Append("(call $down (ref.cast (ref $t31) (local.get $o)) (i32.sub (local.get $d) (i32.const 1))) (i32.add))))\n");
        wat.Append($"(func (export \"deep\") (param $top i32) (param $d i32) (result i32) (call $down (select (result anyref)");
        wat.Append($" (struct.new $t{Types - 1} (i32.const 0)) (struct.new $t31 (i32.const 0)) (local.get $top)) (local.get $d)))\n");
        wat.Append("(func $runaway (export \"runaway\") (param $o anyref) (call $runaway (ref.cast (ref $t1) (local.get $o))))\n");
        wat.Append("(func (export \"start-runaway\") (call $runaway (struct.new $t40 (i32.const 0)))))");
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, wat.ToString()), []);
        var deep = instance.GetFunction<int, int, int>("deep")!;
        Assert.Equal(Types * 5000, deep(1, 5000));
        Assert.Equal(32 * 5000, deep(0, 5000));
        var e = Assert.Throws<TrapException>(() => instance.GetAction("start-runaway")!());
        Assert.Equal(TrapCode.CallStackExhausted, e.Code);
        Assert.Equal(Types * 3, deep(1, 3)); // the store is usable after the trap
    }
}
