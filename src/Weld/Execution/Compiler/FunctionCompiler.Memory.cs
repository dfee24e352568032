using System.Reflection;
using System.Reflection.Emit;
using Weld.Runtime;
using Weld.Syntax;

namespace Weld.Execution.Compiler;

internal sealed partial class FunctionCompiler
{
    private static readonly FieldInfo s_datas = typeof(ModuleInstance).GetField(nameof(ModuleInstance.Datas))!;

    /// <summary>How a plain load or store moves its value: the access size, the indirect load or store instruction,
    /// and the conversion after a load (to the wasm type) or before a store (to the instruction's operand type).</summary>
    private readonly record struct Access(int Size, OpCode Indirect, OpCode? Convert, ValueKind Kind);

    private static Access? AccessOf(Opcode op) => op switch
    {
        Opcode.I32Load => new(4, OpCodes.Ldind_I4, null, ValueKind.I32),
        Opcode.I64Load => new(8, OpCodes.Ldind_I8, null, ValueKind.I64),
        Opcode.F32Load => new(4, OpCodes.Ldind_R4, null, ValueKind.F32),
        Opcode.F64Load => new(8, OpCodes.Ldind_R8, null, ValueKind.F64),
        Opcode.I32Load8S => new(1, OpCodes.Ldind_I1, null, ValueKind.I32),
        Opcode.I32Load8U => new(1, OpCodes.Ldind_U1, null, ValueKind.I32),
        Opcode.I32Load16S => new(2, OpCodes.Ldind_I2, null, ValueKind.I32),
        Opcode.I32Load16U => new(2, OpCodes.Ldind_U2, null, ValueKind.I32),
        Opcode.I64Load8S => new(1, OpCodes.Ldind_I1, OpCodes.Conv_I8, ValueKind.I64),
        Opcode.I64Load8U => new(1, OpCodes.Ldind_U1, OpCodes.Conv_U8, ValueKind.I64),
        Opcode.I64Load16S => new(2, OpCodes.Ldind_I2, OpCodes.Conv_I8, ValueKind.I64),
        Opcode.I64Load16U => new(2, OpCodes.Ldind_U2, OpCodes.Conv_U8, ValueKind.I64),
        Opcode.I64Load32S => new(4, OpCodes.Ldind_I4, OpCodes.Conv_I8, ValueKind.I64),
        Opcode.I64Load32U => new(4, OpCodes.Ldind_U4, OpCodes.Conv_U8, ValueKind.I64),
        Opcode.I32Store => new(4, OpCodes.Stind_I4, null, ValueKind.I32),
        Opcode.I64Store => new(8, OpCodes.Stind_I8, null, ValueKind.I64),
        Opcode.F32Store => new(4, OpCodes.Stind_R4, null, ValueKind.F32),
        Opcode.F64Store => new(8, OpCodes.Stind_R8, null, ValueKind.F64),
        Opcode.I32Store8 => new(1, OpCodes.Stind_I1, null, ValueKind.I32),
        Opcode.I32Store16 => new(2, OpCodes.Stind_I2, null, ValueKind.I32),
        Opcode.I64Store8 => new(1, OpCodes.Stind_I1, OpCodes.Conv_I4, ValueKind.I64),
        Opcode.I64Store16 => new(2, OpCodes.Stind_I2, OpCodes.Conv_I4, ValueKind.I64),
        Opcode.I64Store32 => new(4, OpCodes.Stind_I4, OpCodes.Conv_I4, ValueKind.I64),
        _ => null,
    };

