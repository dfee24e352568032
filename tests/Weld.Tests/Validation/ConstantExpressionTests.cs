using Weld.Diagnostics;
using Weld.Syntax;
using static Weld.Tests.Validation.Ins;
using static Weld.Tests.Validation.ModuleBuilder;

namespace Weld.Tests.Validation;

public class ConstantExpressionTests
{
    [Fact]
    public void ConstantsOfEachKind()
    {
        new ModuleBuilder().Global(i32, false, I32(1)).Global(i64, true, I64(2)).Global(f32, false, F32())
            .Global(f64, false, F64()).Global(funcref, false, RefNull(funcref)).Global(externref, false, RefNull(externref))
            .Validate();
    }

    [Fact]
    public void ImportedImmutableGlobalMayBeRead() =>
        new ModuleBuilder().ImportGlobal(i32).Global(i32, false, GlobalGet(0)).Validate();

    [Fact]
    public void ImportedMutableGlobalIsNotConstant() =>
        new ModuleBuilder().ImportGlobal(i32, mutable: true).Global(i32, false, GlobalGet(0))
            .Invalid(Messages.ConstantExpressionRequired);

    [Fact]
    public void DefinedGlobalIsNotVisibleInInitializers()
    {
        // 2.0: only imported globals; "unknown global" even for an earlier defined one.
        new ModuleBuilder().As20().Global(i32, false, I32(0)).Global(i32, false, GlobalGet(0)).Invalid("unknown global 0");
        new ModuleBuilder().As20().ImportGlobal(i32).Global(i32, false, GlobalGet(2)).Invalid("unknown global 2");
    }

    [Fact]
    public void EarlierDefinedGlobalsAreVisibleIn30()
    {
        new ModuleBuilder().Global(i32, false, I32(0)).Global(i32, false, GlobalGet(0)).Validate();
        new ModuleBuilder().Global(i32, false, GlobalGet(0)).Invalid("unknown global 0"); // not itself
        new ModuleBuilder().Global(i32, false, GlobalGet(1)).Global(i32, false, I32(0)).Invalid("unknown global 1"); // nor later ones
        new ModuleBuilder().Global(i32, true, I32(0)).Global(i32, false, GlobalGet(0)).Invalid(Messages.ConstantExpressionRequired);
        new ModuleBuilder().Table().Global(i32, false, I32(0)).ActiveElem(0, [GlobalGet(0)]).Validate();
    }

    [Fact]
    public void ExtendedConstantArithmeticIn30()
    {
        new ModuleBuilder().Global(i32, false, I32(1), I32(2), Op(Opcode.I32Add), I32(3), Op(Opcode.I32Mul)).Validate();
        new ModuleBuilder().Global(i64, false, I64(1), I64(2), Op(Opcode.I64Sub)).Validate();
        new ModuleBuilder().Global(i32, false, I32(1), I64(2), Op(Opcode.I32Add)).Invalid(Messages.TypeMismatch);
        new ModuleBuilder().Global(i32, false, I32(1), Op(Opcode.I32Add)).Invalid(Messages.TypeMismatch);
        new ModuleBuilder().Global(i32, false, I32(1), I32(1), Op(Opcode.I32DivS)).Invalid(Messages.ConstantExpressionRequired);
        // Deeper than any fixed buffer: twenty constants, then nineteen additions.
        var deep = Enumerable.Repeat(I32(1), 20).Concat(Enumerable.Repeat(Op(Opcode.I32Add), 19)).ToArray();
        new ModuleBuilder().Global(i32, false, deep).Validate();
    }

    [Theory]
    [InlineData((int)Opcode.Nop)]
    [InlineData((int)Opcode.I32Ctz)]
    [InlineData((int)Opcode.LocalGet)]
    [InlineData((int)Opcode.I32Add)]
    public void NonConstantInstruction(int opcode)
    {
        var op = (Opcode)opcode;
        new ModuleBuilder().As20().Global(i32, false, I32(0), Op(op)).Invalid(Messages.ConstantExpressionRequired);
        new ModuleBuilder().As20().Global(i32, false, Op(op)).Invalid(Messages.ConstantExpressionRequired);
    }

