using Weld.Tests.Support;

namespace Weld.Tests.TypedReferences;

/// <summary>Typed function references through the public API on both back ends: what the spec scripts do not
/// reach (the host's values, globals and tables of the new types, binary round trips, the feature switch, deep
/// call_ref recursion).</summary>
public class TypedReferenceTests
{
    private const string Calls = """
        (module
          (type $ii (func (param i32) (result i32)))
          (func $inc (type $ii) (i32.add (local.get 0) (i32.const 1)))
          (func $dbl (type $ii) (i32.mul (local.get 0) (i32.const 2)))
          (table $t 2 (ref $ii) (ref.func $inc))
          (elem (table $t) (i32.const 1) (ref $ii) (ref.func $dbl))
          (global $g (export "g") (mut (ref null $ii)) (ref.null $ii))
          (func (export "apply") (param $f (ref null $ii)) (param $x i32) (result i32)
            (block $null (result i32)
              (local.get $x)
              (br_on_null $null (local.get $f))
              (call_ref $ii)))
          (func (export "get") (param i32) (result (ref $ii)) (table.get $t (local.get 0)))
          (func (export "call_global") (param i32) (result i32)
            (call_ref $ii (local.get 0) (ref.as_non_null (global.get $g))))
          (func (export "first") (param (ref $ii)) (result (ref $ii))
            (local $l (ref $ii))
            (local.set $l (local.get 0))
            (select (result (ref $ii)) (local.get $l) (local.get 0) (i32.const 1))))
        """;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void CallRefAndTheNullChecksRun(Backend backend)
    {
        using var store = new Store(Engines.Create(backend));
        var instance = Instance.Create(store, Module.FromText(store.Engine, Calls), []);
        var get = instance.GetFunction("get")!;
        var apply = instance.GetFunction("apply")!;
        var inc = get.Invoke(Value.I32(0))[0];
        var dbl = get.Invoke(Value.I32(1))[0];
        Assert.False(inc.IsNull);
        Assert.Equal(8, apply.Invoke(inc, Value.I32(7))[0].AsI32());
        Assert.Equal(14, apply.Invoke(dbl, Value.I32(7))[0].AsI32());
        Assert.Equal(7, apply.Invoke(Value.NullFuncRef, Value.I32(7))[0].AsI32());

        var callGlobal = instance.GetFunction("call_global")!;
        var trap = Assert.Throws<TrapException>(() => callGlobal.Invoke(Value.I32(1)));
        Assert.Equal(TrapCode.NullReference, trap.Code);
        instance.GetGlobal("g")!.Value = dbl;
        Assert.Equal(10, callGlobal.Invoke(Value.I32(5))[0].AsI32());
        Assert.Equal(inc.AsFuncRef()!.Type, instance.GetFunction("first")!.Invoke(inc)[0].AsFuncRef()!.Type);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TheHostGivesOnlyValuesThatFit(Backend backend)
    {
        using var store = new Store(Engines.Create(backend));
        var instance = Instance.Create(store, Module.FromText(store.Engine, Calls), []);
        var apply = instance.GetFunction("apply")!;
        var first = instance.GetFunction("first")!;
        // A null where (ref $ii) is required, a function of another type, and an externref are refused.
        Assert.Throws<ArgumentException>(() => first.Invoke(Value.NullFuncRef));
        Assert.Throws<ArgumentException>(() => apply.Invoke(Value.FuncRef(first), Value.I32(1)));
        Assert.Throws<ArgumentException>(() => apply.Invoke(Value.ExternRef("x"), Value.I32(1)));
        Assert.Throws<ArgumentException>(() => instance.GetGlobal("g")!.Value = Value.FuncRef(first));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void HostGlobalsAndTablesOfNonNullableTypes(Backend backend)
    {
        using var store = new Store(Engines.Create(backend));
        var refFunc = ValType.Ref(AbstractHeapType.Func, nullable: false);
        var f = Function.FromDelegate(store, (int x) => x + 1);
        var global = new Global(store, new GlobalType(refFunc, mutable: false), Value.FuncRef(f));
        Assert.Equal(refFunc, global.Type.ValType);
        Assert.Throws<ArgumentException>(() => new Global(store, new GlobalType(refFunc, mutable: false), Value.NullFuncRef));
        Assert.Throws<ArgumentException>(() => new Table(store, new TableType(refFunc, 1)));
        var table = new Table(store, new TableType(refFunc, 2), Value.FuncRef(f));
        Assert.False(table.Get(1).IsNull);

        // Imported as (ref func), with the stricter and the looser type.
        var wat = """
            (module
              (import "m" "g" (global (ref func)))
              (import "m" "t" (table 2 (ref func)))
              (func (export "call") (param i32) (result i32)
                (call_indirect (param i32) (result i32) (local.get 0) (i32.const 0))))
            """;
        var instance = Instance.Create(store, Module.FromText(store.Engine, wat), [global, table]);
        Assert.Equal(42, instance.GetFunction("call")!.Invoke(Value.I32(41))[0].AsI32());
        var nullable = Module.FromText(store.Engine, """(module (import "m" "t" (table 2 funcref)))""");
        Assert.Throws<LinkException>(() => Instance.Create(store, nullable, [table])); // table types are invariant
        var looser = Module.FromText(store.Engine, """(module (import "m" "g" (global funcref)))""");
        Instance.Create(store, looser, [global]); // an immutable global may be a subtype
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ImportsMatchTypeIndicesOfEquivalentTypesAcrossModules(Backend backend)
    {
        using var store = new Store(Engines.Create(backend));
        var exporter = Instance.Create(store, Module.FromText(store.Engine, """
            (module
              (type $v (func))
              (type $f (func (param (ref $v)) (result i32)))
              (func $nop (type $v))
              (func (export "f") (type $f) (i32.const 7))
              (global (export "nop") (ref $v) (ref.func $nop)))
            """), []);
        // The importer numbers its types differently; equivalent types still match.
        var importer = Module.FromText(store.Engine, """
            (module
              (type $pad (func (param i64)))
              (type $w (func))
              (import "m" "f" (func $f (param (ref $w)) (result i32)))
              (import "m" "nop" (global $nop (ref $w)))
              (func (export "run") (result i32) (call $f (global.get $nop))))
            """);
        var run = Instance.Create(store, importer, [exporter.GetExport("f"), exporter.GetExport("nop")]).GetFunction("run")!;
        Assert.Equal(7, run.Invoke()[0].AsI32());
        var other = Module.FromText(store.Engine, """
            (module (type $w (func (param i32))) (import "m" "f" (func (param (ref $w)) (result i32))))
            """);
        Assert.Throws<LinkException>(() => Instance.Create(store, other, [exporter.GetExport("f")]));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TheBinaryFormRoundTrips(Backend backend)
    {
        var engine = Engines.Create(backend);
        var bytes = Module.TextToBinary(Calls);
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromBytes(engine, bytes), []);
        var inc = instance.GetFunction("get")!.Invoke(Value.I32(0))[0];
        Assert.Equal(4, instance.GetFunction("apply")!.Invoke(inc, Value.I32(3))[0].AsI32());
        Assert.Equal(bytes, Module.TextToBinary(Calls));
        var exports = Module.FromBytes(engine, bytes).Exports.Select(e => e.Type.ToString()).ToArray();
        Assert.Contains("(func (param (ref null 0) i32) (result i32))", exports);
        Assert.Contains("(global (mut (ref null 0)))", exports);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void DeepCallRefRecursionTrapsInsteadOfCrashing(Backend backend)
    {
        using var store = new Store(Engines.Create(backend));
        var instance = Instance.Create(store, Module.FromText(store.Engine, """
            (module
              (type $r (func (param i32) (result i32)))
              (elem declare func $down)
              (func $down (export "down") (type $r)
                (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
                  (else (i32.add (i32.const 1)
                    (call_ref $r (i32.sub (local.get 0) (i32.const 1)) (ref.func $down)))))))
            """), []);
        var down = instance.GetFunction("down")!;
        Assert.Equal(100, down.Invoke(Value.I32(100))[0].AsI32());
        var trap = Assert.Throws<TrapException>(() => down.Invoke(Value.I32(100_000_000)));
        Assert.Equal(TrapCode.CallStackExhausted, trap.Code);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void WithoutTheFeatureTypedReferencesAreRefused(Backend backend)
    {
        var engine = new Engine(new EngineOptions { Backend = backend, Features = WasmFeatures.None });
        var e = Assert.Throws<InvalidModuleException>(() => Module.FromText(engine, Calls));
        Assert.Contains("function references feature", e.Message, StringComparison.Ordinal);
        // In binary, 2.0 reads the bytes of (ref $t) as it always did.
        var bytes = Module.TextToBinary("(module (type (func)) (func (param (ref 0))))");
        var m = Assert.Throws<MalformedModuleException>(() => Module.FromBytes(engine, bytes));
        Assert.StartsWith("malformed reference type", m.Message, StringComparison.Ordinal);
        // 2.0 modules are unchanged.
        Module.FromText(engine, "(module (table 1 funcref) (elem (i32.const 0) func $f) (func $f))");
    }
}
