using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Validation;

/// <summary>Memory instructions: memarg checks and the memory/bulk-memory operations.</summary>
internal sealed partial class FunctionValidator
{
    /// <summary>Loads and stores: the memory must exist and 2^align must not exceed the access width.</summary>
    private void CheckMemArg(in Instr ins, int maxAlign)
    {
        c.CheckMemory(ins.B);
        if ((uint)ins.A > (uint)maxAlign) ValidationErrors.Throw(Messages.AlignmentTooLarge);
        CheckOffset(in ins);
    }

    /// <summary>memory64 reads offsets as u64; a 32-bit memory's must still fit in 32 bits.</summary>
    private void CheckOffset(in Instr ins)
    {
        if (ins.C > uint.MaxValue && c.MemoryAddress(ins.B) == ValueKind.I32) ValidationErrors.Throw(Messages.OffsetOutOfRange);
    }

    /// <summary>Atomic accesses: the memory must exist (shared or not: only waiting needs a shared one, at run time)
    /// and 2^align must be exactly the access width.</summary>
    private void CheckAtomicMemArg(in Instr ins, int naturalAlign)
    {
        c.CheckMemory(ins.B);
        if (ins.A != naturalAlign) ValidationErrors.Throw(Messages.AtomicAlignment);
        CheckOffset(in ins);
    }

    /// <summary>SIMD lane immediates: D is the lane; for i8x16.shuffle, C and D hold 16 lane bytes, each below 32.</summary>
    private static void CheckLanes(in Instr ins, int lanes)
    {
        if (ins.Op == Opcode.I8x16Shuffle)
        {
            for (int i = 0; i < 64; i += 8)
                if ((byte)(ins.C >> i) >= lanes || (byte)(ins.D >> i) >= lanes) ValidationErrors.Throw(Messages.InvalidLaneIndex);
        }
        else if (ins.D >= (ulong)lanes) ValidationErrors.Throw(Messages.InvalidLaneIndex);
    }

    /// <summary>memory.size/grow/fill/copy/init and data.drop.</summary>
    private void Bulk(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.MemorySize:
                Push(c.MemoryAddress(ins.A));
                break;
            case Opcode.MemoryGrow:
            {
                var at = c.MemoryAddress(ins.A);
                Pop(at);
                Push(at);
                break;
            }
            case Opcode.MemoryFill:
            {
                var at = KindTypes[(int)c.MemoryAddress(ins.A)];
                PopVals([at, ValType.I32, at]);
                break;
            }
            case Opcode.MemoryCopy:
            {
                // memory64: each address has its memory's type; the length is i64 only when both are 64-bit.
                var dst = c.MemoryAddress(ins.A);
                var src = c.MemoryAddress(ins.B);
                var length = dst == ValueKind.I64 && src == ValueKind.I64 ? ValType.I64 : ValType.I32;
                PopVals([KindTypes[(int)dst], KindTypes[(int)src], length]);
                break;
            }
            case Opcode.MemoryInit:
            {
                // Spec order: the memory, then the segment ("unknown memory 0" wins over a bad data index).
                var at = c.MemoryAddress(ins.B);
                c.CheckData(ins.A);
                PopVals([KindTypes[(int)at], ValType.I32, ValType.I32]);
                break;
            }
            case Opcode.DataDrop:
                c.CheckData(ins.A);
                break;
            default:
                // A row marked special in the instruction table that has no case here is a bug in Weld, not in the module.
                throw new InvalidOperationException($"validator has no rule for {OpcodeNames.Of(ins.Op)}");
        }
    }
}
