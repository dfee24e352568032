using System.Runtime.CompilerServices;

namespace Weld.Execution.Compiler;

/// <summary>
/// Checked linear-memory loads and stores for compiled code, in IL stack order: address (and value), then the static
/// offset, the memory's base and its byte length (which the compiled function keeps in locals and reloads after
/// anything that can grow or move the memory).
/// </summary>
internal static unsafe class CompiledMemory
{
    /// <summary>The bounds check of an access the compiled code makes itself: <paramref name="ea"/> is the address
    /// zero-extended, <paramref name="end"/> the static offset plus the access size (so below 2^33: no overflow).
    /// Its arguments are locals and a constant, so inlining it adds no temporaries to the compiled method.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Check(ulong ea, ulong end, ulong len)
    {
        // A throw here (not a call that throws) ends the path for the JIT, so values live after the check need not
        // survive a call: they stay in registers.
        if (ea + end > len) throw Trap.Exception(TrapCode.MemoryOutOfBounds);
    }

    // Invariant for every access: `len` is the current byte length of the memory whose base is `b`. The address is
    // an i32 read as unsigned and the offset is below 2^32, so `ea + size` cannot overflow 64 bits, and the check
    // keeps every byte of the access inside the memory's committed pages.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte* At(int addr, ulong offset, nint b, ulong len, uint size)
    {
        ulong ea = (uint)addr + offset;
        if (ea + size > len) throw Trap.Exception(TrapCode.MemoryOutOfBounds);
        return (byte*)b + ea;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int I32Load(int a, ulong o, nint b, ulong l) => Unsafe.ReadUnaligned<int>(At(a, o, b, l, 4));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long I64Load(int a, ulong o, nint b, ulong l) => Unsafe.ReadUnaligned<long>(At(a, o, b, l, 8));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float F32Load(int a, ulong o, nint b, ulong l) => Unsafe.ReadUnaligned<float>(At(a, o, b, l, 4));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double F64Load(int a, ulong o, nint b, ulong l) => Unsafe.ReadUnaligned<double>(At(a, o, b, l, 8));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int I32Load8S(int a, ulong o, nint b, ulong l) => *(sbyte*)At(a, o, b, l, 1);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int I32Load8U(int a, ulong o, nint b, ulong l) => *At(a, o, b, l, 1);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int I32Load16S(int a, ulong o, nint b, ulong l) => Unsafe.ReadUnaligned<short>(At(a, o, b, l, 2));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int I32Load16U(int a, ulong o, nint b, ulong l) => Unsafe.ReadUnaligned<ushort>(At(a, o, b, l, 2));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long I64Load8S(int a, ulong o, nint b, ulong l) => *(sbyte*)At(a, o, b, l, 1);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long I64Load8U(int a, ulong o, nint b, ulong l) => *At(a, o, b, l, 1);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long I64Load16S(int a, ulong o, nint b, ulong l) => Unsafe.ReadUnaligned<short>(At(a, o, b, l, 2));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long I64Load16U(int a, ulong o, nint b, ulong l) => Unsafe.ReadUnaligned<ushort>(At(a, o, b, l, 2));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long I64Load32S(int a, ulong o, nint b, ulong l) => Unsafe.ReadUnaligned<int>(At(a, o, b, l, 4));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long I64Load32U(int a, ulong o, nint b, ulong l) => Unsafe.ReadUnaligned<uint>(At(a, o, b, l, 4));

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void I32Store(int a, int v, ulong o, nint b, ulong l) => Unsafe.WriteUnaligned(At(a, o, b, l, 4), v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void I64Store(int a, long v, ulong o, nint b, ulong l) => Unsafe.WriteUnaligned(At(a, o, b, l, 8), v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void F32Store(int a, float v, ulong o, nint b, ulong l) => Unsafe.WriteUnaligned(At(a, o, b, l, 4), v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void F64Store(int a, double v, ulong o, nint b, ulong l) => Unsafe.WriteUnaligned(At(a, o, b, l, 8), v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void I32Store8(int a, int v, ulong o, nint b, ulong l) => *At(a, o, b, l, 1) = (byte)v;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void I32Store16(int a, int v, ulong o, nint b, ulong l) => Unsafe.WriteUnaligned(At(a, o, b, l, 2), (short)v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void I64Store8(int a, long v, ulong o, nint b, ulong l) => *At(a, o, b, l, 1) = (byte)v;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void I64Store16(int a, long v, ulong o, nint b, ulong l) => Unsafe.WriteUnaligned(At(a, o, b, l, 2), (short)v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void I64Store32(int a, long v, ulong o, nint b, ulong l) => Unsafe.WriteUnaligned(At(a, o, b, l, 4), (int)v);
}
