using System.Reflection;
using System.Reflection.Emit;
using Weld.Runtime;
using Weld.Syntax;

namespace Weld.Execution.Compiler;

internal sealed partial class FunctionCompiler
{
    private static readonly FieldInfo s_datas = typeof(ModuleInstance).GetField(nameof(ModuleInstance.Datas))!;

    private bool Memory(in Instr ins)
    {
        switch (ins.Op)
        {
            case >= Opcode.I32Load and <= Opcode.I64Load32U:
            {
                var method = typeof(CompiledMemory).GetMethod(ins.Op.ToString())!;
                var (_, b, len) = _memoryLocals[ins.B];
                PopToIl(1);
                _il.Emit(OpCodes.Ldc_I8, (long)ins.C);
                _il.Emit(OpCodes.Ldloc, b);
                _il.Emit(OpCodes.Ldloc, len);
                _il.Emit(OpCodes.Call, method);
                Push(KindOf(method.ReturnType));
                return true;
            }
            case >= Opcode.I32Store and <= Opcode.I64Store32:
            {
                var method = typeof(CompiledMemory).GetMethod(ins.Op.ToString())!;
                var (_, b, len) = _memoryLocals[ins.B];
                PopToIl(2);
                _il.Emit(OpCodes.Ldc_I8, (long)ins.C);
                _il.Emit(OpCodes.Ldloc, b);
                _il.Emit(OpCodes.Ldloc, len);
                _il.Emit(OpCodes.Call, method);
                return true;
            }
            case Opcode.MemorySize:
                _il.Emit(OpCodes.Ldloc, _memoryLocals[ins.A].Memory);
                CallRuntime(nameof(CompiledRuntime.MemorySize));
                Push(ValueKind.I32);
                return true;
            case Opcode.MemoryGrow:
                PopToIl(1);
                _il.Emit(OpCodes.Ldloc, _memoryLocals[ins.A].Memory);
                CallRuntime(nameof(CompiledRuntime.MemoryGrow));
                ReloadMemories();
                Push(ValueKind.I32);
                return true;
            case Opcode.MemoryFill:
                PopToIl(3);
                _il.Emit(OpCodes.Ldloc, _memoryLocals[ins.A].Memory);
                CallRuntime(nameof(CompiledRuntime.MemoryFill));
                return true;
            case Opcode.MemoryCopy:
                PopToIl(3);
                _il.Emit(OpCodes.Ldloc, _memoryLocals[ins.A].Memory);
                _il.Emit(OpCodes.Ldloc, _memoryLocals[ins.B].Memory);
                CallRuntime(nameof(CompiledRuntime.MemoryCopy));
                return true;
            case Opcode.MemoryInit:
                PopToIl(3);
                _il.Emit(OpCodes.Ldloc, _memoryLocals[ins.B].Memory);
                LoadElement(s_datas, ins.A);
                CallRuntime(nameof(CompiledRuntime.MemoryInit));
                return true;
            case Opcode.DataDrop:
                LoadElement(s_datas, ins.A);
                CallRuntime(nameof(CompiledRuntime.DataDrop));
                return true;
            default:
                return false;
        }
    }

    /// <summary>Pushes element <paramref name="index"/> of one of the instance's arrays.</summary>
    private void LoadElement(FieldInfo array, int index)
    {
        LoadInstance();
        _il.Emit(OpCodes.Ldfld, array);
        _il.Emit(OpCodes.Ldc_I4, index);
        _il.Emit(OpCodes.Ldelem_Ref);
    }

    private void CallRuntime(string name) => _il.Emit(OpCodes.Call, typeof(CompiledRuntime).GetMethod(name)!);

    private static ValueKind KindOf(Type clr) =>
        clr == typeof(int) ? ValueKind.I32 :
        clr == typeof(long) ? ValueKind.I64 :
        clr == typeof(float) ? ValueKind.F32 :
        clr == typeof(double) ? ValueKind.F64 :
        clr == typeof(System.Runtime.Intrinsics.Vector128<byte>) ? ValueKind.V128 :
        throw new InvalidOperationException($"no wasm value type for {clr}");
}
