using System.Reflection;
using System.Reflection.Emit;
using Weld.Runtime;
using Weld.Syntax;

namespace Weld.Execution.Compiler;

internal sealed partial class FunctionCompiler
{
    private bool Variable(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.LocalGet:
                LoadLocal(ins.A);
                Push(_localKinds[ins.A]);
                return true;
            case Opcode.LocalSet:
                PopToIl(1);
                StoreLocal(ins.A);
                return true;
            case Opcode.LocalTee:
                PopToIl(1);
                _il.Emit(OpCodes.Dup);
                StoreLocal(ins.A);
                Push(_localKinds[ins.A]);
                return true;
            case Opcode.GlobalGet:
            {
                var kind = _unit.GlobalTypes[ins.A].ValType.Kind;
                _il.Emit(OpCodes.Ldloc, _globalLocals[ins.A]);
                EmitGlobalRead(kind);
                Push(kind);
                return true;
            }
            case Opcode.GlobalSet:
            {
                var kind = _unit.GlobalTypes[ins.A].ValType.Kind;
                PopToIl(1);
                _il.Emit(OpCodes.Ldloc, _globalLocals[ins.A]);
                _il.Emit(OpCodes.Call, GlobalAccessor("Set", kind));
                return true;
            }
            case Opcode.Drop:
                Drop();
                return true;
            case Opcode.Select or Opcode.SelectT:
            {
                var kind = TopKind(1);
                PopOperandsForBranchingCode(3);
                _il.Emit(OpCodes.Call, Members.Method(typeof(CompiledRuntime), "Select" + KindName(kind)));
                Push(kind);
                return true;
            }
            case Opcode.I32Const:
                _il.Emit(OpCodes.Ldc_I4, (int)(uint)ins.C);
                Push(ValueKind.I32);
                return true;
            case Opcode.I64Const:
                _il.Emit(OpCodes.Ldc_I8, (long)ins.C);
                Push(ValueKind.I64);
                return true;
            case Opcode.F32Const:
                EmitF32Const((uint)ins.C);
                Push(ValueKind.F32);
                return true;
            case Opcode.F64Const:
                EmitF64Const(ins.C);
                Push(ValueKind.F64);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A float constant, exact to the bit and hidden from the JIT where it could fold it (see
    /// <see cref="FloatConstants"/>).</summary>
    private void EmitF32Const(uint bits)
    {
        float value = BitConverter.UInt32BitsToSingle(bits);
        if (float.IsNaN(value))
        {
            _il.Emit(OpCodes.Ldc_I4, (int)bits);
            _il.Emit(OpCodes.Call, Members.Method(typeof(FloatConstants), nameof(FloatConstants.F32FromBits)));
        }
        else if (FloatConstants.F32Field(bits) is { } field) _il.Emit(OpCodes.Ldsfld, Members.Field(typeof(FloatConstants), field));
        else _il.Emit(OpCodes.Ldc_R4, value);
    }

    private void EmitF64Const(ulong bits)
    {
        double value = BitConverter.UInt64BitsToDouble(bits);
        if (double.IsNaN(value))
        {
            _il.Emit(OpCodes.Ldc_I8, (long)bits);
            _il.Emit(OpCodes.Call, Members.Method(typeof(FloatConstants), nameof(FloatConstants.F64FromBits)));
        }
        else if (FloatConstants.F64Field(bits) is { } field) _il.Emit(OpCodes.Ldsfld, Members.Field(typeof(FloatConstants), field));
        else _il.Emit(OpCodes.Ldc_R8, value);
    }

    private static readonly FieldInfo s_globalLo = typeof(GlobalInstance).GetField(nameof(GlobalInstance.Lo))!;
    private static readonly FieldInfo s_globalRef = typeof(GlobalInstance).GetField(nameof(GlobalInstance.Ref))!;

    /// <summary>Reads the value of the GlobalInstance on the IL stack (numbers in Lo as the interpreter keeps them:
    /// i32 zero-extended, floats as their bits).</summary>
    private void EmitGlobalRead(ValueKind kind)
    {
        switch (kind)
        {
            case ValueKind.I32:
                _il.Emit(OpCodes.Ldfld, s_globalLo);
                _il.Emit(OpCodes.Conv_I4);
                break;
            case ValueKind.I64:
                _il.Emit(OpCodes.Ldfld, s_globalLo);
                break;
            case ValueKind.F32:
                _il.Emit(OpCodes.Ldfld, s_globalLo);
                _il.Emit(OpCodes.Conv_I4);
                _il.Emit(OpCodes.Call, Members.Method(typeof(BitConverter), nameof(BitConverter.Int32BitsToSingle)));
                break;
            case ValueKind.F64:
                _il.Emit(OpCodes.Ldfld, s_globalLo);
                _il.Emit(OpCodes.Call, Members.Method(typeof(BitConverter), nameof(BitConverter.Int64BitsToDouble)));
                break;
            case ValueKind.V128:
                _il.Emit(OpCodes.Call, GlobalAccessor("Get", kind));
                break;
            default:
                _il.Emit(OpCodes.Ldfld, s_globalRef);
                break;
        }
    }

    private static MethodInfo GlobalAccessor(string verb, ValueKind kind) =>
        Members.Method(typeof(CompiledRuntime), verb + KindName(kind));

    /// <summary>The suffix of the per-kind helpers (I32, I64, F32, F64, V128, Ref).</summary>
    private static string KindName(ValueKind kind) => kind switch
    {
        ValueKind.I32 => "I32",
        ValueKind.I64 => "I64",
        ValueKind.F32 => "F32",
        ValueKind.F64 => "F64",
        ValueKind.V128 => "V128",
        _ => "Ref",
    };
}
