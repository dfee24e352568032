using Weld.Diagnostics;
using Weld.Syntax;
using static Weld.Tests.Validation.Ins;
using static Weld.Tests.Validation.ModuleBuilder;

namespace Weld.Tests.Validation;

/// <summary>Blocks, branches, multi-value and the polymorphic stack.</summary>
public class ControlTests
{
    private static void Check(bool valid, ValType[] results, params Instr[] code) => Check(valid, results, [], code);

    private static void Check(bool valid, ValType[] results, int[] brTables, params Instr[] code)
    {
        var m = new ModuleBuilder();
        m.FuncWithType(m.Type([], results), [], brTables, code);
        if (valid) m.Validate();
        else m.Invalid(Messages.TypeMismatch);
    }

    [Fact]
    public void UnreachableMakesTheStackPolymorphic()
    {
        Check(true, [], Unreachable, Op(Opcode.I32Add), Drop);
        Check(true, [i64], Unreachable);
        Check(true, [i32], Unreachable, I32(0), Op(Opcode.I32Add));
        Check(false, [], Unreachable, I64(0), Op(Opcode.I32Add), Drop);
        // The polymorphism is only below the frame's own values: a pushed value must still match.
        Check(false, [i32], Unreachable, I64(0));
        Check(false, [i32], Return, F32());
    }

    [Fact]
    public void UnknownValuesStillHaveToBeConsumed()
    {
        // unreached-invalid.wast: select on a polymorphic stack pushes one (Unknown) value that must be consumed
        Check(false, [], Unreachable, Ins.Select);
        Check(false, [], Unreachable, I32(0), Ins.Select);
        Check(true, [], Unreachable, Ins.Select, Drop);
        Check(false, [], Unreachable, I64(0), I32(0), I32(0), Ins.Select, Drop);
        // a block after br is not polymorphic inside
        Check(false, [], Block(), Br(0), Block(), Op(Opcode.I32Eqz), Drop, End, End);
        Check(false, [i32], Block(i32), I32(1), Br(0), F32(), End);
    }

    [Fact]
    public void BranchesMakeTheRestUnreachable()
    {
        Check(true, [i32], Block(i32), I32(1), Br(0), Op(Opcode.I32Add), End);
        // after br the operands are Unknown, but f64.add still pushes an f64 that the i32 block rejects
        Check(false, [i32], Block(i32), I32(1), Br(0), Op(Opcode.F64Add), End);
        Check(true, [i32], I32(1), Return, Drop, Drop);
        Check(false, [i32], Block(i32), I64(1), Br(0), End);
    }

    [Fact]
    public void PolymorphismEndsWithTheBlock()
    {
        // Inside a block entered after unreachable, the block's own stack is not polymorphic.
        Check(false, [], Unreachable, Block(), Op(Opcode.I32Add), Drop, End);
        Check(true, [], Unreachable, Block(), End, Op(Opcode.I32Add), Drop);
    }

    [Fact]
    public void BrIfKeepsLabelValues()
    {
        Check(true, [i32], Block(i32), I32(1), I32(0), BrIf(0), End);
        Check(false, [i32], Block(i32), I64(1), I32(0), BrIf(0), Drop, I32(0), End);
        Check(false, [i32], Block(i32), I32(1), I64(0), BrIf(0), End);
    }

    [Fact]
    public void BrTable()
    {
        // br_table 0 1 (default 1) from block (result i32) inside block (result i32)
        Check(true, [i32], [0, 1], Block(i32), Block(i32), I32(7), I32(0), Op(Opcode.BrTable, 0, 1), End, End);
        // labels of different types: mismatch with known operands
        Check(false, [], [0, 1], Block(i64), Block(i32), I32(7), I32(0), Op(Opcode.BrTable, 0, 1), End, Drop, I64(0), End, Drop);
        // different arity is a mismatch even on a polymorphic stack
        Check(false, [], [0, 1], Block(i64), Block(), Unreachable, Op(Opcode.BrTable, 0, 1), End, I64(0), End, Drop);
    }

