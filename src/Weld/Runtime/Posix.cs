using System.Runtime.InteropServices;

namespace Weld.Runtime;

/// <summary>The few virtual-memory calls linear memory needs on Unix (Linux and macOS constants).</summary>
internal static unsafe class Posix
{
    public const int ProtNone = 0, ProtRead = 1, ProtWrite = 2, MadvDontNeed = 4;
    public const int MapPrivate = 0x02;
    public static readonly int MapAnonymous = OperatingSystem.IsMacOS() ? 0x1000 : 0x20;
    public static readonly int MapNoReserve = OperatingSystem.IsMacOS() ? 0x40 : 0x4000;

    [DllImport("libc", EntryPoint = "mmap", SetLastError = true)]
    public static extern void* Mmap(void* addr, nuint length, int prot, int flags, int fd, nint offset);

    [DllImport("libc", EntryPoint = "mprotect", SetLastError = true)]
    public static extern int Mprotect(void* addr, nuint length, int prot);

    [DllImport("libc", EntryPoint = "munmap", SetLastError = true)]
    public static extern int Munmap(void* addr, nuint length);

    [DllImport("libc", EntryPoint = "madvise", SetLastError = true)]
    public static extern int Madvise(void* addr, nuint length, int advice);

    /// <summary>Readable, writable anonymous memory of <paramref name="bytes"/> (zero pages until written), or null.</summary>
    public static byte* Map(ulong bytes)
    {
        var p = (byte*)Mmap(null, (nuint)bytes, ProtRead | ProtWrite, MapPrivate | MapAnonymous | MapNoReserve, -1, 0);
        return p == (byte*)-1 ? null : p;
    }

    /// <summary>Address space of <paramref name="bytes"/> that cannot be accessed until committed, or null.</summary>
    public static byte* Reserve(ulong bytes)
    {
        var p = (byte*)Mmap(null, (nuint)bytes, ProtNone, MapPrivate | MapAnonymous | MapNoReserve, -1, 0);
        return p == (byte*)-1 ? null : p;
    }
}
