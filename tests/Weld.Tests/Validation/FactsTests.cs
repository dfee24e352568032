using Weld.Syntax;
using Weld.Validation;
using static Weld.Tests.Validation.Ins;
using static Weld.Tests.Validation.ModuleBuilder;

namespace Weld.Tests.Validation;

/// <summary>The <see cref="FunctionFacts"/> contract: heights, operand kinds, matches.</summary>
public class FactsTests
{
    private static FunctionFacts Facts(ValueType[] parameters, ValueType[] results, ValueType[] locals, params Instr[] code)
    {
        var m = new ModuleBuilder();
        m.Func(parameters, results, locals, code);
        return m.Validate().Functions[0];
    }

    [Fact]
    public void StraightLineHeights()
    {
        var f = Facts([], [], [], I32(1), I32(2), Op(Opcode.I32Add), Drop);
        Assert.Equal([0, 1, 2, 1, 0], f.Heights);
        Assert.Equal(2, f.MaxHeight);
    }

    [Fact]
    public void V128TakesTwoSlots()
    {
        var f = Facts([v128], [v128], [], LocalGet(0), LocalGet(0), I32(1), Ins.Select);
        Assert.Equal([0, 2, 4, 5, 2], f.Heights);
        Assert.Equal(5, f.MaxHeight);
        Assert.Equal(ValueKind.V128, f.OperandKinds[3]);
    }

    [Fact]
    public void OperandKindsOfDropAndSelect()
    {
        var f = Facts([], [], [], F64(), Drop, I64(1), I64(2), I32(0), Ins.Select, Drop,
            RefNull(externref), RefNull(externref), I32(0), SelectT(externref), Drop);
        Assert.Equal(ValueKind.F64, f.OperandKinds[1]);
        Assert.Equal(ValueKind.I64, f.OperandKinds[5]);
        Assert.Equal(ValueKind.I64, f.OperandKinds[6]);
        Assert.Equal(ValueKind.ExternRef, f.OperandKinds[10]);
        Assert.Equal(ValueKind.ExternRef, f.OperandKinds[11]);
        Assert.Equal((ValueKind)0, f.OperandKinds[0]);
    }

    [Fact]
    public void DeadCodeIsMinusOneUpToTheEnd()
    {
        // 0 block, 1 br 0, 2 i32.const, 3 drop, 4 end, 5 final end
        var f = Facts([], [], [], Block(), Br(0), I32(1), Drop, End);
        Assert.Equal([0, 0, -1, -1, -1, 0], f.Heights);
        Assert.Equal((ValueKind)0, f.OperandKinds[3]);
    }

    [Fact]
    public void EndAfterLiveCodeHasTheResultHeight()
    {
        // 0 i32.const, 1 block (result i64), 2 i64.const, 3 end, 4 drop, 5 drop, 6 end
        var f = Facts([], [], [], I32(0), Block(i64), I64(1), End, Drop, Drop);
        Assert.Equal([0, 1, 1, 2, 2, 1, 0], f.Heights);
    }

    [Fact]
    public void IfElseHeights()
    {
        // 0 i32.const, 1 if (result i32), 2 i32.const, 3 else, 4 unreachable, 5 end, 6 drop, 7 end
        var f = Facts([], [], [], I32(1), If(i32), I32(2), Ins.Else, Unreachable, End, Drop);
        Assert.Equal([0, 1, 0, 1, 0, -1, 1, 0], f.Heights);
        // then-branch dead: the else is -1, the code after it is live again
        // 0 i32.const, 1 if, 2 unreachable, 3 else, 4 nop, 5 end, 6 end
        var g = Facts([], [], [], I32(1), If(), Unreachable, Ins.Else, Nop, End);
        Assert.Equal([0, 1, 0, -1, 0, 0, 0], g.Heights);
    }

    [Fact]
    public void BlocksInsideDeadCodeAreDead()
    {
        // 0 unreachable, 1 block, 2 i32.const, 3 drop, 4 end, 5 nop, 6 final end
        var f = Facts([], [], [], Unreachable, Block(), I32(1), Drop, End, Nop);
        Assert.Equal([0, -1, -1, -1, -1, -1, -1], f.Heights);
        Assert.Equal((ValueKind)0, f.OperandKinds[3]);
    }

    [Fact]
    public void FinalEndAfterReturnIsDead()
    {
        var f = Facts([], [i32], [], I32(3), Return);
        Assert.Equal([0, 1, -1], f.Heights);
        var g = Facts([], [i32], [], I32(3));
        Assert.Equal([0, 1], g.Heights);
    }

    [Fact]
    public void BlockParamsCountInTheHeight()
    {
        var m = new ModuleBuilder();
        int t = m.Type([i64, i32], [i32]);
        // 0 i64.const, 1 i32.const, 2 block, 3 drop, 4 drop, 5 i32.const, 6 end, 7 drop, 8 end
        m.Func(I64(0), I32(0), Block(t), Drop, Drop, I32(1), End, Drop);
        var f = m.Validate().Functions[0];
        Assert.Equal([0, 1, 2, 2, 1, 0, 1, 1, 0], f.Heights);
        Assert.Equal(ValueKind.I32, f.OperandKinds[3]);
        Assert.Equal(ValueKind.I64, f.OperandKinds[4]);
    }

    [Fact]
    public void MatchLinksBlocks()
    {
        // 0 block, 1 loop, 2 end, 3 i32.const, 4 if, 5 else, 6 end, 7 i32.const, 8 if, 9 end, 10 end, 11 final end
        var f = Facts([], [], [], Block(), Loop(), End, I32(0), If(), Ins.Else, End, I32(0), If(), End, End);
        Assert.Equal(10, f.Match[0]);
        Assert.Equal(2, f.Match[1]);
        Assert.Equal(1, f.Match[2]);
        Assert.Equal(5, f.Match[4]);
        Assert.Equal(6, f.Match[5]);
        Assert.Equal(4, f.Match[6]);
        Assert.Equal(9, f.Match[8]);
        Assert.Equal(8, f.Match[9]);
        Assert.Equal(0, f.Match[10]);
        Assert.Equal(-1, f.Match[11]);
    }

    [Fact]
    public void DeepNestingDoesNotRecurse()
    {
        const int depth = 100_000;
        var code = new Instr[2 * depth];
        for (int i = 0; i < depth; i++)
        {
            code[i] = Block();
            code[depth + i] = End;
        }
        var f = Facts([], [], [], code);
        Assert.Equal(2 * depth + 1, f.Heights.Length);
        Assert.All(f.Heights, h => Assert.Equal(0, h));
        Assert.Equal(depth, f.Match[depth - 1]);
        Assert.Equal(2 * depth - 1, f.Match[0]);
    }

    [Fact]
    public void DeepNestingWithValues()
    {
        const int depth = 50_000;
        var code = new List<Instr>();
        for (int i = 0; i < depth; i++) code.Add(Block(i32));
        code.Add(I32(1));
        for (int i = 0; i < depth; i++) code.Add(End);
        code.Add(Drop);
        var f = Facts([], [], [], [.. code]);
        Assert.Equal(1, f.MaxHeight);
        Assert.Equal(1, f.Heights[2 * depth + 1 - 1]);
        Assert.Equal(ValueKind.I32, f.OperandKinds[2 * depth + 1]);
    }
}
