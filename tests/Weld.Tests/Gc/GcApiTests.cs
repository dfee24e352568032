using Weld.Tests.Support;

namespace Weld.Tests.Gc;

/// <summary>The host's side of GC: structs and arrays made, read and written by the host, and passed through wasm
/// values, globals and tables with their types checked.</summary>
public class GcApiTests
{
    private const string Types = """
        (module
          (type $point (struct (field $x i32) (field $y (mut i64)) (field $tag (mut i8)) (field $next (mut (ref null $point)))))
          (type $bytes (array (mut i8)))
          (type $consts (array f64))
          (type $refs (array (mut anyref)))
          (type $vecs (array (mut v128)))
          (global $p (export "p") (mut (ref null $point)) (ref.null $point))
          (global $any (export "any") (mut anyref) (ref.null any))
          (table $t (export "t") 2 anyref)
          (func (export "id") (param (ref null $point)) (result (ref null $point)) (local.get 0))
          (func (export "id_any") (param anyref) (result anyref) (local.get 0))
          (func (export "id_struct") (param structref) (result structref) (local.get 0))
          (func (export "id_extern") (param externref) (result externref) (local.get 0)))
        """;

    private static Module Compile(Backend backend, out Store store)
    {
        store = new Store(Engines.Create(backend));
        return Module.FromText(store.Engine, Types);
    }

