using Weld.Syntax;

namespace Weld.Validation;

internal static partial class OperatorSignatures
{
    private const ValueKind V = ValueKind.V128;

    /// <summary>The 0xFD instructions. Most are v128 → v128 or (v128, v128) → v128; the rest are listed.</summary>
    private static void AddSimd(OpSignature[] t)
    {
        void Op(Opcode op, ValueKind result, byte lanes, params ReadOnlySpan<ValueKind> ps) =>
            t[(int)op] = new(OpClass.Simple, At(ps, 0), At(ps, 1), At(ps, 2), (byte)ps.Length, result, 0, lanes);
        void Load(Opcode op, byte align) => t[(int)op] = new(OpClass.Memory, I32, 0, 0, 1, V, align);
        void LoadLane(Opcode op, byte align) => t[(int)op] = new(OpClass.Memory, I32, V, 0, 2, V, align, (byte)(16 >> align));
        void StoreLane(Opcode op, byte align) => t[(int)op] = new(OpClass.Memory, I32, V, 0, 2, 0, align, (byte)(16 >> align));

        // Default shapes first; the named exceptions below overwrite them.
        for (int o = (int)Opcode.I8x16Eq; o <= (int)Opcode.F64x2ConvertLowI32x4U; o++)
        {
            if (SimdOpcodeNames.Of((Opcode)o) is not { } name) continue;
            if (IsUnary(name)) Op((Opcode)o, V, 0, V);
            else if (name.EndsWith("any_true") || name.EndsWith("all_true") || name.EndsWith("bitmask")) Op((Opcode)o, I32, 0, V);
            else if (name.EndsWith(".shl") || name.EndsWith(".shr_s") || name.EndsWith(".shr_u")) Op((Opcode)o, V, 0, V, I32);
            else Op((Opcode)o, V, 0, V, V);
        }
        Op(Opcode.V128Bitselect, V, 0, V, V, V);

        Load(Opcode.V128Load, 4);
        for (var o = Opcode.V128Load8x8S; o <= Opcode.V128Load32x2U; o++) Load(o, 3);
        Load(Opcode.V128Load8Splat, 0); Load(Opcode.V128Load16Splat, 1); Load(Opcode.V128Load32Splat, 2); Load(Opcode.V128Load64Splat, 3);
        Load(Opcode.V128Load32Zero, 2); Load(Opcode.V128Load64Zero, 3);
        t[(int)Opcode.V128Store] = new(OpClass.Memory, I32, V, 0, 2, 0, 4);
        LoadLane(Opcode.V128Load8Lane, 0); LoadLane(Opcode.V128Load16Lane, 1); LoadLane(Opcode.V128Load32Lane, 2); LoadLane(Opcode.V128Load64Lane, 3);
        StoreLane(Opcode.V128Store8Lane, 0); StoreLane(Opcode.V128Store16Lane, 1); StoreLane(Opcode.V128Store32Lane, 2); StoreLane(Opcode.V128Store64Lane, 3);

        Op(Opcode.V128Const, V, 0);
        Op(Opcode.I8x16Shuffle, V, 32, V, V);
        Op(Opcode.I8x16Swizzle, V, 0, V, V);
        Op(Opcode.I8x16Splat, V, 0, I32); Op(Opcode.I16x8Splat, V, 0, I32); Op(Opcode.I32x4Splat, V, 0, I32);
        Op(Opcode.I64x2Splat, V, 0, I64); Op(Opcode.F32x4Splat, V, 0, F32); Op(Opcode.F64x2Splat, V, 0, F64);

        Op(Opcode.I8x16ExtractLaneS, I32, 16, V); Op(Opcode.I8x16ExtractLaneU, I32, 16, V); Op(Opcode.I8x16ReplaceLane, V, 16, V, I32);
        Op(Opcode.I16x8ExtractLaneS, I32, 8, V); Op(Opcode.I16x8ExtractLaneU, I32, 8, V); Op(Opcode.I16x8ReplaceLane, V, 8, V, I32);
        Op(Opcode.I32x4ExtractLane, I32, 4, V); Op(Opcode.I32x4ReplaceLane, V, 4, V, I32);
        Op(Opcode.I64x2ExtractLane, I64, 2, V); Op(Opcode.I64x2ReplaceLane, V, 2, V, I64);
        Op(Opcode.F32x4ExtractLane, F32, 4, V); Op(Opcode.F32x4ReplaceLane, V, 4, V, F32);
        Op(Opcode.F64x2ExtractLane, F64, 2, V); Op(Opcode.F64x2ReplaceLane, V, 2, V, F64);
    }

    private static bool IsUnary(string name)
    {
        string op = name[(name.IndexOf('.') + 1)..];
        return op is "not" or "abs" or "neg" or "popcnt" or "sqrt" or "ceil" or "floor" or "trunc" or "nearest"
            || op.StartsWith("extend_") || op.StartsWith("extadd_") || op.StartsWith("convert")
            || op.StartsWith("demote") || op.StartsWith("promote") || op.StartsWith("trunc_sat");
    }
}
