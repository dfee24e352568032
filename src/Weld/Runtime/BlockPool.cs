using System.Numerics;

namespace Weld.Runtime;

/// <summary>
/// Zeroed blocks for memories that do not reserve (Unix). The C heap would do, but calloc writes zeros over reused
/// memory, so 100,000 one-page memories would cost 6 GiB resident before any guest touched a byte. Instead blocks
/// come from large anonymous mappings (zero pages until written, and few kernel mappings): sizes of 64 KiB to 2 MiB
/// in power-of-two classes, each class carving 64 MiB chunks; a returned block is released to the kernel
/// (MADV_DONTNEED, which makes it read as zeros again) and reused. Larger blocks are mappings of their own.
/// </summary>
internal static unsafe class BlockPool
{
    private const int MinShift = 16, MaxShift = 21;
    private const ulong ChunkBytes = 64UL << 20;
    private const int Classes = MaxShift - MinShift + 1;

    private static readonly object s_lock = new();
    private static readonly Stack<nint>[] s_free = [.. Enumerable.Range(0, Classes).Select(_ => new Stack<nint>())];
    private static readonly nint[] s_next = new nint[Classes], s_end = new nint[Classes];

    public static bool Supported => !OperatingSystem.IsWindows();

    /// <summary>The size a request of <paramref name="bytes"/> gets (its class, or page-rounded when larger).</summary>
    public static ulong SizeFor(ulong bytes)
    {
        if (bytes <= 1UL << MinShift) return 1UL << MinShift;
        if (bytes <= 1UL << MaxShift) return BitOperations.RoundUpToPowerOf2(bytes);
        return (bytes + 65535) & ~65535UL;
    }

    /// <summary>A zeroed block of <see cref="SizeFor"/>(<paramref name="bytes"/>) bytes, or null.</summary>
    public static byte* Rent(ulong bytes)
    {
        ulong size = SizeFor(bytes);
        if (size > 1UL << MaxShift) return Posix.Map(size);
        int c = BitOperations.Log2(size) - MinShift;
        lock (s_lock)
        {
            if (s_free[c].TryPop(out nint reused)) return (byte*)reused;
            if (s_next[c] == s_end[c])
            {
                byte* chunk = Posix.Map(ChunkBytes);
                if (chunk == null) return null;
                s_next[c] = (nint)chunk;
                s_end[c] = (nint)(chunk + ChunkBytes);
            }
            nint p = s_next[c];
            s_next[c] += (nint)size;
            return (byte*)p;
        }
    }

    /// <summary>Takes back a block from <see cref="Rent"/>; its pages go back to the kernel and read as zeros again.</summary>
    public static void Return(byte* p, ulong size)
    {
        if (size > 1UL << MaxShift)
        {
            Posix.Munmap(p, (nuint)size);
            return;
        }
        // Linux frees the pages and maps zeros on the next touch; elsewhere MADV_DONTNEED may keep contents.
        if (!OperatingSystem.IsLinux() || Posix.Madvise(p, (nuint)size, Posix.MadvDontNeed) != 0)
            System.Runtime.InteropServices.NativeMemory.Clear(p, (nuint)size);
        lock (s_lock) s_free[BitOperations.Log2(size) - MinShift].Push((nint)p);
    }
}