    private bool Memory(in Instr ins)
    {
        // 64-bit memories and tables (and call_indirect through one) first: see FunctionCompiler.Wide.cs.
        if (Wide(in ins)) return true;
        switch (ins.Op)
        {
            case >= Opcode.I32Load and <= Opcode.I64Load32U:
            {
                var access = AccessOf(ins.Op)!.Value;
                PopOperandsForBranchingCode(1);
                EmitAddress(ins.B, ins.C, access.Size);
                _il.Emit(OpCodes.Unaligned, (byte)1);
                _il.Emit(access.Indirect);
                if (access.Convert is { } convert) _il.Emit(convert);
                Push(access.Kind);
                return true;
            }
            case >= Opcode.I32Store and <= Opcode.I64Store32:
            {
                var access = AccessOf(ins.Op)!.Value;
                PopOperandsForBranchingCode(2);
                var value = Temp(access.Kind);
                _il.Emit(OpCodes.Stloc, value);
                EmitAddress(ins.B, ins.C, access.Size);
                _il.Emit(OpCodes.Ldloc, value);
                FreeTemp(access.Kind, value);
                if (access.Convert is { } convert) _il.Emit(convert);
                _il.Emit(OpCodes.Unaligned, (byte)1);
                _il.Emit(access.Indirect);
                return true;
            }
            case Opcode.MemorySize:
                _il.Emit(OpCodes.Ldloc, _memoryLocals[ins.A].Memory);
                CallRuntime(nameof(CompiledRuntime.MemorySize));
                ReloadMemories(); // a shared memory may have been grown by another thread
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

    /// <summary>Turns the i32 address on the IL stack into the checked native address of an access of
    /// <paramref name="size"/> bytes at static <paramref name="offset"/> in memory <paramref name="memory"/>.</summary>
    private void EmitAddress(int memory, ulong offset, int size)
    {
        var (_, b, len) = _memoryLocals[memory];
        var ea = EffectiveAddressLocal;
        var inBounds = _il.DefineLabel();
        var outOfBounds = _il.DefineLabel();
        _il.Emit(OpCodes.Conv_U8);
        _il.Emit(OpCodes.Stloc, ea);
        ulong reach = offset + (ulong)size;
        if (IsMemory64(memory))
        {
            // memory64: a 64-bit address plus the offset must not wrap (ea <= 2^64 - 1 - reach); an offset that
            // wraps with the size alone can never be in bounds.
            if (reach < offset) _il.Emit(OpCodes.Br, outOfBounds);
            _il.Emit(OpCodes.Ldloc, ea);
            _il.Emit(OpCodes.Ldc_I8, (long)(ulong.MaxValue - reach));
            _il.Emit(OpCodes.Bgt_Un, outOfBounds);
        }
        // ea + offset + size <= length (32-bit: ea < 2^32 and offset < 2^32, so no overflow), else trap. The IL
        // stack is empty here, and the trap path ends in a throw, so nothing live around the check needs to survive a call.
        _il.Emit(OpCodes.Ldloc, ea);
        _il.Emit(OpCodes.Ldc_I8, (long)reach);
        _il.Emit(OpCodes.Add);
        _il.Emit(OpCodes.Ldloc, len);
        _il.Emit(OpCodes.Ble_Un, inBounds);
        _il.MarkLabel(outOfBounds);
        EmitThrow(TrapCode.MemoryOutOfBounds);
        _il.MarkLabel(inBounds);
        // Checked above: ea + offset + size <= length, so the pointer stays inside the memory.
        _il.Emit(OpCodes.Ldloc, b);
        _il.Emit(OpCodes.Ldloc, ea);
        _il.Emit(OpCodes.Conv_U);
        _il.Emit(OpCodes.Add);
        if (offset != 0)
        {
            _il.Emit(OpCodes.Ldc_I8, (long)offset);
            _il.Emit(OpCodes.Conv_U);
            _il.Emit(OpCodes.Add);
        }
    }

    private LocalBuilder? _effectiveAddress;

    /// <summary>The one local every access of the function uses for its zero-extended address.</summary>
    private LocalBuilder EffectiveAddressLocal => _effectiveAddress ??= _il.DeclareLocal(typeof(ulong));

    /// <summary>Pushes element <paramref name="index"/> of one of the instance's arrays.</summary>
    private void LoadElement(FieldInfo array, int index)
    {
        LoadInstance();
        _il.Emit(OpCodes.Ldfld, array);
        _il.Emit(OpCodes.Ldc_I4, index);
        _il.Emit(OpCodes.Ldelem_Ref);
    }

    /// <summary>Calls a runtime helper; most can trap, so the store gets the fuel first.</summary>
    private void CallRuntime(string name)
    {
        EmitFuelSync();
        _il.Emit(OpCodes.Call, Members.Method(typeof(CompiledRuntime), name));
    }

    private static ValueKind KindOf(Type clr) =>
        clr == typeof(int) || clr == typeof(uint) ? ValueKind.I32 :
        clr == typeof(long) || clr == typeof(ulong) ? ValueKind.I64 :
        clr == typeof(float) ? ValueKind.F32 :
        clr == typeof(double) ? ValueKind.F64 :
        clr == typeof(System.Runtime.Intrinsics.Vector128<byte>) ? ValueKind.V128 :
        throw new InvalidOperationException($"no wasm value type for {clr}");
}
