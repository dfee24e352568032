using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Weld.Runtime;

namespace Weld.Execution.Interpreter;

/// <summary>
/// Checked linear-memory access for the interpreter. The dispatch loop caches a memory's base address and byte
/// length in locals (reloaded after anything that can grow or move the memory: memory.grow, calls, host calls) and
/// passes them here.
/// </summary>
internal static unsafe class MemoryAccess
{
    // Invariant for every access below: `len` is the current ByteLength of the memory whose Base is `b`, and the
    // explicit check `ea + size <= len` (64-bit: addr < 2^32 and offset < 2^33, so no overflow) keeps all bytes of
    // the access inside the committed part of that memory. A module without a memory has b = 0 and len = 0, so every access fails the check first.

    /// <summary>Base address of memory 0 of <paramref name="m"/> (0 when it has none). Returned by value (not through
    /// an out parameter) so the dispatch loop's copy is not address-exposed and can stay in a register.</summary>
    public static nint BaseOf(ModuleInstance m) => m.Memories.Length > 0 ? (nint)m.Memories[0].Base : 0;

    /// <summary>Byte length of memory 0 of <paramref name="m"/> (0 when it has none).</summary>
    public static ulong LengthOf(ModuleInstance m) => m.Memories.Length > 0 ? m.Memories[0].ByteLength : 0;

    /// <summary>Base address of <paramref name="m"/> (multi-memory: see <see cref="Op.UseMemory"/>).</summary>
    public static nint BaseOf(MemoryInstance m) => (nint)m.Base;

    /// <summary>memory64: traps unless <paramref name="addr"/> + <paramref name="offset"/> + <paramref name="size"/> is
    /// inside <paramref name="m"/>, computed without wrapping at 2^64.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Check64(MemoryInstance m, ulong addr, ulong offset, uint size)
    {
        ulong len = m.ByteLength;
        if (addr > len || offset > len - addr || size > len - addr - offset) Trap.MemoryOutOfBounds();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte* At(nint b, ulong len, ulong addr, ulong offset, uint size)
    {
        ulong ea = addr + offset;
        if (ea + size > len) Trap.MemoryOutOfBounds();
        return (byte*)b + ea;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong U8(nint b, ulong len, ulong addr, ulong offset) => *At(b, len, addr, offset, 1);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte S8(nint b, ulong len, ulong addr, ulong offset) => *(sbyte*)At(b, len, addr, offset, 1);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ushort U16(nint b, ulong len, ulong addr, ulong offset) => Unsafe.ReadUnaligned<ushort>(At(b, len, addr, offset, 2));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short S16(nint b, ulong len, ulong addr, ulong offset) => Unsafe.ReadUnaligned<short>(At(b, len, addr, offset, 2));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint U32(nint b, ulong len, ulong addr, ulong offset) => Unsafe.ReadUnaligned<uint>(At(b, len, addr, offset, 4));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int S32(nint b, ulong len, ulong addr, ulong offset) => Unsafe.ReadUnaligned<int>(At(b, len, addr, offset, 4));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong U64(nint b, ulong len, ulong addr, ulong offset) => Unsafe.ReadUnaligned<ulong>(At(b, len, addr, offset, 8));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store8(nint b, ulong len, ulong addr, ulong offset, ulong v) => *At(b, len, addr, offset, 1) = (byte)v;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store16(nint b, ulong len, ulong addr, ulong offset, ulong v) => Unsafe.WriteUnaligned(At(b, len, addr, offset, 2), (ushort)v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store32(nint b, ulong len, ulong addr, ulong offset, ulong v) => Unsafe.WriteUnaligned(At(b, len, addr, offset, 4), (uint)v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store64(nint b, ulong len, ulong addr, ulong offset, ulong v) => Unsafe.WriteUnaligned(At(b, len, addr, offset, 8), v);

    // ---- bulk memory: every range is checked before anything is written ----

    public static void Fill(MemoryInstance m, ulong d, byte value, ulong n)
    {
        if (!InBounds(d, n, m.ByteLength)) Trap.MemoryOutOfBounds();
        // d + n <= ByteLength (checked above without wrapping). NativeMemory.Fill takes any size up to 4 GiB.
        NativeMemory.Fill(m.Base + d, (nuint)n, value);
    }

    public static void Copy(MemoryInstance dst, ulong d, MemoryInstance src, ulong s, ulong n)
    {
        if (!InBounds(d, n, dst.ByteLength) || !InBounds(s, n, src.ByteLength)) Trap.MemoryOutOfBounds();
        // Both ranges checked above; Buffer.MemoryCopy handles overlap like memmove.
        Buffer.MemoryCopy(src.Base + s, dst.Base + d, n, n);
    }

    public static void Init(MemoryInstance m, ulong d, byte[] data, ulong s, ulong n)
    {
        if (!InBounds(s, n, (ulong)data.Length) || !InBounds(d, n, m.ByteLength)) Trap.MemoryOutOfBounds();
        // The destination range is checked above; the source is a managed array (bounds-checked span).
        data.AsSpan((int)s, (int)n).CopyTo(new Span<byte>(m.Base + d, (int)n));
    }

    /// <summary>start + count &lt;= length, without wrapping (64-bit operands of memory64).</summary>
    private static bool InBounds(ulong start, ulong count, ulong length) => count <= length && start <= length - count;
}
