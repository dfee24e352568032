using Weld.Syntax;

namespace Weld.Validation;

/// <summary>A module that passed validation, with the facts both back ends need.</summary>
internal sealed class ValidatedModule(ModuleDefinition definition, FunctionFacts[] functions)
{
    public ModuleDefinition Definition { get; } = definition;
    /// <summary>One entry per defined function (same order as <see cref="ModuleDefinition.Codes"/>).</summary>
    public FunctionFacts[] Functions { get; } = functions;
}

/// <summary>What validation learned about one function body.</summary>
internal sealed class FunctionFacts(int[] heights, ValueKind[] operandKinds, int maxHeight)
{
    /// <summary>Operand stack height in slots (v128 = 2) before each instruction of the body, counted from the
    /// bottom of the function's operand stack (locals and params not included); -1 where the instruction is
    /// unreachable. Exactly:
    /// <list type="bullet">
    /// <item>After unreachable, br, br_table or return, every instruction up to the end (or else) that closes the
    ///   same block is -1, and so is everything inside blocks opened in that dead code (a block entered from dead
    ///   code is dead throughout, including its own else/end).</item>
    /// <item><c>else</c> and <c>end</c> are -1 exactly when control cannot fall through to them from the code right
    ///   before (the then-branch or block body ended in dead code, or the whole construct is dead). Otherwise their
    ///   height is the frame's entry height (below its params) + the block's result slots. Branches to the label
    ///   do not count: an <c>end</c> of -1 may still be reached by a br.</item>
    /// <item>The instruction after <c>else</c> is live iff its <c>if</c> is live. The instruction after <c>end</c>
    ///   is live iff the block's opener is live (the validator's view, even if no branch targets it); then its
    ///   height is the opener's entry height - param slots + result slots.</item>
    /// <item>The function's final <c>end</c>: its height (the result slots) or -1.</item>
    /// </list></summary>
    public int[] Heights { get; } = heights;
    /// <summary>For drop and select (both forms): the kind of the value dropped or selected; 0 for any other
    /// instruction or when unreachable (the stack is polymorphic there).</summary>
    public ValueKind[] OperandKinds { get; } = operandKinds;
    /// <summary>Largest operand stack height in slots (an upper bound: heights reached in dead code count too).</summary>
    public int MaxHeight { get; } = maxHeight;
    /// <summary>Structure links, one entry per instruction: for <c>block</c>/<c>loop</c> the index of its <c>end</c>;
    /// for <c>if</c> the index of its <c>else</c>, or of its <c>end</c> when it has no else; for <c>else</c> the
    /// index of the <c>end</c> (its <c>if</c> is Match[Match[else]]); for <c>end</c> the index of the opening
    /// block/loop/if, or -1 for the function's final end. 0 for every other instruction.</summary>
    public int[] Match { get; init; } = [];
}
