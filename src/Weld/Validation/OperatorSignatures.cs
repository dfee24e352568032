using Weld.Syntax;

namespace Weld.Validation;

/// <summary>How the function validator treats an opcode.</summary>
internal enum OpClass : byte
{
    /// <summary>Not an instruction the validator knows.</summary>
    None,
    /// <summary>Pops fixed operand types and pushes at most one fixed result (numeric ops).</summary>
    Simple,
    /// <summary>Like Simple, after checking the memarg (memory exists, alignment ≤ natural).</summary>
    Memory,
    /// <summary>Handled by its own case in <see cref="FunctionValidator"/>.</summary>
    Special,
    /// <summary>Like Memory, but the alignment must equal the natural one exactly (threads' atomic accesses).</summary>
    Atomic,
}

/// <summary>The stack signature of one opcode. Operands are listed bottom to top.</summary>
internal readonly struct OpSignature(OpClass cls, ValueKind p0, ValueKind p1, ValueKind p2, byte count, ValueKind result, byte align, byte lanes = 0)
{
    public readonly OpClass Class = cls;
    public readonly ValueKind P0 = p0, P1 = p1, P2 = p2;
    public readonly byte ParamCount = count;
    /// <summary>0 when the instruction pushes nothing.</summary>
    public readonly ValueKind Result = result;
    /// <summary>For memory instructions: log2 of the natural alignment (the largest valid alignment exponent).</summary>
    public readonly byte MaxAlign = align;
    /// <summary>For SIMD lane instructions: the lane count the lane immediate must be below (32 for shuffle); else 0.</summary>
    public readonly byte Lanes = lanes;
}

/// <summary>
/// One table for every opcode, indexed by <see cref="Opcode"/> value, generated from the instruction table
/// (src/Weld/Isa/instructions.txt): adding a numeric or memory instruction is a line there. The back ends read result
/// types here too.
/// </summary>
internal static partial class OperatorSignatures
{
    public const int Size = OpcodeFamilies.Size;
    public static readonly OpSignature[] Table = Build();

    private const ValueKind I32 = ValueKind.I32, I64 = ValueKind.I64, F32 = ValueKind.F32, F64 = ValueKind.F64, V128 = ValueKind.V128;

    /// <summary>The entry of an instruction the validator checks by hand.</summary>
    private static OpSignature Special => new(OpClass.Special, 0, 0, 0, 0, 0, 0);
}
