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
    /// <summary>Operand stack height in slots (v128 = 2) before each instruction of the body; -1 where the
    /// instruction is unreachable (after unreachable/br/br_table/return until the end of the enclosing block).</summary>
    public int[] Heights { get; } = heights;
    /// <summary>For drop and select (both forms): the kind of the value dropped or selected; 0 for any other
    /// instruction or when unreachable (the stack is polymorphic there).</summary>
    public ValueKind[] OperandKinds { get; } = operandKinds;
    /// <summary>Largest operand stack height in slots.</summary>
    public int MaxHeight { get; } = maxHeight;
}
