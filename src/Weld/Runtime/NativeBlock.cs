using System.Runtime.InteropServices;

namespace Weld.Runtime;

/// <summary>
/// One native allocation behind a linear memory: either a reservation of address space whose prefix is committed
/// (<see cref="Reserved"/>, Unix only), or a plain zeroed heap block. <see cref="Pressure"/> is what was reported to
/// the GC for it (<see cref="GC.AddMemoryPressure"/>), removed again when the block is freed.
/// A block is freed exactly once, by its memory's store, when no code can use it any more.
/// </summary>
internal unsafe struct NativeBlock
{
    public byte* Start;
    /// <summary>Bytes reserved (reservation) or allocated (heap block).</summary>
    public ulong Size;
    public bool Reserved;
    public ulong Pressure;

    /// <summary>Most reservations alive at once in the process. Each takes two kernel mappings (vm.max_map_count is
    /// about 65530) and up to 4 GiB of the 128 TiB address space; running out of either kills the .NET runtime
    /// itself, so Weld stops well before and uses heap blocks (which move when they grow) beyond this.</summary>
    public const int MaxLiveReservations = 8192;

    private static int s_liveReservations;

    /// <summary>Live reservations in the process (for tests and diagnostics).</summary>
    public static int LiveReservations => Volatile.Read(ref s_liveReservations);

    /// <summary>A zeroed heap block of <paramref name="bytes"/> (at least one byte), or null when out of memory.</summary>
    public static NativeBlock? Allocate(ulong bytes)
    {
        if (bytes > nuint.MaxValue) return null;
        var p = (byte*)NativeMemory.AllocZeroed((nuint)Math.Max(bytes, 1));
        if (p == null) return null;
        return Report(new NativeBlock { Start = p, Size = bytes }, bytes);
    }

    /// <summary>Reserves <paramref name="bytes"/> of address space (no access) and commits the first
    /// <paramref name="commit"/> bytes; null when reservations are unsupported here, over budget, or refused. Never
    /// collects garbage to make room: a memory that finds no reservation becomes a heap block instead.</summary>
    public static NativeBlock? Reserve(ulong bytes, ulong commit)
    {
        if (OperatingSystem.IsWindows() || bytes == 0) return null;
        if (Interlocked.Increment(ref s_liveReservations) > MaxLiveReservations)
        {
            Interlocked.Decrement(ref s_liveReservations);
            return null;
        }
        var p = (byte*)Posix.mmap(null, (nuint)bytes, Posix.PROT_NONE, Posix.MAP_PRIVATE | Posix.MAP_ANONYMOUS | Posix.MAP_NORESERVE, -1, 0);
        if (p == (byte*)-1)
        {
            Interlocked.Decrement(ref s_liveReservations);
            return null;
        }
        var block = new NativeBlock { Start = p, Size = bytes, Reserved = true };
        if (!block.Commit(0, commit))
        {
            block.Free();
            return null;
        }
        return block;
    }

    /// <summary>Makes [offset, offset + length) of a reservation readable and writable (it reads as zeros).</summary>
    public bool Commit(ulong offset, ulong length)
    {
        if (length == 0) return true;
        if (Posix.mprotect(Start + offset, (nuint)length, Posix.PROT_READ | Posix.PROT_WRITE) != 0) return false;
        this = Report(this, length);
        return true;
    }

    private static NativeBlock Report(NativeBlock block, ulong bytes)
    {
        if (bytes > 0 && bytes <= long.MaxValue)
        {
            GC.AddMemoryPressure((long)bytes);
            block.Pressure += bytes;
        }
        return block;
    }

    /// <summary>Returns the block to the system. The caller guarantees nothing uses it any more.</summary>
    public void Free()
    {
        if (Start == null) return;
        if (Reserved)
        {
            Posix.munmap(Start, (nuint)Size);
            Interlocked.Decrement(ref s_liveReservations);
        }
        else NativeMemory.Free(Start);
        if (Pressure > 0) GC.RemoveMemoryPressure((long)Pressure);
        this = default;
    }

    private static class Posix
    {
        public const int PROT_NONE = 0, PROT_READ = 1, PROT_WRITE = 2;
        public const int MAP_PRIVATE = 0x02;
        public static readonly int MAP_ANONYMOUS = OperatingSystem.IsMacOS() ? 0x1000 : 0x20;
        public static readonly int MAP_NORESERVE = OperatingSystem.IsMacOS() ? 0x40 : 0x4000;

        [DllImport("libc", SetLastError = true)]
        public static extern void* mmap(void* addr, nuint length, int prot, int flags, int fd, nint offset);

        [DllImport("libc", SetLastError = true)]
        public static extern int mprotect(void* addr, nuint length, int prot);

        [DllImport("libc", SetLastError = true)]
        public static extern int munmap(void* addr, nuint length);
    }
}
