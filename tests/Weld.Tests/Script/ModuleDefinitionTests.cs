using Weld.Script;
using Weld.Tests.Support;

namespace Weld.Tests.Script;

/// <summary>The .wast commands <c>(module definition $M? ...)</c>, which decodes and validates a module without
/// instantiating it, and <c>(module instance $I? $M?)</c>, which instantiates a definition anew each time.</summary>
public class ModuleDefinitionTests
{
    [Fact]
    public void DefinitionsAndInstancesParseWithTheirNames()
    {
        var commands = ScriptParser.Parse("""
            (module definition $M (memory 1)
              (func (export "f")))
            (module definition binary "\00asm" "\01\00\00\00")
            (module instance $I $M)
            (module instance $J)
            (module instance)
            """);
        var text = Assert.IsType<ModuleDefinitionCommand>(commands[0]).Module;
        Assert.Equal((ScriptModuleKind.Text, "M", 1), (text.Kind, text.Name, text.Line));
        // The text parser sees a plain module, with every position where the script has it.
        Assert.Equal("(module            $M (memory 1)\n  (func (export \"f\")))", text.Text);
        Assert.Equal("M", text.ParseText().Names.ModuleName);
        var binary = Assert.IsType<ModuleDefinitionCommand>(commands[1]).Module;
        Assert.Equal((ScriptModuleKind.Binary, null, 8), (binary.Kind, binary.Name, binary.Bytes!.Length));
        Assert.Equal(new ModuleInstanceCommand(4, "I", "M"), commands[2]);
        Assert.Equal(new ModuleInstanceCommand(5, "J", null), commands[3]);
        Assert.Equal(new ModuleInstanceCommand(6, null, null), commands[4]);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void EachInstanceOfADefinitionHasStateOfItsOwn(Backend backend)
    {
        var result = new WastRunner(Engines.Create(backend)).Run("""
            (module definition $Counter
              (global $n (mut i32) (i32.const 0))
              (func (export "next") (result i32)
                (global.set $n (i32.add (global.get $n) (i32.const 1)))
                (global.get $n)))
            (module definition $Other (func (export "next") (result i32) (i32.const 100)))
            (module instance $A $Counter)
            (module instance $B $Counter)
            (assert_return (invoke $A "next") (i32.const 1))
            (assert_return (invoke $A "next") (i32.const 2))
            (assert_return (invoke $B "next") (i32.const 1))
            (register "b" $B)
            (module (import "b" "next" (func $next (result i32))) (func (export "via") (result i32) (call $next)))
            (assert_return (invoke "via") (i32.const 2))
            (module instance)
            (assert_return (invoke "next") (i32.const 100))
            """, "definitions");
        Assert.Empty(result.Failures);
        Assert.Equal(12, result.Total);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ADefinitionAllocatesNothing(Backend backend)
    {
        // Memories and tables far larger than any process could hold are valid to define; only an instance would
        // have to allocate them.
        var result = new WastRunner(Engines.Create(backend)).Run("""
            (module definition $Huge (memory i64 0x1_0000_0000_0000))
            (module definition (memory 65536))
            (module definition (table i64 0xffff_ffff_ffff_ffff funcref))
            (module instance $I $Huge)
            """, "huge");
        var failure = Assert.Single(result.Failures);
        Assert.Equal(("module instance", 4), (failure.Command, failure.Line));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void InstancesNeedADefinition(Backend backend)
    {
        var result = new WastRunner(Engines.Create(backend)).Run("""
            (module instance)
            (module (func (export "f")))
            (module instance $I $Missing)
            (module definition (func (result i32)))
            """, "missing");
        Assert.Equal([1, 3, 4], result.Failures.Select(f => f.Line));
        Assert.Contains("no module definition", result.Failures[0].Actual, StringComparison.Ordinal);
        Assert.Contains("unknown module definition $Missing", result.Failures[1].Actual, StringComparison.Ordinal);
        Assert.Contains("type mismatch", result.Failures[2].Actual, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void SpectestOffersA64BitTable(Backend backend)
    {
        var result = new WastRunner(Engines.Create(backend)).Run("""
            (module (table (import "spectest" "table64") i64 10 20 funcref)
              (func (export "size") (result i64) (table.size)))
            (assert_return (invoke "size") (i64.const 10))
            """, "table64");
        Assert.Empty(result.Failures);
    }
}
