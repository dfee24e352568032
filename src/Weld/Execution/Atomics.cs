using System.Runtime.CompilerServices;
using Weld.Runtime;

namespace Weld.Execution;

/// <summary>The read-modify-write operations of the threads proposal, in the order of their opcode groups
/// (<see cref="Cmpxchg"/> last, with its own operand).</summary>
internal enum AtomicRmw : byte { Add, Sub, And, Or, Xor, Xchg, Cmpxchg }

/// <summary>
/// The atomic memory instructions (threads proposal), shared by both back ends: the interpreter calls them from its
/// dispatch loop, compiled code calls them directly. Every access checks, against the memory's current length (another
/// thread may have grown a shared memory), that the effective address is a multiple of the access size ("unaligned
/// atomic") and then that it is in bounds; then it runs as one atomic operation on the memory: Volatile loads,
/// Interlocked stores (sequentially consistent) and compare-exchange loops. An 8- or 16-bit read-modify-write is a
/// compare-exchange loop on the aligned 32-bit word that holds it, which lies inside the memory since lengths are
/// whole pages. Values are little-endian, as on every platform .NET runs on.
/// </summary>
internal static unsafe partial class Atomics
{
    /// <summary>The checked address of an access of <paramref name="size"/> bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte* At(MemoryInstance m, ulong address, ulong offset, int size)
    {
        // A 64-bit memory's address and offset may wrap: such an access is out of bounds (ea < address), and the
        // wrapped sum is aligned exactly when the true one is (sizes divide 2^64).
        ulong ea = address + offset;
        if ((ea & (ulong)(size - 1)) != 0) Trap.Throw(TrapCode.UnalignedAtomic);
        // The length only grows, and a shared memory never moves, so the bytes stay mapped; an unshared one cannot
        // grow meanwhile (one thread per store).
        ulong length = Volatile.Read(ref m.ByteLength);
        if (ea < address || ea > length || (ulong)size > length - ea) Trap.Throw(TrapCode.MemoryOutOfBounds);
        return m.Base + ea;
    }

    public static ulong Load(MemoryInstance m, ulong address, ulong offset, int size)
    {
        byte* p = At(m, address, offset, size);
        return size switch
        {
            1 => Volatile.Read(ref *p),
            2 => Volatile.Read(ref *(ushort*)p),
            4 => Volatile.Read(ref *(uint*)p),
            _ => Volatile.Read(ref *(ulong*)p),
        };
    }

    public static void Store(MemoryInstance m, ulong address, ulong offset, int size, ulong value)
    {
        byte* p = At(m, address, offset, size);
        switch (size)
        {
            case 1: Interlocked.Exchange(ref *p, (byte)value); break;
            case 2: Interlocked.Exchange(ref *(ushort*)p, (ushort)value); break;
            case 4: Interlocked.Exchange(ref *(uint*)p, (uint)value); break;
            default: Interlocked.Exchange(ref *(ulong*)p, value); break;
        }
    }

    /// <summary>Applies <paramref name="op"/> with <paramref name="value"/>; returns the old value, zero-extended.</summary>
    public static ulong Rmw(MemoryInstance m, ulong address, ulong offset, int size, AtomicRmw op, ulong value)
    {
        byte* p = At(m, address, offset, size);
        switch (size)
        {
            case 8:
            {
                ref ulong cell = ref *(ulong*)p;
                while (true)
                {
                    ulong old = Volatile.Read(ref cell);
                    if (Interlocked.CompareExchange(ref cell, Apply(op, old, value), old) == old) return old;
                }
            }
            case 4:
            {
                ref uint cell = ref *(uint*)p;
                while (true)
                {
                    uint old = Volatile.Read(ref cell);
                    if (Interlocked.CompareExchange(ref cell, (uint)Apply(op, old, value), old) == old) return old;
                }
            }
            default:
                return SubWord(p, size, op, value, 0);
        }
    }

    /// <summary>Stores <paramref name="replacement"/> if the memory holds <paramref name="expected"/> (both wrapped to
    /// the access width); returns the old value, zero-extended.</summary>
    public static ulong CompareExchange(MemoryInstance m, ulong address, ulong offset, int size, ulong expected, ulong replacement)
    {
        byte* p = At(m, address, offset, size);
        switch (size)
        {
            case 8: return Interlocked.CompareExchange(ref *(ulong*)p, replacement, expected);
            case 4: return Interlocked.CompareExchange(ref *(uint*)p, (uint)replacement, (uint)expected);
            default:
                return SubWord(p, size, AtomicRmw.Cmpxchg, replacement, expected);
        }
    }

    /// <summary>A read-modify-write of the 1 or 2 bytes at <paramref name="p"/> as a compare-exchange loop on their
    /// aligned 32-bit word; returns the old bytes.</summary>
    private static ulong SubWord(byte* p, int size, AtomicRmw op, ulong value, ulong expected)
    {
        uint* word = (uint*)((nuint)p & ~(nuint)3);
        int shift = (int)((nuint)p & 3) * 8;
        uint mask = (size == 1 ? 0xFFu : 0xFFFFu) << shift;
        while (true)
        {
            uint old = Volatile.Read(ref *word);
            ulong part = (old & mask) >> shift;
            ulong updated = op == AtomicRmw.Cmpxchg ? (part == (expected & (mask >> shift)) ? value : part) : Apply(op, part, value);
            uint next = (old & ~mask) | (((uint)updated << shift) & mask);
            if (Interlocked.CompareExchange(ref *word, next, old) == old) return part;
        }
    }

    private static ulong Apply(AtomicRmw op, ulong old, ulong value) => op switch
    {
        AtomicRmw.Add => old + value,
        AtomicRmw.Sub => old - value,
        AtomicRmw.And => old & value,
        AtomicRmw.Or => old | value,
        AtomicRmw.Xor => old ^ value,
        AtomicRmw.Xchg => value,
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    /// <summary>atomic.fence: a full barrier.</summary>
    public static void Fence() => Interlocked.MemoryBarrier();
}
