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
/// One table for every opcode, indexed by <see cref="Opcode"/> value (plain 0x00-0xFF, 0xFC 0x100+, 0xFD SIMD 0x200+,
/// 0xFE atomics 0x400+). Adding a numeric or memory instruction (e.g. a SIMD op) is one line here.
/// </summary>
internal static partial class OperatorSignatures
{
    public const int Size = 0x500;
    public static readonly OpSignature[] Table = Build();

    private const ValueKind I32 = ValueKind.I32, I64 = ValueKind.I64, F32 = ValueKind.F32, F64 = ValueKind.F64;

    private static OpSignature[] Build()
    {
        var t = new OpSignature[Size];
        void Op(Opcode op, ValueKind result, params ReadOnlySpan<ValueKind> ps) =>
            t[(int)op] = new(OpClass.Simple, At(ps, 0), At(ps, 1), At(ps, 2), (byte)ps.Length, result, 0);
        void Range(Opcode first, Opcode last, ValueKind result, params ReadOnlySpan<ValueKind> ps)
        {
            for (int o = (int)first; o <= (int)last; o++) Op((Opcode)o, result, ps);
        }
        void Load(Opcode op, ValueKind result, byte align) => t[(int)op] = new(OpClass.Memory, I32, 0, 0, 1, result, align);
        void Store(Opcode op, ValueKind value, byte align) => t[(int)op] = new(OpClass.Memory, I32, value, 0, 2, 0, align);

        foreach (var op in (ReadOnlySpan<Opcode>)[
            Opcode.Unreachable, Opcode.Nop, Opcode.Block, Opcode.Loop, Opcode.If, Opcode.Else, Opcode.End, Opcode.Br,
            Opcode.BrIf, Opcode.BrTable, Opcode.Return, Opcode.Call, Opcode.CallIndirect, Opcode.Drop, Opcode.Select,
            Opcode.SelectT, Opcode.LocalGet, Opcode.LocalSet, Opcode.LocalTee, Opcode.GlobalGet, Opcode.GlobalSet,
            Opcode.TableGet, Opcode.TableSet, Opcode.MemorySize, Opcode.MemoryGrow, Opcode.RefNull, Opcode.RefIsNull,
            Opcode.RefFunc, Opcode.MemoryInit, Opcode.DataDrop, Opcode.MemoryCopy, Opcode.MemoryFill, Opcode.TableInit,
            Opcode.ElemDrop, Opcode.TableCopy, Opcode.TableGrow, Opcode.TableSize, Opcode.TableFill])
            t[(int)op] = new(OpClass.Special, 0, 0, 0, 0, 0, 0);

        Load(Opcode.I32Load, I32, 2); Load(Opcode.I64Load, I64, 3); Load(Opcode.F32Load, F32, 2); Load(Opcode.F64Load, F64, 3);
        Load(Opcode.I32Load8S, I32, 0); Load(Opcode.I32Load8U, I32, 0); Load(Opcode.I32Load16S, I32, 1); Load(Opcode.I32Load16U, I32, 1);
        Load(Opcode.I64Load8S, I64, 0); Load(Opcode.I64Load8U, I64, 0); Load(Opcode.I64Load16S, I64, 1); Load(Opcode.I64Load16U, I64, 1);
        Load(Opcode.I64Load32S, I64, 2); Load(Opcode.I64Load32U, I64, 2);
        Store(Opcode.I32Store, I32, 2); Store(Opcode.I64Store, I64, 3); Store(Opcode.F32Store, F32, 2); Store(Opcode.F64Store, F64, 3);
        Store(Opcode.I32Store8, I32, 0); Store(Opcode.I32Store16, I32, 1);
        Store(Opcode.I64Store8, I64, 0); Store(Opcode.I64Store16, I64, 1); Store(Opcode.I64Store32, I64, 2);

        Op(Opcode.I32Const, I32); Op(Opcode.I64Const, I64); Op(Opcode.F32Const, F32); Op(Opcode.F64Const, F64);

        Op(Opcode.I32Eqz, I32, I32);
        Range(Opcode.I32Eq, Opcode.I32GeU, I32, I32, I32);
        Op(Opcode.I64Eqz, I32, I64);
        Range(Opcode.I64Eq, Opcode.I64GeU, I32, I64, I64);
        Range(Opcode.F32Eq, Opcode.F32Ge, I32, F32, F32);
        Range(Opcode.F64Eq, Opcode.F64Ge, I32, F64, F64);

        Range(Opcode.I32Clz, Opcode.I32Popcnt, I32, I32);
        Range(Opcode.I32Add, Opcode.I32Rotr, I32, I32, I32);
        Range(Opcode.I64Clz, Opcode.I64Popcnt, I64, I64);
        Range(Opcode.I64Add, Opcode.I64Rotr, I64, I64, I64);
        Range(Opcode.F32Abs, Opcode.F32Sqrt, F32, F32);
        Range(Opcode.F32Add, Opcode.F32Copysign, F32, F32, F32);
        Range(Opcode.F64Abs, Opcode.F64Sqrt, F64, F64);
        Range(Opcode.F64Add, Opcode.F64Copysign, F64, F64, F64);

        Op(Opcode.I32WrapI64, I32, I64);
        Range(Opcode.I32TruncF32S, Opcode.I32TruncF32U, I32, F32);
        Range(Opcode.I32TruncF64S, Opcode.I32TruncF64U, I32, F64);
        Range(Opcode.I64ExtendI32S, Opcode.I64ExtendI32U, I64, I32);
        Range(Opcode.I64TruncF32S, Opcode.I64TruncF32U, I64, F32);
        Range(Opcode.I64TruncF64S, Opcode.I64TruncF64U, I64, F64);
        Range(Opcode.F32ConvertI32S, Opcode.F32ConvertI32U, F32, I32);
        Range(Opcode.F32ConvertI64S, Opcode.F32ConvertI64U, F32, I64);
        Op(Opcode.F32DemoteF64, F32, F64);
        Range(Opcode.F64ConvertI32S, Opcode.F64ConvertI32U, F64, I32);
        Range(Opcode.F64ConvertI64S, Opcode.F64ConvertI64U, F64, I64);
        Op(Opcode.F64PromoteF32, F64, F32);
        Op(Opcode.I32ReinterpretF32, I32, F32);
        Op(Opcode.I64ReinterpretF64, I64, F64);
        Op(Opcode.F32ReinterpretI32, F32, I32);
        Op(Opcode.F64ReinterpretI64, F64, I64);
        Range(Opcode.I32Extend8S, Opcode.I32Extend16S, I32, I32);
        Range(Opcode.I64Extend8S, Opcode.I64Extend32S, I64, I64);

        Range(Opcode.I32TruncSatF32S, Opcode.I32TruncSatF32U, I32, F32);
        Range(Opcode.I32TruncSatF64S, Opcode.I32TruncSatF64U, I32, F64);
        Range(Opcode.I64TruncSatF32S, Opcode.I64TruncSatF32U, I64, F32);
        Range(Opcode.I64TruncSatF64S, Opcode.I64TruncSatF64U, I64, F64);
        AddSimd(t);
        return t;
    }

    private static ValueKind At(ReadOnlySpan<ValueKind> ps, int i) => i < ps.Length ? ps[i] : 0;
}
