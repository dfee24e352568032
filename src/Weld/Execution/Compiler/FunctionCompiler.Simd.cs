using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Intrinsics;
using Weld.Execution.Simd;
using Weld.Syntax;
using Weld.Validation;

namespace Weld.Execution.Compiler;

internal sealed partial class FunctionCompiler
{
    private static readonly MethodInfo s_v128FromHalves =
        typeof(Vector128).GetMethod(nameof(Vector128.Create), [typeof(ulong), typeof(ulong)])!;
    private static readonly MethodInfo s_v128AsByte =
        typeof(Vector128).GetMethod(nameof(Vector128.AsByte))!.MakeGenericMethod(typeof(ulong));

    /// <summary>A SIMD instruction: a call to its <see cref="SimdOps"/> method (the same the interpreter runs), with
    /// its immediates as the method's extra arguments: a lane index after the first vector, shuffle's lanes as a third
    /// vector; memory instructions load or store the raw bytes themselves (bounds-checked like any access) and the
    /// method turns them into the vector or back.</summary>
    private bool Simd(in Instr ins)
    {
        if (ins.Op == Opcode.V128Const)
        {
            EmitV128Const(ins.C, ins.D);
            Push(ValueKind.V128);
            return true;
        }
        if (InstructionSemantics.Of(ins.Op) is not { } semantics || semantics.Owner != typeof(SimdOps)) return false;
        ref readonly var sig = ref OperatorSignatures.Table[(int)ins.Op];
        var method = semantics.Method;
        if (sig.Class == OpClass.Memory)
        {
            SimdMemory(in ins, in sig, method);
            return true;
        }
        switch (ins.Op)
        {
            case Opcode.I8x16Shuffle:
                PopOperandsForBranchingCode(2);
                EmitV128Const(ins.C, ins.D);
                _il.Emit(OpCodes.Call, method);
                break;
            default:
                if (sig.Lanes != 0 && sig.ParamCount == 2)
                {
                    // replace_lane (vector, value): the lane goes between them.
                    var value = Temp(sig.P1);
                    PopOperandsForBranchingCode(2);
                    _il.Emit(OpCodes.Stloc, value);
                    _il.Emit(OpCodes.Ldc_I4, (int)ins.D);
                    _il.Emit(OpCodes.Ldloc, value);
                    FreeTemp(sig.P1, value);
                }
                else
                {
                    PopOperandsForBranchingCode(sig.ParamCount);
                    if (sig.Lanes != 0) _il.Emit(OpCodes.Ldc_I4, (int)ins.D);
                }
                _il.Emit(OpCodes.Call, method);
                break;
        }
        if (sig.Result != 0) Push(sig.Result);
        return true;
    }

    /// <summary>v128 loads and stores. Loads: the raw bytes (a byte, ushort, uint, ulong or vector) go to the method,
    /// after the vector and lane of a lane load. Stores: the method gives the raw bytes to store.</summary>
    private void SimdMemory(in Instr ins, in OpSignature sig, MethodInfo method)
    {
        int size = 1 << sig.MaxAlign;
        var raw = size == 16 ? typeof(Vector128<byte>) : method.ReturnType != typeof(Vector128<byte>) ? method.ReturnType
            : method.GetParameters()[^1].ParameterType;
        bool store = sig.Result == 0;
        bool withVector = sig.ParamCount == 2;
        LocalBuilder? vector = null;
        PopOperandsForBranchingCode(sig.ParamCount);
        if (withVector)
        {
            vector = Temp(ValueKind.V128);
            _il.Emit(OpCodes.Stloc, vector);
        }
        EmitAddress(ins.B, ins.C, size);
        if (store)
        {
            _il.Emit(OpCodes.Ldloc, vector!);
            if (sig.Lanes != 0) _il.Emit(OpCodes.Ldc_I4, (int)ins.D);
            _il.Emit(OpCodes.Call, method);
            _il.Emit(OpCodes.Unaligned, (byte)1);
            _il.Emit(OpCodes.Stobj, raw);
        }
        else
        {
            var bytes = Temp(raw);
            _il.Emit(OpCodes.Unaligned, (byte)1);
            _il.Emit(OpCodes.Ldobj, raw);
            if (withVector)
            {
                _il.Emit(OpCodes.Stloc, bytes);
                _il.Emit(OpCodes.Ldloc, vector!);
                _il.Emit(OpCodes.Ldc_I4, (int)ins.D);
                _il.Emit(OpCodes.Ldloc, bytes);
            }
            _il.Emit(OpCodes.Call, method);
            Push(ValueKind.V128);
        }
        if (vector is not null) FreeTemp(ValueKind.V128, vector);
    }

    private void EmitV128Const(ulong lo, ulong hi)
    {
        _il.Emit(OpCodes.Ldc_I8, (long)lo);
        _il.Emit(OpCodes.Ldc_I8, (long)hi);
        _il.Emit(OpCodes.Call, s_v128FromHalves);
        _il.Emit(OpCodes.Call, s_v128AsByte);
    }

    /// <summary>Whether a SIMD instruction accesses memory (for the prologue's scan of the memories a body uses).</summary>
    private static bool SimdMemoryOp(Opcode op) =>
        OpcodeFamilies.IsSimd(op) && OperatorSignatures.Table[(int)op].Class == OpClass.Memory;
}
