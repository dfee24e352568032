using System.Runtime.CompilerServices;
using Weld.Syntax;

namespace Weld.Execution.Simd;

internal static unsafe partial class SimdDispatch
{
    // Invariant for every access: `len` is the current byte length of the memory whose base is `b`, and
    // ea + size <= len is checked in 64-bit arithmetic (addr < 2^32, offset < 2^32: no overflow) before the access.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte* At(nint b, ulong len, ulong addr, ulong offset, uint size)
    {
        ulong ea = addr + offset;
        if (ea + size > len) Trap.MemoryOutOfBounds();
        return (byte*)b + ea;
    }

    /// <summary>Loads (B = address slot, C = the vector operand of lane loads) and stores (B = address, C = value).</summary>
    private static bool Memory(ref ulong fp, Opcode op, int a, int b, int c, uint offset, int lane, nint mb, ulong ml)
    {
        ulong addr = (uint)Unsafe.Add(ref fp, b);
        switch (op)
        {
            case Opcode.V128Load: Set(ref fp, a, Unsafe.ReadUnaligned<System.Runtime.Intrinsics.Vector128<byte>>(At(mb, ml, addr, offset, 16))); return true;
            case Opcode.V128Load8x8S: Set(ref fp, a, SimdOps.Load8x8S(Unsafe.ReadUnaligned<ulong>(At(mb, ml, addr, offset, 8)))); return true;
            case Opcode.V128Load8x8U: Set(ref fp, a, SimdOps.Load8x8U(Unsafe.ReadUnaligned<ulong>(At(mb, ml, addr, offset, 8)))); return true;
            case Opcode.V128Load16x4S: Set(ref fp, a, SimdOps.Load16x4S(Unsafe.ReadUnaligned<ulong>(At(mb, ml, addr, offset, 8)))); return true;
            case Opcode.V128Load16x4U: Set(ref fp, a, SimdOps.Load16x4U(Unsafe.ReadUnaligned<ulong>(At(mb, ml, addr, offset, 8)))); return true;
            case Opcode.V128Load32x2S: Set(ref fp, a, SimdOps.Load32x2S(Unsafe.ReadUnaligned<ulong>(At(mb, ml, addr, offset, 8)))); return true;
            case Opcode.V128Load32x2U: Set(ref fp, a, SimdOps.Load32x2U(Unsafe.ReadUnaligned<ulong>(At(mb, ml, addr, offset, 8)))); return true;
            case Opcode.V128Load8Splat: Set(ref fp, a, SimdOps.Load8Splat(*At(mb, ml, addr, offset, 1))); return true;
            case Opcode.V128Load16Splat: Set(ref fp, a, SimdOps.Load16Splat(Unsafe.ReadUnaligned<ushort>(At(mb, ml, addr, offset, 2)))); return true;
            case Opcode.V128Load32Splat: Set(ref fp, a, SimdOps.Load32Splat(Unsafe.ReadUnaligned<uint>(At(mb, ml, addr, offset, 4)))); return true;
            case Opcode.V128Load64Splat: Set(ref fp, a, SimdOps.Load64Splat(Unsafe.ReadUnaligned<ulong>(At(mb, ml, addr, offset, 8)))); return true;
            case Opcode.V128Load32Zero: Set(ref fp, a, SimdOps.Load32Zero(Unsafe.ReadUnaligned<uint>(At(mb, ml, addr, offset, 4)))); return true;
            case Opcode.V128Load64Zero: Set(ref fp, a, SimdOps.Load64Zero(Unsafe.ReadUnaligned<ulong>(At(mb, ml, addr, offset, 8)))); return true;
            case Opcode.V128Load8Lane: Set(ref fp, a, SimdOps.Load8Lane(Get(ref fp, c), lane, *At(mb, ml, addr, offset, 1))); return true;
            case Opcode.V128Load16Lane: Set(ref fp, a, SimdOps.Load16Lane(Get(ref fp, c), lane, Unsafe.ReadUnaligned<ushort>(At(mb, ml, addr, offset, 2)))); return true;
            case Opcode.V128Load32Lane: Set(ref fp, a, SimdOps.Load32Lane(Get(ref fp, c), lane, Unsafe.ReadUnaligned<uint>(At(mb, ml, addr, offset, 4)))); return true;
            case Opcode.V128Load64Lane: Set(ref fp, a, SimdOps.Load64Lane(Get(ref fp, c), lane, Unsafe.ReadUnaligned<ulong>(At(mb, ml, addr, offset, 8)))); return true;
            case Opcode.V128Store: Unsafe.WriteUnaligned(At(mb, ml, addr, offset, 16), Get(ref fp, c)); return true;
            case Opcode.V128Store8Lane: *At(mb, ml, addr, offset, 1) = (byte)SimdOps.I8x16ExtractLaneU(Get(ref fp, c), lane); return true;
            case Opcode.V128Store16Lane: Unsafe.WriteUnaligned(At(mb, ml, addr, offset, 2), (ushort)SimdOps.I16x8ExtractLaneU(Get(ref fp, c), lane)); return true;
            case Opcode.V128Store32Lane: Unsafe.WriteUnaligned(At(mb, ml, addr, offset, 4), SimdOps.F32x4ExtractLane(Get(ref fp, c), lane)); return true;
            case Opcode.V128Store64Lane: Unsafe.WriteUnaligned(At(mb, ml, addr, offset, 8), SimdOps.F64x2ExtractLane(Get(ref fp, c), lane)); return true;
            default: return false;
        }
    }
}
