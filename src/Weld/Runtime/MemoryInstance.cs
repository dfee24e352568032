using System.Runtime.InteropServices;
using Weld.Diagnostics;

namespace Weld.Runtime;

/// <summary>
/// A linear memory. On Unix the whole maximum is reserved up front (no access) and pages are committed as the
/// memory grows, so <see cref="Base"/> stays put. On Windows, and past <see cref="MaxLiveReservations"/> live
/// reservations, the memory is a plain block that is reallocated (moves) when it grows; code therefore reloads
/// <see cref="Base"/> after anything that can grow a memory.
/// Every access is bounds-checked by the caller against <see cref="ByteLength"/> (no signal handling in .NET).
/// </summary>
internal sealed unsafe class MemoryInstance : ExternInstance, IDisposable
{
    public const ulong PageSize = 65536;
    public const ulong MaxPages32 = 65536;

    /// <summary>Start of the memory. Stable for the memory's life when it is a reservation; moves on growth otherwise.</summary>
    public byte* Base;
    /// <summary>Current size in bytes (a multiple of the page size).</summary>
    public ulong ByteLength;

    private readonly ulong _reservedBytes;
    private readonly bool _reserved;

    public MemoryInstance(RuntimeStore store, MemoryType type, ulong pageCap = MaxPages32) : base(store)
    {
        Shared = type.Shared;
        DeclaredMax = type.Limits.Max;
        ulong limit = Math.Min(type.Limits.Max ?? MaxPages32, Math.Min(pageCap, MaxPages32));
        MaxPages = Math.Min(type.Limits.Max ?? MaxPages32, MaxPages32);
        Cap = limit;
        ulong min = type.Limits.Min;
        if (min > limit) throw new TrapException(TrapCode.OutOfMemory, TrapText.MemoryTooLarge);
        _reservedBytes = limit * PageSize;
        if (!OperatingSystem.IsWindows() && _reservedBytes > 0 && Reserve(_reservedBytes) is var reserved && reserved != null)
        {
            Base = reserved;
            _reserved = true;
            if (!Commit(0, min * PageSize))
            {
                Release();
                throw new TrapException(TrapCode.OutOfMemory, TrapText.MemoryNotCommitted);
            }
        }
        else
        {
            // No reservation (Windows, or address space exhausted): a plain block that moves when it grows.
            Base = (byte*)NativeMemory.AllocZeroed((nuint)Math.Max(min * PageSize, 1));
        }
        ByteLength = min * PageSize;
    }

    public bool Shared { get; }
    /// <summary>The type's maximum in pages (or 65536).</summary>
    public ulong MaxPages { get; }
    /// <summary>The effective growth cap in pages (maximum and engine limit).</summary>
    public ulong Cap { get; }
    public ulong Pages => ByteLength / PageSize;
    /// <summary>The type as seen by import matching: current size and declared maximum.</summary>
    public override MemoryType CurrentType => new(new Limits(Pages, DeclaredMax), Shared);

    public override ExternKind Kind => ExternKind.Memory;

    /// <summary>The declared maximum, if the memory had one.</summary>
    public ulong? DeclaredMax { get; }

    public Span<byte> Span => new(Base, checked((int)Math.Min(ByteLength, int.MaxValue)));

    /// <summary>Grows by <paramref name="deltaPages"/>; returns the old size in pages or -1.</summary>
    public long Grow(ulong deltaPages)
    {
        ulong old = Pages;
        if (deltaPages == 0) return (long)old;
        if (deltaPages > Cap || old + deltaPages > Cap) return -1;
        if (!Store.TryGrowMemory(this, old, old + deltaPages)) return -1;
        ulong newBytes = (old + deltaPages) * PageSize;
        if (_reserved)
        {
            if (!Commit(ByteLength, newBytes - ByteLength)) return -1;
        }
        else
        {
            var moved = (byte*)NativeMemory.Realloc(Base, (nuint)newBytes);
            if (moved == null) return -1;
            NativeMemory.Clear(moved + ByteLength, (nuint)(newBytes - ByteLength));
            Base = moved;
        }
        ByteLength = newBytes;
        return (long)old;
    }

    /// <summary>Most reservations alive at once in the process. Each takes kernel mappings (vm.max_map_count is
    /// about 65530) and up to 4 GiB of the 128 TiB address space; running out of either kills the .NET runtime
    /// itself, so Weld stops well before and uses plain (moving) blocks beyond this.</summary>
    public const int MaxLiveReservations = 8192;

    private static int s_liveReservations;

    /// <summary>Reserves address space, or returns null when too many reservations are alive even after collecting
    /// unreachable memories once.</summary>
    private static byte* Reserve(ulong bytes)
    {
        for (int attempt = 0; attempt < 2; attempt++)
        {
            if (Interlocked.Increment(ref s_liveReservations) <= MaxLiveReservations)
            {
                var p = (byte*)Posix.mmap(null, (nuint)bytes, Posix.PROT_NONE, Posix.MAP_PRIVATE | Posix.MAP_ANONYMOUS | Posix.MAP_NORESERVE, -1, 0);
                if (p != (byte*)-1) return p;
            }
            Interlocked.Decrement(ref s_liveReservations);
            if (attempt == 0)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
        }
        return null;
    }

    private bool Commit(ulong offset, ulong length)
    {
        if (length == 0) return true;
        return Posix.mprotect(Base + offset, (nuint)length, Posix.PROT_READ | Posix.PROT_WRITE) == 0;
    }

    private void Release()
    {
        if (Base == null) return;
        if (_reserved)
        {
            Posix.munmap(Base, (nuint)_reservedBytes);
            Interlocked.Decrement(ref s_liveReservations);
        }
        else NativeMemory.Free(Base);
        Base = null;
        ByteLength = 0;
    }

    public void Dispose()
    {
        Release();
        GC.SuppressFinalize(this);
    }

    ~MemoryInstance() => Release();

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
