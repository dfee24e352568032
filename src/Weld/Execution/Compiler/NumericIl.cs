using System.Numerics;
using System.Reflection;
using System.Reflection.Emit;
using Weld.Syntax;

namespace Weld.Execution.Compiler;

/// <summary>
/// Numeric instructions that compile to a few plain IL instructions instead of a call to their shared semantics
/// method: the JIT takes them without inlining (so without temporaries, which matter in large functions, where the
/// JIT stops enregistering past about a thousand locals). Each recipe computes exactly what the semantics method
/// computes; a unit test compares the two on edge-case operands.
/// </summary>
internal static class NumericIl
{
    private static readonly Dictionary<Opcode, Action<ILGenerator>> s_recipes = Build();

    public static Action<ILGenerator>? RecipeFor(Opcode op) => s_recipes.GetValueOrDefault(op);

    private static Dictionary<Opcode, Action<ILGenerator>> Build()
    {
        var r = new Dictionary<Opcode, Action<ILGenerator>>();
        void Ops(Opcode op, params OpCode[] codes) => r[op] = il => { foreach (var c in codes) il.Emit(c); };
        void Not(Opcode op, OpCode compare) => r[op] = il => { il.Emit(compare); il.Emit(OpCodes.Ldc_I4_0); il.Emit(OpCodes.Ceq); };
        void Shift(Opcode op, int mask, OpCode shift) => r[op] = il =>
        {
            if (mask == 63) il.Emit(OpCodes.Conv_I4);
            il.Emit(OpCodes.Ldc_I4, mask);
            il.Emit(OpCodes.And);
            il.Emit(shift);
        };
        void Call(Opcode op, MethodInfo m, bool countToInt = false) => r[op] = il =>
        {
            if (countToInt) il.Emit(OpCodes.Conv_I4);
            il.Emit(OpCodes.Call, m);
        };

        foreach (var (i32, i64, code) in new[]
        {
            (Opcode.I32Add, Opcode.I64Add, OpCodes.Add), (Opcode.I32Sub, Opcode.I64Sub, OpCodes.Sub),
            (Opcode.I32Mul, Opcode.I64Mul, OpCodes.Mul), (Opcode.I32And, Opcode.I64And, OpCodes.And),
            (Opcode.I32Or, Opcode.I64Or, OpCodes.Or), (Opcode.I32Xor, Opcode.I64Xor, OpCodes.Xor),
            (Opcode.I32Eq, Opcode.I64Eq, OpCodes.Ceq), (Opcode.I32LtS, Opcode.I64LtS, OpCodes.Clt),
            (Opcode.I32LtU, Opcode.I64LtU, OpCodes.Clt_Un), (Opcode.I32GtS, Opcode.I64GtS, OpCodes.Cgt),
            (Opcode.I32GtU, Opcode.I64GtU, OpCodes.Cgt_Un),
        })
        {
            Ops(i32, code);
            Ops(i64, code);
        }
        Not(Opcode.I32Ne, OpCodes.Ceq); Not(Opcode.I64Ne, OpCodes.Ceq);
        Not(Opcode.I32LeS, OpCodes.Cgt); Not(Opcode.I64LeS, OpCodes.Cgt);
        Not(Opcode.I32LeU, OpCodes.Cgt_Un); Not(Opcode.I64LeU, OpCodes.Cgt_Un);
        Not(Opcode.I32GeS, OpCodes.Clt); Not(Opcode.I64GeS, OpCodes.Clt);
        Not(Opcode.I32GeU, OpCodes.Clt_Un); Not(Opcode.I64GeU, OpCodes.Clt_Un);
        Ops(Opcode.I32Eqz, OpCodes.Ldc_I4_0, OpCodes.Ceq);
        Ops(Opcode.I64Eqz, OpCodes.Ldc_I4_0, OpCodes.Conv_I8, OpCodes.Ceq);
        Shift(Opcode.I32Shl, 31, OpCodes.Shl); Shift(Opcode.I32ShrS, 31, OpCodes.Shr); Shift(Opcode.I32ShrU, 31, OpCodes.Shr_Un);
        Shift(Opcode.I64Shl, 63, OpCodes.Shl); Shift(Opcode.I64ShrS, 63, OpCodes.Shr); Shift(Opcode.I64ShrU, 63, OpCodes.Shr_Un);
        var rotl32 = typeof(BitOperations).GetMethod(nameof(BitOperations.RotateLeft), [typeof(uint), typeof(int)])!;
        var rotr32 = typeof(BitOperations).GetMethod(nameof(BitOperations.RotateRight), [typeof(uint), typeof(int)])!;
        var rotl64 = typeof(BitOperations).GetMethod(nameof(BitOperations.RotateLeft), [typeof(ulong), typeof(int)])!;
        var rotr64 = typeof(BitOperations).GetMethod(nameof(BitOperations.RotateRight), [typeof(ulong), typeof(int)])!;
        Call(Opcode.I32Rotl, rotl32); Call(Opcode.I32Rotr, rotr32);
        Call(Opcode.I64Rotl, rotl64, countToInt: true); Call(Opcode.I64Rotr, rotr64, countToInt: true);

        // Floats: IEEE arithmetic as the hardware does it; unordered compares turn le/ge into not-gt/not-lt. add and
        // mul call their semantics methods, which keep the operand order (see Numerics.F64Add).
        foreach (var (f32, f64, code) in new[]
        {
            (Opcode.F32Sub, Opcode.F64Sub, OpCodes.Sub), (Opcode.F32Div, Opcode.F64Div, OpCodes.Div),
            (Opcode.F32Eq, Opcode.F64Eq, OpCodes.Ceq), (Opcode.F32Lt, Opcode.F64Lt, OpCodes.Clt),
            (Opcode.F32Gt, Opcode.F64Gt, OpCodes.Cgt),
        })
        {
            Ops(f32, code);
            Ops(f64, code);
        }
        foreach (var op in new[] { Opcode.F32Add, Opcode.F32Mul, Opcode.F64Add, Opcode.F64Mul })
        {
            Call(op, InstructionSemantics.Of(op)!.Method);
        }
        Not(Opcode.F32Ne, OpCodes.Ceq); Not(Opcode.F64Ne, OpCodes.Ceq);
        Not(Opcode.F32Le, OpCodes.Cgt_Un); Not(Opcode.F64Le, OpCodes.Cgt_Un);
        Not(Opcode.F32Ge, OpCodes.Clt_Un); Not(Opcode.F64Ge, OpCodes.Clt_Un);

        Ops(Opcode.I32WrapI64, OpCodes.Conv_I4);
        Ops(Opcode.I64ExtendI32S, OpCodes.Conv_I8);
        Ops(Opcode.I64ExtendI32U, OpCodes.Conv_U8);
        Ops(Opcode.I32Extend8S, OpCodes.Conv_I1);
        Ops(Opcode.I32Extend16S, OpCodes.Conv_I2);
        Ops(Opcode.I64Extend8S, OpCodes.Conv_I1, OpCodes.Conv_I8);
        Ops(Opcode.I64Extend16S, OpCodes.Conv_I2, OpCodes.Conv_I8);
        Ops(Opcode.I64Extend32S, OpCodes.Conv_I4, OpCodes.Conv_I8);
        Ops(Opcode.F32ConvertI32S, OpCodes.Conv_R4);
        Ops(Opcode.F64ConvertI32S, OpCodes.Conv_R8);
        Ops(Opcode.F32ConvertI64S, OpCodes.Conv_R4);
        Ops(Opcode.F64ConvertI64S, OpCodes.Conv_R8);
        Ops(Opcode.F64ConvertI32U, OpCodes.Conv_R_Un, OpCodes.Conv_R8);
        Ops(Opcode.F64PromoteF32, OpCodes.Conv_R8);
        Call(Opcode.I32ReinterpretF32, typeof(BitConverter).GetMethod(nameof(BitConverter.SingleToInt32Bits))!);
        Call(Opcode.I64ReinterpretF64, typeof(BitConverter).GetMethod(nameof(BitConverter.DoubleToInt64Bits))!);
        Call(Opcode.F32ReinterpretI32, typeof(BitConverter).GetMethod(nameof(BitConverter.Int32BitsToSingle))!);
        Call(Opcode.F64ReinterpretI64, typeof(BitConverter).GetMethod(nameof(BitConverter.Int64BitsToDouble))!);
        return r;
    }
}
