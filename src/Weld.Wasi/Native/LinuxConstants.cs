using System.Runtime.InteropServices;

namespace Weld.Wasi.Native;

/// <summary>Linux flag values. Most are the same on every architecture; O_DIRECTORY and O_NOFOLLOW differ on arm.</summary>
internal static class LinuxConstants
{
    private static readonly bool ArmLayout = RuntimeInformation.ProcessArchitecture is Architecture.Arm or Architecture.Arm64;

    public const int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2;
    public const int O_CREAT = 0x40, O_EXCL = 0x80, O_TRUNC = 0x200, O_APPEND = 0x400, O_NONBLOCK = 0x800;
    public const int O_DSYNC = 0x1000, O_SYNC = 0x101000, O_RSYNC = O_SYNC, O_CLOEXEC = 0x80000, O_PATH = 0x200000;
    public static readonly int O_DIRECTORY = ArmLayout ? 0x4000 : 0x10000;
    public static readonly int O_NOFOLLOW = ArmLayout ? 0x8000 : 0x20000;

    public const int AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100, AT_REMOVEDIR = 0x200, AT_EMPTY_PATH = 0x1000;
    public const int F_GETFL = 3, F_SETFL = 4;
    public const int SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2;
    public const uint STATX_BASIC_STATS = 0x7ff;
    public const long UTIME_NOW = (1L << 30) - 1, UTIME_OMIT = (1L << 30) - 2;
    public const int CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2, CLOCK_THREAD_CPUTIME_ID = 3;

    // errno values the implementation tests for (asm-generic, the same on every Linux architecture).
    public const int EINTR = 4, EINVAL = 22, ENOTDIR = 20, ELOOP = 40, ENOENT = 2, ENOSPC = 28;

    // S_IFMT file types in st_mode / stx_mode.
    public const int S_IFMT = 0xF000, S_IFSOCK = 0xC000, S_IFLNK = 0xA000, S_IFREG = 0x8000, S_IFBLK = 0x6000;
    public const int S_IFDIR = 0x4000, S_IFCHR = 0x2000, S_IFIFO = 0x1000;
}
