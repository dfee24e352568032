using Weld.Script;

namespace Weld.Tests.Text;

public sealed class ScriptParserTests
{
    [Fact]
    public void ParsesCommandsWithLinesAndKeepsModulesUnparsed()
    {
        var cmds = ScriptParser.Parse("""
            (module $m (func (export "f") (param i32) (result i32) local.get 0))
            (register "reg" $m)
            (assert_return (invoke $m "f" (i32.const -1)) (i32.const 0xffffffff))
            (assert_return (invoke "g" (f32.const 1.5) (ref.null extern) (ref.extern 7))
              (f32.const nan:canonical) (f64.const nan:arithmetic) (ref.null func) (ref.extern 7) (ref.func))
            (invoke "h")
            (assert_trap (invoke "t") "unreachable")
            (assert_trap (module (func $s unreachable) (start $s)) "unreachable")
            (assert_exhaustion (invoke "r") "call stack exhausted")
            (assert_malformed (module quote "(func (i32.const 0x))") "unknown operator")
            (assert_invalid (module (func (result i32))) "type mismatch")
            (assert_malformed (module binary "\00asm" "\02\00\00\00") "unknown binary version")
            (assert_unlinkable (module (import "x" "y" (func))) "unknown import")
            (get $m "glob")
            """);
        Assert.Equal(13, cmds.Count);

        var module = Assert.IsType<ModuleCommand>(cmds[0]).Module;
        Assert.Equal((ScriptModuleKind.Text, "m", 1), (module.Kind, module.Name, module.Line));
        Assert.StartsWith("(module $m", module.Text);
        Assert.EndsWith("local.get 0))", module.Text);
        Assert.Equal("m", module.ParseText().Names.ModuleName);

        Assert.Equal(new RegisterCommand(2, "reg", "m"), cmds[1]);

        var ret = Assert.IsType<AssertReturnCommand>(cmds[2]);
        var inv = Assert.IsType<InvokeAction>(ret.Action);
        Assert.Equal(("m", "f", 3), (inv.ModuleName, inv.Name, ret.Line));
        Assert.Equal(new ScriptValue(ValueKind.I32, 0xffffffff), inv.Args[0]);
        Assert.Equal(new ScriptValue(ValueKind.I32, 0xffffffff), ret.Expected[0].Value);

        ret = Assert.IsType<AssertReturnCommand>(cmds[3]);
        inv = Assert.IsType<InvokeAction>(ret.Action);
        Assert.Null(inv.ModuleName);
        Assert.Equal(
            [new ScriptValue(ValueKind.F32, 0x3fc00000), new ScriptValue(ValueKind.ExternRef, 0, IsNull: true), new ScriptValue(ValueKind.ExternRef, 7)],
            inv.Args);
        Assert.Equal(
            [ExpectedKind.CanonicalNan, ExpectedKind.ArithmeticNan, ExpectedKind.Exact, ExpectedKind.Exact, ExpectedKind.AnyFuncRef],
            ret.Expected.Select(e => e.Kind));
        Assert.Equal(ValueKind.F64, ret.Expected[1].Value.Kind);

        Assert.IsType<ActionCommand>(cmds[4]);
        Assert.Equal("unreachable", Assert.IsType<AssertTrapCommand>(cmds[5]).Message);
        Assert.NotNull(Assert.IsType<AssertTrapCommand>(cmds[6]).Module);
        Assert.Equal(9, Assert.IsType<AssertExhaustionCommand>(cmds[7]).Line);

        var malformed = Assert.IsType<AssertModuleCommand>(cmds[8]);
        Assert.Equal((ModuleAssertion.Malformed, ScriptModuleKind.Quote), (malformed.Kind, malformed.Module.Kind));
        var e = Assert.Throws<MalformedModuleException>(() => malformed.Module.ParseText());
        Assert.StartsWith(malformed.Message, e.SpecMessage);

        Assert.Equal(ModuleAssertion.Invalid, Assert.IsType<AssertModuleCommand>(cmds[9]).Kind);
        var binary = Assert.IsType<AssertModuleCommand>(cmds[10]).Module;
        Assert.Equal(new byte[] { 0, (byte)'a', (byte)'s', (byte)'m', 2, 0, 0, 0 }, binary.Bytes);
        Assert.Equal(ModuleAssertion.Unlinkable, Assert.IsType<AssertModuleCommand>(cmds[11]).Kind);
        Assert.IsType<GetAction>(Assert.IsType<ActionCommand>(cmds[12]).Action);
    }

    [Fact]
    public void TextModuleErrorsReportScriptLines()
    {
        var cmds = ScriptParser.Parse("\n\n(assert_malformed\n  (module\n    (func (i32.const 0x)))\n  \"unknown operator\")");
        var module = Assert.IsType<AssertModuleCommand>(cmds[0]).Module;
        var e = Assert.Throws<MalformedModuleException>(() => module.ParseText());
        Assert.Equal(5, e.Line);
    }

    [Fact]
    public void AScriptOfBareFieldsIsOneModule()
    {
        var cmds = ScriptParser.Parse("(func) (memory 0) (func (export \"f\"))");
        var module = Assert.IsType<ModuleCommand>(Assert.Single(cmds)).Module;
        Assert.Equal(2, module.ParseText().Codes.Count);
    }

    [Fact]
    public void ScriptSyntaxErrorsArePositioned()
    {
        var e = Assert.Throws<ScriptParseException>(() => ScriptParser.Parse("(module)\n(assert_what)"));
        Assert.Equal(2, e.Line);
    }
}
