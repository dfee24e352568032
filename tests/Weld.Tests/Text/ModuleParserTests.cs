using Weld.Syntax;
using Weld.Text;

namespace Weld.Tests.Text;

public sealed class ModuleParserTests
{
    private static ModuleDefinition Parse(string text) => TextParser.ParseModule(text);

    private static Opcode[] Ops(Instr[] code) => [.. code.Select(i => i.Op)];

    [Fact]
    public void InlineTypesReuseExistingTypesAndAppendNewOnesInOrderOfFirstUse()
    {
        var m = Parse("""
            (module
              (func $f (result f64) (f64.const 0))
              (func $g (param i32))
              (func $h (result f64) (f64.const 1))
              (type $t (func (param i32)))
              (func (type 1) (param))
              (func (block (param i32) (result i32 i32) (unreachable)) (call_indirect (param i64) (unreachable)))
              (table 0 funcref))
            """);
        Assert.Equal("(func (param i32))", m.Types[0].ToString());
        Assert.Equal("(func (result f64))", m.Types[1].ToString());
        Assert.Equal("(func)", m.Types[2].ToString());
        Assert.Equal("(func (param i32) (result i32 i32))", m.Types[3].ToString());
        Assert.Equal("(func (param i64))", m.Types[4].ToString());
        Assert.Equal([1, 0, 1, 1, 2], m.Functions);
        Assert.Equal(3, m.Codes[4].Code[0].A);  // block type index
        Assert.Equal((Opcode.CallIndirect, 4), (m.Codes[4].Code[4].Op, m.Codes[4].Code[4].A));
        Assert.Equal(new Dictionary<int, string> { [0] = "f", [1] = "g", [2] = "h" }, m.Names.FunctionNames);
    }

    [Fact]
    public void SingleResultBlockTypesNeedNoTypeIndex()
    {
        var m = Parse("(func (block (result i32) (i32.const 1)) drop (loop (nop)))");
        Assert.Single(m.Types); // only the function's own (func)
        Assert.Equal(BlockTypes.OfValue(ValType.I32), m.Codes[0].Code[0].A);
        Assert.Equal(BlockTypes.Empty, m.Codes[0].Code[4].A);
    }

    [Fact]
    public void InlineImportsAndExportsDesugarInTextOrder()
    {
        var m = Parse("""
            (module $m
              (func $imp (export "e1") (import "mod" "f") (param i32))
              (global $g (import "mod" "g") (mut i64))
              (memory (export "mem") (import "mod" "m") 1 2)
              (func $def (export "a") (export "b") (param $x i32) (local $y i64) local.get $x drop local.get $y drop)
              (export "g" (global $g)))
            """);
        Assert.Equal("m", m.Names.ModuleName);
        Assert.Equal(3, m.Imports.Count);
        Assert.Equal(1, m.ImportedFunctionCount);
        Assert.Equal(1, m.ImportedGlobalCount);
        Assert.Equal(1, m.ImportedMemoryCount);
        Assert.Equal(ExternKind.Function, m.Imports[0].Kind);
        Assert.Equal("(func (param i32))", m.Imports[0].Type!.ToString());
        Assert.Equal(new GlobalType(ValType.I64, true), m.Imports[1].Type);
        Assert.Equal(new MemoryType(1, 2), m.Imports[2].Type);
        Assert.Equal(
            [new Export("e1", ExternKind.Function, 0), new Export("mem", ExternKind.Memory, 0),
             new Export("a", ExternKind.Function, 1), new Export("b", ExternKind.Function, 1), new Export("g", ExternKind.Global, 0)],
            m.Exports);
        Assert.Equal("imp", m.Names.FunctionNames[0]);
        Assert.Equal("def", m.Names.FunctionNames[1]);
        Assert.Equal(new Dictionary<int, string> { [0] = "x", [1] = "y" }, m.Names.LocalNames[1]);
        Assert.Equal([ValType.I64], m.Codes[0].Locals);
        Assert.Equal(1, m.Codes[0].Code[2].A); // local.get $y
    }

    [Fact]
    public void InlineTableElementsAndMemoryData()
    {
        var m = Parse("""
            (table $t funcref (elem $f $f $g))
            (memory (data "ab" "\63" "\u{1F600}"))
            (func $f) (func $g)
            (elem $e declare func $g)
            (func (elem.drop $e) (table.size $t) drop)
            """);
        Assert.Equal(new TableType(ValType.FuncRef, 3, 3), m.Tables[0]);
        Assert.Equal(new MemoryType(1, 1), m.Memories[0]);
        var seg = m.Elements[0];
        Assert.Equal(SegmentMode.Active, seg.Mode);
        Assert.Equal([Opcode.I32Const, Opcode.End], Ops(seg.Offset));
        Assert.Equal([0, 0, 1], seg.Items.Select(i => i[0].A));
        Assert.All(seg.Items, i => Assert.Equal(Opcode.RefFunc, i[0].Op));
        Assert.Equal(SegmentMode.Declarative, m.Elements[1].Mode);
        Assert.Equal(1, m.Codes[2].Code[0].A); // the inline segment takes elem index 0
        Assert.Equal("abc"u8.ToArray().Concat(new byte[] { 0xF0, 0x9F, 0x98, 0x80 }), m.Datas[0].Bytes);
    }