    [Fact]
    public void WrongTypeOrCount()
    {
        new ModuleBuilder().Global(i32, false, F32()).Invalid(Messages.TypeMismatch);
        new ModuleBuilder().Global(i32, false, I32(0), I32(0)).Invalid(Messages.TypeMismatch);
        new ModuleBuilder().Global(i32, false).Invalid(Messages.TypeMismatch);
        new ModuleBuilder().ImportGlobal(externref).Global(funcref, false, GlobalGet(0)).Invalid(Messages.TypeMismatch);
    }

    [Fact]
    public void InitializerWithoutTrailingEndIsAccepted()
    {
        var m = new ModuleBuilder();
        m.Def.Globals.Add(new GlobalDef(new GlobalType(i32, false), [I32(3)]));
        m.Validate();
    }

    [Fact]
    public void ElementSegments()
    {
        var m = new ModuleBuilder().Table();
        m.Func();
        m.ActiveElem(0, [I32(0)], [RefFunc(0)], [RefNull(funcref)]).Validate();

        var noTable = new ModuleBuilder();
        noTable.Func();
        noTable.ActiveElem(0, [I32(0)], [RefFunc(0)]).Invalid("unknown table 0");

        var badOffset = new ModuleBuilder().Table();
        badOffset.ActiveElem(0, [I64(0)]).Invalid(Messages.TypeMismatch);

        var nonConstOffset = new ModuleBuilder().Table();
        nonConstOffset.ActiveElem(0, [I32(0), Nop]).Invalid(Messages.ConstantExpressionRequired);

        var badItem = new ModuleBuilder().Table();
        badItem.ActiveElem(0, [I32(0)], [RefNull(externref)]).Invalid(Messages.TypeMismatch);

        var wrongTable = new ModuleBuilder().Table(elem: externref);
        wrongTable.ActiveElem(0, [I32(0)], [RefNull(funcref)]).Invalid(Messages.TypeMismatch);

        var definedGlobal = new ModuleBuilder().As20().Table().Global(i32, false, I32(0));
        definedGlobal.ActiveElem(0, [GlobalGet(0)]).Invalid("unknown global 0");
        new ModuleBuilder().Table().Global(i32, false, I32(0)).ActiveElem(0, [GlobalGet(0)]).Validate(); // 3.0: every global
    }

    [Fact]
    public void PassiveElementsNeedNoTable()
    {
        var m = new ModuleBuilder();
        m.Func();
        m.Elem(new ElementSegment { Mode = SegmentMode.Passive, ElementType = externref, Items = [[RefNull(externref)]] });
        m.Validate();
    }

    [Fact]
    public void DataSegments()
    {
        new ModuleBuilder().Memory().Data(SegmentMode.Active, 0, I32(0)).Validate();
        new ModuleBuilder().Data(SegmentMode.Passive).Validate();
        new ModuleBuilder().Data(SegmentMode.Active, 0, I32(0)).Invalid("unknown memory 0");
        new ModuleBuilder().Memory().Data(SegmentMode.Active, 1, I32(0)).Invalid("unknown memory 1");
        new ModuleBuilder().Memory().Data(SegmentMode.Active, 0, F32()).Invalid(Messages.TypeMismatch);
        new ModuleBuilder().Memory().Data(SegmentMode.Active, 0, Op(Opcode.I32Ctz)).Invalid(Messages.ConstantExpressionRequired);
        new ModuleBuilder().ImportGlobal(i32, true).Memory().Data(SegmentMode.Active, 0, GlobalGet(0))
            .Invalid(Messages.ConstantExpressionRequired);
    }
}
