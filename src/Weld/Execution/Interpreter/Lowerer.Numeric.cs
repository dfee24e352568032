namespace Weld.Execution.Interpreter;

/// <summary>The shapes of the numeric lowering tables; the tables themselves (<see cref="NumericOf"/>,
/// <see cref="FusedCompareBranch"/>, <see cref="Commutes"/>) are generated from the instruction table.</summary>
internal sealed partial class Lowerer
{
    /// <summary>Register form, immediate form (or Nop), operand count, result kind. Reg is Nop for a reinterpretation.</summary>
    private readonly record struct Numeric(Op Reg, Op Imm, int Arity, ValueKind Result);

    /// <summary>Fused compare-and-branch forms of a compare: jump when it holds / when it does not.</summary>
    private readonly record struct Fused(Op True, Op TrueImm, Op False, Op FalseImm, bool Imm);

    /// <summary>How a conditional jump on the result of <paramref name="op"/> can absorb it, or null. i32.eqz needs no
    /// fused op of its own: it is the plain jump with the test flipped.</summary>
    private static Fused? FusedBranch(Op op) =>
        op == Op.I32Eqz ? new(Op.BrIfZ, Op.Nop, Op.BrIfNz, Op.Nop, false) : FusedCompareBranch(op);
}
