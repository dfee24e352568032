using System.Buffers.Binary;
using Weld.Wasi.Abi;
using static Weld.Wasi.Native.LinuxConstants;

namespace Weld.Wasi.Native;

/// <summary>
/// File status through <c>statx</c>, whose struct layout (unlike <c>struct stat</c>) is the same on every Linux
/// architecture: mode u16 @28, nlink u32 @16, ino u64 @32, size u64 @40, timestamps {i64 sec, u32 nsec} at
/// atime @64, ctime @96, mtime @112, dev major/minor u32 @136/@140; 256 bytes in all.
/// </summary>
internal static class Stat
{
    private static readonly byte[] Empty = [0];

    /// <summary>Status of an open descriptor.</summary>
    public static FileStat OfFd(int fd) => Get(fd, Empty, AT_EMPTY_PATH);

    /// <summary>Status of <paramref name="name"/> (one component) in <paramref name="dirfd"/>, never following a symlink.</summary>
    public static FileStat At(int dirfd, byte[] name) => Get(dirfd, name, AT_SYMLINK_NOFOLLOW);

    private static FileStat Get(int dirfd, byte[] path, int flags)
    {
        Span<byte> b = stackalloc byte[256];
        ErrnoMap.Check(Libc.Statx(dirfd, path, flags, STATX_BASIC_STATS, b));
        ushort mode = BinaryPrimitives.ReadUInt16LittleEndian(b[28..]);
        ulong dev = ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(b[136..]) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(b[140..]);
        return new FileStat(dev, BinaryPrimitives.ReadUInt64LittleEndian(b[32..]), TypeOf(mode),
            BinaryPrimitives.ReadUInt32LittleEndian(b[16..]), BinaryPrimitives.ReadUInt64LittleEndian(b[40..]),
            Time(b[64..]), Time(b[112..]), Time(b[96..]));
    }

    private static ulong Time(ReadOnlySpan<byte> ts) =>
        (ulong)(BinaryPrimitives.ReadInt64LittleEndian(ts) * 1_000_000_000L + BinaryPrimitives.ReadUInt32LittleEndian(ts[8..]));

    public static FileType TypeOf(int mode) => (mode & S_IFMT) switch
    {
        S_IFREG => FileType.RegularFile,
        S_IFDIR => FileType.Directory,
        S_IFLNK => FileType.SymbolicLink,
        S_IFCHR => FileType.CharacterDevice,
        S_IFBLK => FileType.BlockDevice,
        S_IFSOCK => FileType.SocketStream,
        _ => FileType.Unknown, // FIFOs have no preview 1 type
    };
}
