using System.Runtime.InteropServices;

namespace Weld.Wasi.Native;

/// <summary>
/// The Linux libc calls the sandbox is built on: the <c>*at</c> family, so that every path operation names one
/// component relative to a directory descriptor and never lets the kernel walk a path on the guest's behalf.
/// Names are passed as NUL-terminated byte arrays (guest bytes, unchanged).
/// </summary>
internal static partial class Libc
{
    private const string Lib = "libc";

    [LibraryImport(Lib, EntryPoint = "openat", SetLastError = true)]
    public static partial int OpenAt(int dirfd, byte[] path, int flags, uint mode);
    [LibraryImport(Lib, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);
    [LibraryImport(Lib, EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, Span<byte> buf, nuint count);
    [LibraryImport(Lib, EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(int fd, ReadOnlySpan<byte> buf, nuint count);
    [LibraryImport(Lib, EntryPoint = "pread", SetLastError = true)]
    public static partial nint PRead(int fd, Span<byte> buf, nuint count, long offset);
    [LibraryImport(Lib, EntryPoint = "pwrite", SetLastError = true)]
    public static partial nint PWrite(int fd, ReadOnlySpan<byte> buf, nuint count, long offset);
    [LibraryImport(Lib, EntryPoint = "lseek", SetLastError = true)]
    public static partial long LSeek(int fd, long offset, int whence);
    [LibraryImport(Lib, EntryPoint = "fsync", SetLastError = true)]
    public static partial int FSync(int fd);
    [LibraryImport(Lib, EntryPoint = "fdatasync", SetLastError = true)]
    public static partial int FDataSync(int fd);
    [LibraryImport(Lib, EntryPoint = "ftruncate", SetLastError = true)]
    public static partial int FTruncate(int fd, long length);
    /// <summary>Returns the error number itself (not -1 and errno).</summary>
    [LibraryImport(Lib, EntryPoint = "posix_fallocate")]
    public static partial int PosixFallocate(int fd, long offset, long len);
    /// <summary>Returns the error number itself (not -1 and errno).</summary>
    [LibraryImport(Lib, EntryPoint = "posix_fadvise")]
    public static partial int PosixFadvise(int fd, long offset, long len, int advice);
    [LibraryImport(Lib, EntryPoint = "fcntl", SetLastError = true)]
    public static partial int Fcntl(int fd, int cmd, int arg);
    [LibraryImport(Lib, EntryPoint = "statx", SetLastError = true)]
    public static partial int Statx(int dirfd, byte[] path, int flags, uint mask, Span<byte> statxbuf);
    [LibraryImport(Lib, EntryPoint = "utimensat", SetLastError = true)]
    public static partial int UtimensAt(int dirfd, byte[] path, ReadOnlySpan<long> times, int flags);
    [LibraryImport(Lib, EntryPoint = "futimens", SetLastError = true)]
    public static partial int FUtimens(int fd, ReadOnlySpan<long> times);
    [LibraryImport(Lib, EntryPoint = "mkdirat", SetLastError = true)]
    public static partial int MkdirAt(int dirfd, byte[] path, uint mode);
    [LibraryImport(Lib, EntryPoint = "unlinkat", SetLastError = true)]
    public static partial int UnlinkAt(int dirfd, byte[] path, int flags);
    [LibraryImport(Lib, EntryPoint = "renameat", SetLastError = true)]
    public static partial int RenameAt(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath);
    [LibraryImport(Lib, EntryPoint = "linkat", SetLastError = true)]
    public static partial int LinkAt(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath, int flags);
    [LibraryImport(Lib, EntryPoint = "symlinkat", SetLastError = true)]
    public static partial int SymlinkAt(byte[] target, int newdirfd, byte[] linkpath);
    [LibraryImport(Lib, EntryPoint = "readlinkat", SetLastError = true)]
    public static partial nint ReadlinkAt(int dirfd, byte[] path, Span<byte> buf, nuint bufsiz);
    [LibraryImport(Lib, EntryPoint = "fdopendir", SetLastError = true)]
    public static partial nint FdOpenDir(int fd);
    [LibraryImport(Lib, EntryPoint = "readdir", SetLastError = true)]
    public static partial nint ReadDir(nint dir);
    [LibraryImport(Lib, EntryPoint = "closedir", SetLastError = true)]
    public static partial int CloseDir(nint dir);
    [LibraryImport(Lib, EntryPoint = "clock_gettime", SetLastError = true)]
    public static partial int ClockGetTime(int clock, Span<long> timespec);
    [LibraryImport(Lib, EntryPoint = "clock_getres", SetLastError = true)]
    public static partial int ClockGetRes(int clock, Span<long> timespec);

    public static int LastError => Marshal.GetLastPInvokeError();

    /// <summary>A NUL-terminated copy of a name for the calls above.</summary>
    public static byte[] CString(ReadOnlySpan<byte> name)
    {
        var b = new byte[name.Length + 1];
        name.CopyTo(b);
        return b;
    }
}
