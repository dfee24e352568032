using System.Runtime.InteropServices;

namespace Weld.Runtime;

/// <summary>
/// One native allocation behind a linear memory: either a reservation of address space whose prefix is committed
/// (<see cref="Reserved"/>, Unix only), or a plain zeroed block (<see cref="BlockPool"/> on Unix, the C heap
/// elsewhere). <see cref="Pressure"/> is what was reported to the GC for it (<see cref="GC.AddMemoryPressure(long)"/>),
/// removed again when the block is freed. A block is freed exactly once, by its memory's store, when no code can use
/// it any more.
/// </summary>
internal unsafe struct NativeBlock
{
    public byte* Start;
    /// <summary>Bytes reserved (reservation) or allocated (block).</summary>
    public ulong Size;
    public bool Reserved;
    public bool Pooled;
    public ulong Pressure;

    /// <summary>Most reservations alive at once in the process. Each takes two kernel mappings (vm.max_map_count is
    /// about 65530) and up to 4 GiB of the 128 TiB address space; running out of either kills the .NET runtime
    /// itself, so Weld stops well before and uses blocks that move when they grow beyond this.</summary>
    public const int MaxLiveReservations = 8192;

    private static int s_liveReservations;

    /// <summary>Set by tests on their thread to get memories that move when they grow, as they do past the budget.</summary>
    [ThreadStatic] internal static bool NoReservationsOnThisThread;

    /// <summary>Live reservations in the process (for tests and diagnostics).</summary>
    public static int LiveReservations => Volatile.Read(ref s_liveReservations);

    /// <summary>A zeroed block of at least <paramref name="bytes"/> (see <see cref="Size"/>), or null when out of
    /// memory: from <see cref="BlockPool"/> on Unix, the C heap elsewhere.</summary>
    public static NativeBlock? Allocate(ulong bytes)
    {
        if (bytes > nuint.MaxValue) return null;
        if (BlockPool.Supported)
        {
            var pooled = BlockPool.Rent(bytes);
            ulong size = BlockPool.SizeFor(bytes);
            return pooled == null ? null : Report(new NativeBlock { Start = pooled, Size = size, Pooled = true }, size);
        }
        var p = (byte*)NativeMemory.AllocZeroed((nuint)Math.Max(bytes, 1));
        if (p == null) return null;
        return Report(new NativeBlock { Start = p, Size = bytes }, bytes);
    }

    /// <summary>Reserves <paramref name="bytes"/> of address space (no access) and commits the first
    /// <paramref name="commit"/> bytes; null when reservations are unsupported here, over budget, or refused. Never
    /// collects garbage to make room: a memory that finds no reservation becomes a movable block instead.</summary>
    public static NativeBlock? Reserve(ulong bytes, ulong commit)
    {
        if (OperatingSystem.IsWindows() || bytes == 0 || NoReservationsOnThisThread) return null;
        if (Interlocked.Increment(ref s_liveReservations) > MaxLiveReservations)
        {
            Interlocked.Decrement(ref s_liveReservations);
            return null;
        }
        var p = Posix.Reserve(bytes);
        if (p == null)
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
        if (Posix.Mprotect(Start + offset, (nuint)length, Posix.ProtRead | Posix.ProtWrite) != 0) return false;
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
            Posix.Munmap(Start, (nuint)Size);
            Interlocked.Decrement(ref s_liveReservations);
        }
        else if (Pooled) BlockPool.Return(Start, Size);
        else NativeMemory.Free(Start);
        if (Pressure > 0) GC.RemoveMemoryPressure((long)Pressure);
        this = default;
    }
}