    [Fact]
    public void BrTableMeetsDifferentTypesOnAPolymorphicStack()
    {
        // unreached-valid.wast "meet-bottom": labels f32 and f64 of equal arity, operand from the polymorphic stack
        Check(true, [], [0, 1, 1],
            Block(f64), Block(f32), Unreachable, I32(1), Op(Opcode.BrTable, 0, 2), End, Drop, F64(), End, Drop);
    }

    [Fact]
    public void BrTableLabelsAreChecked()
    {
        var m = new ModuleBuilder();
        m.FuncWithType(m.Type([], []), [], [0, 3], I32(0), Op(Opcode.BrTable, 0, 1));
        m.Invalid("unknown label 3");
    }

    [Fact]
    public void MultiValueBlocks()
    {
        var m = new ModuleBuilder();
        int pair = m.Type([i32, i32], [i32]);
        int swap = m.Type([i32, i64], [i64, i32]);
        m.Func([], [i32], [], I32(1), I32(2), Block(pair), Op(Opcode.I32Add), End);
        m.Func([], [i64, i32], [i32, i64], I32(1), I64(2), Block(swap), LocalSet(1), LocalSet(0), LocalGet(1), LocalGet(0), End);
        m.Validate();

        var wrongParams = new ModuleBuilder();
        wrongParams.Func([], [i32], [], I32(1), I64(2), Block(wrongParams.Type([i32, i32], [i32])), Op(Opcode.I32Add), End);
        wrongParams.Invalid(Messages.TypeMismatch);

        // a block's params come from its own frame: the outer values are not reachable inside
        var outer = new ModuleBuilder();
        outer.Func([], [i32], [], I32(1), Block(outer.Type([], [i32])), Op(Opcode.I32Eqz), End, Drop, I32(0));
        outer.Invalid(Messages.TypeMismatch);
    }

    [Fact]
    public void LoopLabelTakesParams()
    {
        var m = new ModuleBuilder();
        int t = m.Type([i32], [i64]);
        // br 0 inside the loop carries the i32 param, not the i64 result
        m.Func([], [i64], [], I32(0), Loop(t), I32(1), Op(Opcode.I32Add), I32(0), BrIf(0), Drop, I64(5), End);
        m.Validate();
        var bad = new ModuleBuilder();
        int t2 = bad.Type([i32], [i64]);
        bad.Func([], [i64], [], I32(0), Loop(t2), Drop, I64(1), Br(0), End);
        bad.Invalid(Messages.TypeMismatch);
    }

    [Fact]
    public void IfElse()
    {
        Check(true, [i32], I32(1), If(i32), I32(2), Ins.Else, I32(3), End);
        Check(false, [i32], I32(1), If(i32), I32(2), Ins.Else, I64(3), End);
        Check(false, [i32], I64(1), If(i32), I32(2), Ins.Else, I32(3), End);
        // without else the (empty) else branch must turn params into results
        Check(false, [i32], I32(1), If(i32), I32(2), End);
        var m = new ModuleBuilder();
        int t = m.Type([i32], [i32]);
        m.Func([], [i32], [], I32(5), I32(1), If(t), I32(1), Op(Opcode.I32Add), End);
        m.Validate();
        var mismatch = new ModuleBuilder();
        int t2 = mismatch.Type([i32], [i64]);
        mismatch.Func([], [i64], [], I32(5), I32(1), If(t2), Drop, I64(1), End);
        mismatch.Invalid(Messages.TypeMismatch);
    }

    [Fact]
    public void V128FlowsThroughLocalsAndBlocks()
    {
        var m = new ModuleBuilder();
        m.Func([v128], [v128], [v128], Block(v128), LocalGet(0), End, LocalGet(1), I32(1), Ins.Select);
        m.Validate();
        var mixed = new ModuleBuilder();
        mixed.Func([v128], [v128], [], LocalGet(0), I64(0), I32(1), Ins.Select);
        mixed.Invalid(Messages.TypeMismatch);
    }

    [Fact]
    public void UnknownBlockType()
    {
        var m = new ModuleBuilder();
        m.Func(Block(3), End);
        m.Invalid("unknown type 3");
    }
}
