using Weld.Tests.Support;

namespace Weld.Tests.Linking;

/// <summary>The linker's stubs for unknown imports have the import's own type, closed in the engine: a function type of
/// a recursion group, or one that is not final, is another type than the same signature alone, so a stub of the open
/// signature did not match its import ("incompatible import type: expected (func), got (func)"). Found by the
/// differential test on wasm-3.0's type-rec.wast and gc/type-subtyping.wast.</summary>
public class UnknownImportStubTypeTests
{
    private const string Wat = """
        (module
          (rec (type $f (func (param i32) (result i32))) (type (struct)))
          (type $open (sub (func (result i64))))
          (type $t (func))
          (import "M" "f" (func $f (type $f)))
          (import "M" "g" (func $g (type $open)))
          (import "M" "tag" (tag (type $t)))
          (import "M" "table" (table 1 (ref null $f)))
          (import "M" "global" (global (ref null $open)))
          (func (export "call") (result i32) (i32.add (call $f (i32.const 5)) (i32.wrap_i64 (call $g)))))
        """;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void DefaultValueStubsMatchTheirImports(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var instance = new Linker(engine).DefineUnknownImportsAsDefaultValues().Instantiate(store, Module.FromText(engine, Wat));
        Assert.Equal(0, instance.GetFunction<int>("call")!());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TrappingStubsMatchTheirImports(Backend backend)
    {
        var engine = Engines.Create(backend);
        const string functionsOnly = """
            (module
              (rec (type $f (func (result i32))) (type (struct)))
              (import "M" "f" (func $f (type $f)))
              (func (export "call") (result i32) (call $f)))
            """;
        using var store = new Store(engine);
        var instance = new Linker(engine).DefineUnknownImportsAsTraps().Instantiate(store, Module.FromText(engine, functionsOnly));
        var trap = Assert.Throws<TrapException>(() => instance.GetFunction<int>("call")!());
        Assert.Equal(TrapCode.UnresolvedImport, trap.Code);
    }
}