    [Fact]
    public void StructFieldsAreReadAndWrittenByType()
    {
        using var store = new Store(new Engine());
        var module = Module.FromText(store.Engine, Types);
        var p = StructRef.Create(module, 0, Value.I32(3), Value.I64(4), Value.I32(0x1FF), Value.NullAnyRef);
        Assert.Equal(4, p.FieldCount);
        Assert.Equal(3, p.GetField(0).AsI32());
        Assert.Equal(0xFF, p.GetField(2).AsI32());
        Assert.Equal(-1, p.GetField(2, signed: true).AsI32());
        Assert.Equal(ValType.I32, p.FieldType(2));
        Assert.True(p.GetField(3).IsNull);
        p.SetField(1, Value.I64(-5));
        p.SetField(3, Value.StructRef(p));
        Assert.Equal(-5, p.GetField(1).AsI64());
        Assert.Equal(p, p.GetField(3).AsStructRef());
        Assert.False(p.IsMutable(0));
        Assert.Throws<InvalidOperationException>(() => p.SetField(0, Value.I32(1)));
        Assert.Throws<ArgumentException>(() => p.SetField(1, Value.I32(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => p.GetField(4));
        Assert.Throws<ArgumentException>(() => StructRef.Create(module, 0, Value.I32(1)));
        Assert.Throws<ArgumentException>(() => StructRef.Create(module, 1));
        Assert.Throws<ArgumentException>(() => StructRef.Create(module, 99));
    }

    [Fact]
    public void ArraysAreMadeReadAndWrittenByElementType()
    {
        using var store = new Store(new Engine());
        var module = Module.FromText(store.Engine, Types);
        var bytes = ArrayRef.Create(module, 1, 4, Value.I32(0x180));
        Assert.Equal(4, bytes.Length);
        Assert.Equal(0x80, bytes.GetElement(3).AsI32());
        Assert.Equal(-128, bytes.GetElement(3, signed: true).AsI32());
        bytes.SetElement(0, Value.I32(7));
        Assert.Equal(7, bytes.GetElement(0).AsI32());
        Assert.Throws<ArgumentOutOfRangeException>(() => bytes.GetElement(4));

        var consts = ArrayRef.Create(module, 2, Value.F64(1.5), Value.F64(-2));
        Assert.Equal(-2, consts.GetElement(1).AsF64());
        Assert.False(consts.IsMutable);
        Assert.Throws<InvalidOperationException>(() => consts.SetElement(0, Value.F64(0)));
        Assert.Throws<ArgumentException>(() => ArrayRef.Create(module, 2, Value.I32(1)));

        var refs = ArrayRef.Create(module, 3, 2, Value.NullAnyRef);
        refs.SetElement(0, Value.ArrayRef(consts));
        refs.SetElement(1, Value.I31Ref(-7));
        Assert.Equal(consts, refs.GetElement(0).AsArrayRef());
        Assert.Equal(-7, refs.GetElement(1).AsI31());
        Assert.Throws<ArgumentException>(() => refs.SetElement(0, Value.I32(1)));

        var vecs = ArrayRef.Create(module, 4, 1, Value.V128(1, 2));
        Assert.Equal(Value.V128(1, 2), vecs.GetElement(0));
        Assert.Throws<ArgumentException>(() => ArrayRef.Create(module, 0, 1, Value.I32(0)));
    }

    [Fact]
    public void AnyRefValuesKeepWhatTheyHold()
    {
        var host = new object();
        Assert.Same(host, Value.AnyRef(host).AsAnyRef());
        Assert.Equal(5, Value.I31Ref(5).AsAnyRef());
        Assert.Equal(-1, Value.I31Ref(int.MaxValue).AsI31()); // the low 31 bits, sign-extended
        Assert.Null(Value.NullAnyRef.AsStructRef());
        Assert.Null(Value.AnyRef(host).AsArrayRef());
        Assert.Throws<InvalidOperationException>(() => Value.I32(1).AsStructRef());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void StructsPassThroughGlobalsTablesAndCalls(Backend backend)
    {
        var module = Compile(backend, out var store);
        using var _ = store;
        var instance = Instance.Create(store, module, []);
        var p = StructRef.Create(module, 0, Value.I32(1), Value.I64(2), Value.I32(3), Value.NullAnyRef);
        var global = instance.GetGlobal("p")!;
        global.Value = Value.StructRef(p);
        Assert.Equal(p, global.Value.AsStructRef());
        Assert.Equal(p, instance.GetFunction("id")!.Invoke(Value.StructRef(p))[0].AsStructRef());
        var host = new object();
        Assert.Same(host, instance.GetFunction("id_any")!.Invoke(Value.AnyRef(host))[0].AsAnyRef());
        instance.GetTable("t")!.Set(1, Value.I31Ref(9));
        Assert.Equal(9, instance.GetTable("t")!.Get(1).AsI31());

        // Types are checked by what a reference holds: an array is no $point, a host object no struct.
        var bytes = ArrayRef.Create(module, 1, 1, Value.I32(0));
        Assert.Throws<ArgumentException>(() => global.Value = Value.ArrayRef(bytes));
        Assert.Throws<ArgumentException>(() => instance.GetFunction("id")!.Invoke(Value.AnyRef(host)));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TypedCallsCarryStructsAndExternsKeepGcObjects(Backend backend)
    {
        var module = Compile(backend, out var store);
        using var _ = store;
        var instance = Instance.Create(store, module, []);
        var p = StructRef.Create(module, 0, Value.I32(1), Value.I64(2), Value.I32(3), Value.NullAnyRef);
        var id = instance.GetFunction<StructRef?, StructRef?>("id_struct")!;
        Assert.Equal(p, id(p));
        Assert.Null(id(null));
        // A struct the host hands over as an externref is the struct itself inside, and comes back as a StructRef.
        var ext = instance.GetFunction<object?, object?>("id_extern")!;
        Assert.Equal(p, ext(p));
        Assert.Equal(p, instance.GetFunction("id_extern")!.Invoke(Value.ExternRef(p))[0].AsExternRef());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AnEquivalentTypeOfAnotherModuleIsTheSameType(Backend backend)
    {
        var module = Compile(backend, out var store);
        using var _ = store;
        var other = Module.FromText(store.Engine, """
            (module
              (type $point (struct (field i32) (field (mut i64)) (field (mut i8)) (field (mut (ref null $point)))))
              (type $other (struct (field i32))))
            """);
        var instance = Instance.Create(store, module, []);
        instance.GetGlobal("p")!.Value = Value.StructRef(StructRef.Create(other, 0, Value.I32(1), Value.I64(2), Value.I32(3), Value.NullAnyRef));
        Assert.Throws<ArgumentException>(() => instance.GetGlobal("p")!.Value = Value.StructRef(StructRef.Create(other, 1, Value.I32(1))));
    }

    private const string Runs = """
        (module
          (type $point (struct (field $x i32) (field $y (mut i32))))
          (type $ints (array (mut i32)))
          (func (export "make") (param i32 i32) (result (ref $point)) (struct.new $point (local.get 0) (local.get 1)))
          (func (export "sum") (param (ref $point)) (result i32)
            (i32.add (struct.get $point $x (local.get 0)) (struct.get $point $y (local.get 0))))
          (func (export "len") (param (ref null $ints)) (result i32) (array.len (local.get 0)))
          (func (export "internalize") (param externref) (result anyref) (any.convert_extern (local.get 0))))
        """;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void WasmAndTheHostShareStructsAndArrays(Backend backend)
    {
        using var store = new Store(Engines.Create(backend));
        var module = Module.FromText(store.Engine, Runs);
        var instance = Instance.Create(store, module, []);
        var p = instance.GetFunction("make")!.Invoke(Value.I32(2), Value.I32(3))[0].AsStructRef()!;
        Assert.Equal(3, p.GetField(1).AsI32());
        p.SetField(1, Value.I32(40));
        Assert.Equal(42, instance.GetFunction("sum")!.Invoke(Value.StructRef(p))[0].AsI32());
        var ints = ArrayRef.Create(module, 1, 5, Value.I32(0));
        Assert.Equal(5, instance.GetFunction("len")!.Invoke(Value.ArrayRef(ints))[0].AsI32());
        var host = new object();
        Assert.Same(host, instance.GetFunction("internalize")!.Invoke(Value.ExternRef(host))[0].AsAnyRef());
    }
}
