using Weld.Tests.Support;

namespace Weld.Tests.Exceptions;

/// <summary>Wasm exceptions across host frames: out to the host as <see cref="WasmException"/>, from a host function into
/// wasm, through nested host and wasm calls and across instances; tags are compared by identity.</summary>
public class HostExceptionTests
{
    private const string Thrower = """
        (module
          (import "env" "tag" (tag $t (param i32 f64)))
          (func (export "throw") (param i32) (throw $t (local.get 0) (f64.const 2.5))))
        """;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AnUncaughtExceptionReachesTheHostWithItsTagAndPayload(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var tag = new Tag(store, new TagType([ValType.I32, ValType.F64]));
        var instance = Instance.Create(store, Module.FromText(engine, Thrower), [tag]);
        var e = Assert.Throws<WasmException>(() => instance.GetFunction("throw")!.Invoke(Value.I32(7)));
        Assert.Equal(tag, e.Tag);
        Assert.Equal([Value.I32(7), Value.F64(2.5)], e.Payload);
        Assert.Equal("(tag (param i32 f64))", e.Tag.Type.ToString());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void WasmCatchesAnExceptionAHostFunctionThrows(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var tag = new Tag(store, new TagType([ValType.I32]));
        var raise = Function.FromDelegate(store, (int x) => throw new WasmException(tag, Value.I32(x * 2)));
        var instance = Instance.Create(store, Module.FromText(engine, """
            (module
              (import "env" "tag" (tag $t (param i32)))
              (import "env" "raise" (func $raise (param i32)))
              (func (export "f") (param i32) (result i32)
                (block $h (result i32)
                  (try_table (catch $t $h) (call $raise (local.get 0)))
                  (i32.const -1))))
            """), [tag, raise]);
        Assert.Equal(42, instance.GetFunction("f")!.Invoke(Value.I32(21))[0].AsI32());
        Assert.Equal(42, instance.GetFunction<int, int>("f")!(21));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ExceptionsCrossNestedHostAndWasmFramesAndInstances(Backend backend)
    {
        // outer (instance A) -> host -> inner (instance B) -> host -> B's thrower; A catches with the shared tag.
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var tag = new Tag(store, new TagType([ValType.I32]));
        var b = Instance.Create(store, Module.FromText(engine, """
            (module
              (import "env" "tag" (tag $t (param i32)))
              (import "env" "back" (func $back (param i32)))
              (func $throw (export "throw") (param i32) (throw $t (local.get 0)))
              (func (export "inner") (param i32) (call $back (local.get 0))))
            """), [tag, Function.FromDelegate(store, (int x) => { })]);
        var throwInB = b.GetFunction("throw")!;
        var innerHost = Function.FromDelegate(store, (int x) => { throwInB.Invoke(Value.I32(x + 1)); });
        var b2 = Instance.Create(store, Module.FromText(engine, """
            (module
              (import "env" "tag" (tag $t (param i32)))
              (import "env" "back" (func $back (param i32)))
              (func (export "inner") (param i32) (call $back (local.get 0))))
            """), [tag, innerHost]);
        var inner = b2.GetFunction("inner")!;
        var outerHost = Function.FromDelegate(store, (int x) => { inner.Invoke(Value.I32(x + 10)); });
        var a = Instance.Create(store, Module.FromText(engine, """
            (module
              (import "env" "tag" (tag $t (param i32)))
              (import "env" "host" (func $host (param i32)))
              (func (export "outer") (param i32) (result i32)
                (block $h (result i32)
                  (try_table (catch $t $h) (call $host (local.get 0)))
                  (i32.const -1))))
            """), [tag, outerHost]);
        Assert.Equal(111, a.GetFunction<int, int>("outer")!(100));
        // The store is usable afterwards, and an uncaught exception still reaches the host.
        Assert.Equal(-4, Assert.Throws<WasmException>(() => inner.Invoke(Value.I32(-5))).Payload[0].AsI32());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TwoDefinitionsAreDifferentTagsAndAnImportIsTheSameTag(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var lib = Instance.Create(store, Module.FromText(engine, """
            (module
              (tag $a (export "a") (param i32))
              (tag $b (export "b") (param i32))
              (func (export "throw-a") (param i32) (throw $a (local.get 0))))
            """), []);
        Assert.NotEqual(lib.GetTag("a"), lib.GetTag("b"));
        Assert.Equal(ExternKind.Tag, lib.GetTag("a")!.Kind);
        var user = Instance.Create(store, Module.FromText(engine, """
            (module
              (import "lib" "a" (tag $a (param i32)))
              (import "lib" "b" (tag $b (param i32)))
              (import "lib" "throw-a" (func $throw (param i32)))
              (func (export "which") (param i32) (result i32)
                (block $cb (result i32)
                  (block $ca (result i32)
                    (try_table (catch $b $cb) (catch $a $ca) (call $throw (local.get 0)))
                    (i32.const -1))
                  (i32.const 1000)
                  (i32.add))))
            """), [lib.GetTag("a"), lib.GetTag("b"), lib.GetFunction("throw-a")]);
        Assert.Equal(1005, user.GetFunction<int, int>("which")!(5));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AnExnrefGoesToTheHostAndBack(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, """
            (module
              (tag $t (export "t") (param i64))
              (func (export "catch") (result exnref)
                (block $h (result exnref)
                  (try_table (catch_all_ref $h) (throw $t (i64.const 9)))
                  (ref.null exn)))
              (func (export "rethrow") (param exnref) (throw_ref (local.get 0))))
            """), []);
        var exn = instance.GetFunction("catch")!.Invoke()[0];
        Assert.Equal(ValType.ExnRef, exn.Type);
        Assert.False(exn.IsNull);
        var e = Assert.Throws<WasmException>(() => instance.GetFunction("rethrow")!.Invoke(exn));
        Assert.Equal(instance.GetTag("t"), e.Tag);
        Assert.Equal(9, e.Payload[0].AsI64());
        Assert.Equal(TrapCode.NullReference,
            Assert.Throws<TrapException>(() => instance.GetFunction("rethrow")!.Invoke(Value.NullExnRef)).Code);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TheLinkerDefinesTagsAndFillsAnUnknownOneWithAFreshTag(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var tag = new Tag(store, new TagType([ValType.I32]));
        var module = Module.FromText(engine, """
            (module
              (import "env" "t" (tag $t (param i32)))
              (import "env" "u" (tag $u (param i32)))
              (func (export "f") (param i32) (throw $t (local.get 0))))
            """);
        var linker = new Linker(engine).Define("env", "t", tag).DefineUnknownImportsAsDefaultValues();
        var instance = linker.Instantiate(store, module);
        Assert.Equal(tag, Assert.Throws<WasmException>(() => instance.GetFunction("f")!.Invoke(Value.I32(1))).Tag);
        var wrongType = new Linker(engine).Define("env", "t", new Tag(store, new TagType([ValType.I64])));
        Assert.Throws<LinkException>(() => wrongType.DefineUnknownImportsAsDefaultValues().Instantiate(store, module));
    }

    [Fact]
    public void APayloadOfTheWrongTypesIsRefused()
    {
        using var store = new Store(new Engine());
        var tag = new Tag(store, new TagType([ValType.I32]));
        Assert.Throws<ArgumentException>(() => new WasmException(tag));
        Assert.Throws<ArgumentException>(() => new WasmException(tag, Value.I64(1)));
    }
}
