using Weld.Diagnostics;
using Weld.Syntax;
using static Weld.Tests.Validation.Ins;
using static Weld.Tests.Validation.ModuleBuilder;

namespace Weld.Tests.Validation;

/// <summary>One test (or more) per error message of function bodies.</summary>
public class InstructionTests
{
    private static void Valid(params Instr[] code)
    {
        var m = new ModuleBuilder().Memory().Table();
        m.Func(code);
        m.Validate();
    }

    private static void Invalid(string message, params Instr[] code)
    {
        var m = new ModuleBuilder().Memory().Table();
        m.Func(code);
        m.Invalid(message);
    }

    [Fact]
    public void NumericTypeMismatch()
    {
        Valid(I32(1), I32(2), Op(Opcode.I32Add), Drop);
        Invalid(Messages.TypeMismatch, I32(1), I64(2), Op(Opcode.I32Add), Drop);
        Invalid(Messages.TypeMismatch, I32(1), Op(Opcode.I32Add), Drop);
        Invalid(Messages.TypeMismatch, F32(), Op(Opcode.F64Sqrt), Drop);
        Valid(F64(), Op(Opcode.I64TruncSatF64U), Op(Opcode.F32ConvertI64S), Op(Opcode.I32ReinterpretF32), Drop);
    }

    [Fact]
    public void LeftoverValuesAtEnd() => Invalid(Messages.TypeMismatch, I32(1));

    [Fact]
    public void FunctionResultsChecked()
    {
        var m = new ModuleBuilder();
        m.Func([], [i32], [], I64(1));
        m.Invalid(Messages.TypeMismatch);
        var ok = new ModuleBuilder();
        ok.Func([i64], [i64, i32], [], LocalGet(0), I32(0));
        ok.Validate();
    }

    [Fact]
    public void Locals()
    {
        var m = new ModuleBuilder();
        m.Func([i32], [], [f64], LocalGet(0), Drop, LocalGet(1), LocalSet(1), F64(), Op(Opcode.LocalTee, 1), Drop);
        m.Validate();
        var bad = new ModuleBuilder();
        bad.Func([i32], [], [f64], LocalGet(2), Drop);
        bad.Invalid("unknown local 2");
        var wrong = new ModuleBuilder();
        wrong.Func([i32], [], [f64], I32(0), LocalSet(1));
        wrong.Invalid(Messages.TypeMismatch);
    }

    [Fact]
    public void Globals()
    {
        var m = new ModuleBuilder().ImportGlobal(i32).Global(i64, true, I64(0));
        m.Func(GlobalGet(0), Drop, I64(1), GlobalSet(1));
        m.Validate();
        var imm = new ModuleBuilder().ImportGlobal(i32);
        imm.Func(I32(1), GlobalSet(0));
        imm.Invalid(Messages.ImmutableGlobal); // 3.0's wording
        imm.As20().Invalid(Messages.GlobalImmutable);
        var unknown = new ModuleBuilder().Global(i32, false, I32(0));
        unknown.Func(GlobalGet(1), Drop);
        unknown.Invalid("unknown global 1");
    }

    [Fact]
    public void Labels()
    {
        Valid(Block(), Br(1), End);
        Invalid("unknown label 1", Br(1));
        Invalid(Messages.UnknownLabel, Block(), I32(0), BrIf(2), End);
    }

    [Fact]
    public void Calls()
    {
        var m = new ModuleBuilder();
        int f = m.Func([i32, i64], [f32], [], F32());
        m.Func(I32(0), I64(0), Call(f), Drop);
        m.Validate();
        var args = new ModuleBuilder();
        args.Func([i32], [], []);
        args.Func(I64(0), Call(0));
        args.Invalid(Messages.TypeMismatch);
        var unknown = new ModuleBuilder();
        unknown.Func(Call(7));
        unknown.Invalid("unknown function 7");
    }

    [Fact]
    public void CallIndirect()
    {
        var m = new ModuleBuilder().Table();
        int t = m.Type([i32], [i64]);
        m.Func(I32(5), I32(0), Op(Opcode.CallIndirect, t, 0), Drop);
        m.Validate();

        var noTable = new ModuleBuilder();
        noTable.Func(I32(0), Op(Opcode.CallIndirect, 0, 0));
        noTable.Invalid("unknown table 0");

        var badType = new ModuleBuilder().Table();
        badType.Func(I32(0), Op(Opcode.CallIndirect, unchecked((int)0xffffffff), 0));
        badType.Invalid("unknown type 4294967295");

        var externTable = new ModuleBuilder().Table(elem: externref);
        externTable.Func(I32(0), Op(Opcode.CallIndirect, externTable.Type([], []), 0));
        externTable.Invalid(Messages.TypeMismatch);
    }

    [Fact]
    public void MemoryAccess()
    {
        Valid(I32(0), Mem(Opcode.I64Load, 3), Drop, I32(0), F32(), Mem(Opcode.F32Store, 2), I32(0), Mem(Opcode.I32Load8U, 0), Drop);
        Invalid(Messages.AlignmentTooLarge, I32(0), Mem(Opcode.I32Load, 3), Drop);
        Invalid(Messages.AlignmentTooLarge, I32(0), I64(0), Mem(Opcode.I64Store32, 3));
        Invalid(Messages.AlignmentTooLarge, I32(0), Mem(Opcode.I64Load8S, 1), Drop);
        Invalid(Messages.TypeMismatch, I32(0), I32(0), Mem(Opcode.I64Store, 3));
        var noMemory = new ModuleBuilder();
        noMemory.Func(I32(0), Mem(Opcode.I32Load, 2), Drop);
        noMemory.Invalid("unknown memory 0");
        var noMemorySize = new ModuleBuilder();
        noMemorySize.Func(Op(Opcode.MemorySize), Drop);
        noMemorySize.Invalid("unknown memory 0");
    }

