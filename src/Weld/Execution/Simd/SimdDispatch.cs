using System.Runtime.CompilerServices;
using Weld.Syntax;

namespace Weld.Execution.Simd;

/// <summary>
/// Runs one SIMD instruction on a frame of slots for the interpreter (v128 = two slots, low half first). The
/// dispatch itself (<see cref="Execute"/>, one case per instruction calling its <see cref="SimdOps"/> method) is
/// generated from the instruction table. Operands: A = result slot, B = first operand, C = second; <see cref="Pack"/>
/// puts the sub-opcode, the lane and a 32-bit extra (the memory offset, or bitselect's and shuffle's third operand
/// slot) in K. Nothing here allocates.
/// </summary>
internal static unsafe partial class SimdDispatch
{
    /// <summary>The K immediate of a SIMD instruction: extra in bits 0-31, sub-opcode in 32-47, lane in 48-55.</summary>
    public static ulong Pack(Opcode op, int lane, uint extra) =>
        extra | (ulong)((int)op - OpcodeFamilies.SimdBase) << 32 | (ulong)(byte)lane << 48;

    public static Opcode OpOf(ulong k) => (Opcode)(OpcodeFamilies.SimdBase + (int)((k >> 32) & 0xffff));

    private static int LaneOf(ulong k) => (int)(k >> 48) & 0xff;

    // Invariant for every access: `len` is the current byte length of the memory whose base is `b`, and
    // ea + size <= len is checked in 64-bit arithmetic (addr < 2^32, offset < 2^32: no overflow) before the access.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte* At(nint b, ulong len, ulong addr, ulong offset, uint size)
    {
        ulong ea = addr + offset;
        if (ea + size > len) Trap.MemoryOutOfBounds();
        return (byte*)b + ea;
    }

    /// <summary>The raw little-endian value of a load (1, 2, 4, 8 or 16 bytes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Read<T>(nint b, ulong len, ulong addr, ulong offset) where T : unmanaged =>
        Unsafe.ReadUnaligned<T>(At(b, len, addr, offset, (uint)sizeof(T)));

    /// <summary>Writes the raw value of a store.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Write<T>(nint b, ulong len, ulong addr, ulong offset, T value) where T : unmanaged =>
        Unsafe.WriteUnaligned(At(b, len, addr, offset, (uint)sizeof(T)), value);
}