    [Fact]
    public void ElementAndDataSegmentForms()
    {
        var m = Parse("""
            (table $t 10 funcref) (memory $m 1) (func $f) (global $g i32 (i32.const 0))
            (elem (table $t) (offset (i32.const 1)) funcref (item ref.func $f) (ref.null func))
            (elem (global.get $g) $f)
            (elem funcref (ref.func $f))
            (data (memory $m) (offset (i32.const 2)) "x")
            (data (i32.const 3) "y" "z")
            (data "passive")
            """);
        Assert.Equal(SegmentMode.Active, m.Elements[0].Mode);
        Assert.Equal([Opcode.RefFunc, Opcode.End], Ops(m.Elements[0].Items[0]));
        Assert.Equal([Opcode.RefNull, Opcode.End], Ops(m.Elements[0].Items[1]));
        Assert.Equal([Opcode.GlobalGet, Opcode.End], Ops(m.Elements[1].Offset));
        Assert.Equal(SegmentMode.Passive, m.Elements[2].Mode);
        Assert.Equal(2UL, m.Datas[0].Offset[0].C);
        Assert.Equal("yz"u8.ToArray(), m.Datas[1].Bytes);
        Assert.Equal(SegmentMode.Passive, m.Datas[2].Mode);
        Assert.Null(m.DataCount);
    }

    [Fact]
    public void FoldedIfWithSeveralConditionsEvaluatesThemBeforeTheIf()
    {
        var m = Parse("""
            (func (param i32) (result i32)
              (if $l (result i32) (local.get 0) (i32.const 1) (i32.add)
                (then (br $l (i32.const 1)))
                (else (i32.const 2))))
            """);
        var code = m.Codes[0].Code;
        Assert.Equal(
            [Opcode.LocalGet, Opcode.I32Const, Opcode.I32Add, Opcode.If, Opcode.I32Const, Opcode.Br, Opcode.Else,
             Opcode.I32Const, Opcode.End, Opcode.End],
            Ops(code));
        Assert.Equal(0, code[5].A); // br $l targets the if itself
    }

    [Fact]
    public void LabelsResolveToDepthsAndMayBeRepeatedAfterEnd()
    {
        var m = Parse("""
            (func
              block $a
                loop $b
                  (block $c (br_table $a $b $c 0 (i32.const 0)))
                  br_if $a (i32.const 1)
                  i32.const 0 if $d br $b else $d br $a end $d
                end $b
              end)
            """);
        var code = m.Codes[0].Code;
        var body = m.Codes[0];
        var brTable = code.First(i => i.Op == Opcode.BrTable);
        Assert.Equal(3, brTable.B);
        Assert.Equal([2, 1, 0, 0], body.BrTables[brTable.A..(brTable.A + 4)]);
        Assert.Equal(1, code.First(i => i.Op == Opcode.BrIf).A);
        Assert.Equal([1, 2], code.Where(i => i.Op == Opcode.Br).Select(i => i.A));
    }

    [Fact]
    public void MemoryArgumentsAndTypedSelect()
    {
        var m = Parse("""
            (memory 1)
            (func (result i64)
              (i64.load offset=0x10 align=4 (i32.const 0))
              (i64.load8_u (i32.const 0)) (i32.const 1) (select (result i64)))
            """);
        var code = m.Codes[0].Code;
        Assert.Equal((Opcode.I64Load, 2, 16UL), (code[1].Op, code[1].A, code[1].C));
        Assert.Equal((Opcode.I64Load8U, 0), (code[3].Op, code[3].A));
        Assert.Equal((Opcode.SelectT, (int)ValueKind.I64), (code[5].Op, code[5].A));
    }

    [Fact]
    public void ConstantsKeepTheirBits()
    {
        var m = Parse("(func i32.const -1 i64.const 0x8000_0000_0000_0000 f32.const -nan:0x1 f64.const 0x1p-1074 drop drop drop drop)");
        var code = m.Codes[0].Code;
        Assert.Equal(0xffffffffUL, code[0].C);
        Assert.Equal(0x8000000000000000UL, code[1].C);
        Assert.Equal(0xff800001UL, code[2].C);
        Assert.Equal(1UL, code[3].C);
    }

    [Fact]
    public void MemoryInitSetsTheDataCount()
    {
        var m = Parse("(memory 1) (data $d \"a\") (func (memory.init $d (i32.const 0) (i32.const 0) (i32.const 1)) (data.drop $d))");
        Assert.Equal(1, m.DataCount);
        Assert.Equal((Opcode.MemoryInit, 0, 0), (m.Codes[0].Code[3].Op, m.Codes[0].Code[3].A, m.Codes[0].Code[3].B));
    }

    [Fact]
    public void CommentsAnnotationsAndBareCarriageReturns()
    {
        var m = Parse("(module (; a (; nested ;) comment ;) (@custom \"x\" (y)) ;; line\r(func $f))");
        Assert.Single(m.Codes);
    }
}