    [Fact]
    public void BulkMemory()
    {
        var m = new ModuleBuilder().Memory().Data(SegmentMode.Passive);
        m.Func(I32(0), I32(0), I32(0), Op(Opcode.MemoryInit, 0, 0), Op(Opcode.DataDrop, 0),
            I32(0), I32(0), I32(0), Op(Opcode.MemoryCopy), I32(0), I32(0), I32(0), Op(Opcode.MemoryFill),
            I32(1), Op(Opcode.MemoryGrow), Drop);
        m.Validate();
        Invalid("unknown data segment 0", Op(Opcode.DataDrop, 0));
        Invalid("unknown data segment 1", I32(0), I32(0), I32(0), Op(Opcode.MemoryInit, 1, 0));
        var noMemory = new ModuleBuilder();
        noMemory.Func(I32(0), I32(0), I32(0), Op(Opcode.MemoryInit, 1, 0));
        noMemory.Invalid("unknown memory 0");
        Invalid(Messages.TypeMismatch, I32(0), I64(0), I32(0), Op(Opcode.MemoryFill));
    }

    [Fact]
    public void TableInstructions()
    {
        var m = new ModuleBuilder().Table().Table(elem: externref);
        m.Elem(new ElementSegment { Mode = SegmentMode.Passive, Items = [] });
        m.Func(I32(0), Op(Opcode.TableGet, 1), Drop, I32(0), RefNull(funcref), Op(Opcode.TableSet, 0),
            Op(Opcode.TableSize, 1), Drop, RefNull(externref), I32(1), Op(Opcode.TableGrow, 1), Drop,
            I32(0), RefNull(funcref), I32(1), Op(Opcode.TableFill, 0),
            I32(0), I32(0), I32(0), Op(Opcode.TableCopy, 0, 0), I32(0), I32(0), I32(0), Op(Opcode.TableInit, 0, 0),
            Op(Opcode.ElemDrop, 0));
        m.Validate();

        var mixed = new ModuleBuilder().Table().Table(elem: externref);
        mixed.Func(I32(0), I32(0), I32(0), Op(Opcode.TableCopy, 0, 1));
        mixed.Invalid(Messages.TypeMismatch);

        var setWrong = new ModuleBuilder().Table();
        setWrong.Func(I32(0), RefNull(externref), Op(Opcode.TableSet, 0));
        setWrong.Invalid(Messages.TypeMismatch);

        var initWrong = new ModuleBuilder().Table(elem: externref);
        initWrong.Elem(new ElementSegment { Mode = SegmentMode.Passive, Items = [] });
        initWrong.Func(I32(0), I32(0), I32(0), Op(Opcode.TableInit, 0, 0));
        initWrong.Invalid(Messages.TypeMismatch);

        Invalid("unknown elem segment 4", Op(Opcode.ElemDrop, 4));
        var noTable = new ModuleBuilder();
        noTable.Func(I32(0), I32(0), I32(0), Op(Opcode.TableInit, 4, 0));
        noTable.Invalid("unknown table 0");
    }

    [Fact]
    public void References()
    {
        Valid(RefNull(externref), Op(Opcode.RefIsNull), Drop);
        Invalid(Messages.TypeMismatch, I32(0), Op(Opcode.RefIsNull), Drop);
        Valid(Unreachable, Op(Opcode.RefIsNull), Drop);
    }

    [Fact]
    public void Select()
    {
        Valid(I64(1), I64(2), I32(0), Ins.Select, Drop);
        Invalid(Messages.TypeMismatch, I64(1), I32(2), I32(0), Ins.Select, Drop);
        // Untyped select is only for numeric and vector operands.
        Invalid(Messages.TypeMismatch, RefNull(funcref), RefNull(funcref), I32(0), Ins.Select, Drop);
        Invalid(Messages.TypeMismatch, Unreachable, RefNull(funcref), I32(0), Ins.Select, Drop);
        Valid(RefNull(funcref), RefNull(funcref), I32(0), SelectT(funcref), Drop);
        Invalid(Messages.TypeMismatch, RefNull(funcref), RefNull(externref), I32(0), SelectT(funcref), Drop);
        Invalid(Messages.InvalidResultArity, I32(0), I32(0), I32(0), Op(Opcode.SelectT, 0), Drop);
    }

    [Fact]
    public void ElseWithoutIf() => Invalid(Messages.TypeMismatch, Block(), Ins.Else, End);

    [Fact]
    public void CodeAfterFinalEnd()
    {
        var m = new ModuleBuilder();
        m.Func(End, Nop);
        Assert.Throws<InvalidModuleException>(() => m.Validate());
    }

    [Fact]
    public void UnclosedBlock()
    {
        var m = new ModuleBuilder();
        m.Def.Functions.Add(m.Type([], []));
        m.Def.Codes.Add(new FunctionBody { Code = [Block(), End] });
        Assert.Throws<InvalidModuleException>(() => m.Validate());
    }
}
