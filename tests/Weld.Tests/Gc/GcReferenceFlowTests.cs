using Weld.Tests.Support;

namespace Weld.Tests.Gc;

/// <summary>References of the any hierarchy travel like every other value: through locals, globals, tables, select,
/// block parameters and results, br_on_null, calls and call_ref, and to the host and back as externrefs.</summary>
public class GcReferenceFlowTests
{
    private const string Wat = """
        (module
          (type $p (struct (field i32)))
          (type $ft (func (param (ref null $p)) (result i32)))
          (global $g (mut (ref null $p)) (ref.null $p))
          (global $e eqref (ref.i31 (i32.const 9)))
          (global $made (ref $p) (struct.new $p (i32.const 42)))
          (table $funcs 2 (ref null $ft))
          (table $any 0 anyref)
          (elem (table $funcs) (i32.const 0) (ref null $ft) (ref.func $get))
          (func $get (type $ft) (struct.get $p 0 (local.get 0)))
          (func (export "flow") (param $x i32) (param $c i32) (result i32)
            (global.set $g (struct.new $p (local.get $x)))
            (select (result (ref null $p)) (global.get $g) (struct.new $p (i32.const -1)) (local.get $c))
            (block $b (param (ref null $p)) (result (ref null $p)))
            (loop $l (param (ref null $p)) (result (ref null $p)))
            (call_ref $ft (table.get $funcs (i32.const 0))))
          (func (export "nullish") (param $c i32) (result i32)
            (block $isNull
              (br_on_null $isNull (select (result (ref null $p)) (ref.null $p) (global.get $g) (local.get $c)))
              (return (struct.get $p 0)))
            (i32.const -7))
          (func (export "globals") (result i32 i32)
            (i31.get_u (ref.cast (ref i31) (global.get $e))) (call $get (global.get $made)))
          (func (export "table") (param $n i32) (result i32 i32)
            (drop (table.grow $any (ref.i31 (i32.const 3)) (local.get $n)))
            (table.fill $any (i32.const 1) (struct.new $p (i32.const 8)) (i32.const 1))
            (table.copy $any $any (i32.const 0) (i32.const 1) (i32.const 1))
            (i31.get_s (ref.cast (ref i31) (table.get $any (i32.sub (local.get $n) (i32.const 1)))))
            (struct.get $p 0 (ref.cast (ref $p) (table.get $any (i32.const 0)))))
          (func (export "roundtrip") (param externref) (result externref)
            (local $a anyref)
            (local.set $a (any.convert_extern (local.get 0)))
            (extern.convert_any (local.get $a)))
          (func (export "export-struct") (result externref) (extern.convert_any (global.get $made)))
          (func (export "import-struct") (param externref) (result i32)
            (struct.get $p 0 (ref.cast (ref $p) (any.convert_extern (local.get 0))))))
        """;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ReferencesTravelThroughEveryKindOfStorage(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, Wat), []);
        var flow = instance.GetFunction<int, int, int>("flow")!;
        Assert.Equal(5, flow(5, 1));
        Assert.Equal(-1, flow(5, 0));
        var nullish = instance.GetFunction<int, int>("nullish")!;
        Assert.Equal(-7, nullish(1));
        Assert.Equal(5, nullish(0));
        Assert.Equal([9, 42], instance.GetFunction("globals")!.Invoke().Select(v => v.AsI32()));
        Assert.Equal([3, 8], instance.GetFunction("table")!.Invoke([Value.I32(4)]).Select(v => v.AsI32()));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TheHostSeesTheSameObjects(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, Wat), []);
        var host = new object();
        Assert.Same(host, instance.GetFunction("roundtrip")!.Invoke([Value.ExternRef(host)])[0].AsExternRef());
        Assert.Null(instance.GetFunction("roundtrip")!.Invoke([Value.NullExternRef])[0].AsExternRef());
        var made = instance.GetFunction("export-struct")!.Invoke()[0];
        Assert.NotNull(made.AsExternRef());
        Assert.Equal(42, instance.GetFunction("import-struct")!.Invoke([made])[0].AsI32());
        var e = Assert.Throws<TrapException>(() => instance.GetFunction("import-struct")!.Invoke([Value.ExternRef(host)]));
        Assert.Equal(TrapCode.CastFailure, e.Code);
    }
}
