using Weld.Syntax;
using static Weld.Tests.Validation.Ins;
using static Weld.Tests.Validation.ModuleBuilder;

namespace Weld.Tests.Validation;

/// <summary>The validator checks any nesting depth with its own stacks (no recursion), and still checks types there.</summary>
public class NestingTests
{
    private static Instr[] Nested(int depth, Instr open, Instr[] inner)
    {
        var code = new List<Instr>();
        for (int i = 0; i < depth; i++) code.Add(open);
        code.AddRange(inner);
        for (int i = 0; i < depth; i++) code.Add(End);
        return [.. code];
    }

    [Fact]
    public void HundredThousandEmptyBlocks()
    {
        var m = new ModuleBuilder();
        m.Func(Nested(100_000, Block(), [Nop]));
        m.Validate();
    }

    [Fact]
    public void DeepBlocksWithResults()
    {
        var ok = new ModuleBuilder();
        ok.Func([], [], [], [.. Nested(50_000, Block(i32), [I32(1)]), Drop]);
        ok.Validate();

        var bad = new ModuleBuilder();
        bad.Func([], [], [], [.. Nested(50_000, Block(i32), [I64(1)]), Drop]);
        bad.Invalid("type mismatch");
    }

    [Fact]
    public void BlocksOpenedInDeadCodeAreStillChecked()
    {
        var ok = new ModuleBuilder();
        ok.Func(Unreachable, Block(), I32(1), Drop, End, Nop);
        ok.Validate();

        var bad = new ModuleBuilder();
        bad.Func(Unreachable, Block(), I32(1), End); // a block's own stack is not polymorphic
        bad.Invalid("type mismatch");
    }
}
