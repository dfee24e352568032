using System.Runtime.InteropServices;

namespace Weld.Runtime;

/// <summary>The few virtual-memory calls linear memory needs on Unix (Linux and macOS constants).</summary>
internal static unsafe class Posix
{
    public const int PROT_NONE = 0, PROT_READ = 1, PROT_WRITE = 2, MADV_DONTNEED = 4;
    public const int MAP_PRIVATE = 0x02;
    public static readonly int MAP_ANONYMOUS = OperatingSystem.IsMacOS() ? 0x1000 : 0x20;
    public static readonly int MAP_NORESERVE = OperatingSystem.IsMacOS() ? 0x40 : 0x4000;

    [DllImport("libc", SetLastError = true)]
    public static extern void* mmap(void* addr, nuint length, int prot, int flags, int fd, nint offset);

    [DllImport("libc", SetLastError = true)]
    public static extern int mprotect(void* addr, nuint length, int prot);

    [DllImport("libc", SetLastError = true)]
    public static extern int munmap(void* addr, nuint length);

    [DllImport("libc", SetLastError = true)]
    public static extern int madvise(void* addr, nuint length, int advice);

    /// <summary>Readable, writable anonymous memory of <paramref name="bytes"/> (zero pages until written), or null.</summary>
    public static byte* Map(ulong bytes)
    {
        var p = (byte*)mmap(null, (nuint)bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        return p == (byte*)-1 ? null : p;
    }

    /// <summary>Address space of <paramref name="bytes"/> that cannot be accessed until committed, or null.</summary>
    public static byte* Reserve(ulong bytes)
    {
        var p = (byte*)mmap(null, (nuint)bytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        return p == (byte*)-1 ? null : p;
    }
}
