using Weld.Wasi.Abi;
using Weld.Wasi.Native;
using static Weld.Wasi.Native.LinuxConstants;

namespace Weld.Wasi.Descriptors;

/// <summary>An open host directory: a capability for path operations beneath it, and a listable directory.</summary>
internal sealed class DirectoryDescriptor(int fd, Rights baseRights, Rights inheriting, byte[]? preopenName = null)
    : HostDescriptor(fd, baseRights, inheriting)
{
    private List<DirEntry>? _entries;

    /// <summary>The guest path of a preopened directory (for fd_prestat_*), or null.</summary>
    public byte[]? PreopenName { get; } = preopenName;

    public override FileType Type => FileType.Directory;

    public override int Read(Span<byte> buffer) => throw new WasiError(Errno.IsDir);
    public override int Write(ReadOnlySpan<byte> data) => throw new WasiError(Errno.IsDir);

    /// <summary>The entries, "." and ".." first; listed again when the guest starts over at cookie 0, so cookies
    /// stay stable while it pages through one listing.</summary>
    public IReadOnlyList<DirEntry> Entries(ulong cookie)
    {
        lock (_lock)
        {
            if (cookie == 0 || _entries is null) _entries = List();
            return _entries;
        }
    }

    private readonly Lock _lock = new();

    private List<DirEntry> List()
    {
        // A fresh descriptor for "." of this directory: fdopendir takes it over and closedir closes it.
        int dfd = (int)ErrnoMap.Check(Libc.OpenAt(Fd, Libc.CString("."u8), O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0));
        nint dir = Libc.FdOpenDir(dfd);
        if (dir == 0)
        {
            var e = ErrnoMap.Last();
            Libc.Close(dfd);
            throw e;
        }
        var dots = new DirEntry[2];
        var rest = new List<DirEntry>();
        try
        {
            while (true)
            {
                nint ent = Libc.ReadDir(dir);
                if (ent == 0) break;
                var e = ReadEntry(ent);
                if (e.Name is [(byte)'.']) dots[0] = e;
                else if (e.Name is [(byte)'.', (byte)'.']) dots[1] = e;
                else rest.Add(e);
            }
        }
        finally
        {
            Libc.CloseDir(dir);
        }
        dots[0] ??= new DirEntry("."u8.ToArray(), Stat().Ino, FileType.Directory);
        dots[1] ??= new DirEntry(".."u8.ToArray(), 0, FileType.Directory);
        return [dots[0], dots[1], .. rest];
    }

    private DirEntry ReadEntry(nint ent)
    {
        // struct dirent (64-bit glibc, every architecture): d_ino u64 @0, d_off @8, d_reclen u16 @16, d_type u8 @18,
        // d_name NUL-terminated @19. unsafe: readdir returned a pointer to a valid entry, read before the next call.
        unsafe
        {
            byte* p = (byte*)ent;
            ulong ino = *(ulong*)p;
            byte dtype = p[18];
            ushort reclen = *(ushort*)(p + 16);
            var raw = new ReadOnlySpan<byte>(p + 19, Math.Max(0, reclen - 19));
            int nul = raw.IndexOf((byte)0);
            var name = (nul >= 0 ? raw[..nul] : raw).ToArray();
            var type = dtype switch
            {
                2 => FileType.CharacterDevice,
                4 => FileType.Directory,
                6 => FileType.BlockDevice,
                8 => FileType.RegularFile,
                10 => FileType.SymbolicLink,
                12 => FileType.SocketStream,
                0 => TypeByStat(name),
                _ => FileType.Unknown,
            };
            return new DirEntry(name, ino, type);
        }
    }

    private FileType TypeByStat(byte[] name)
    {
        try { return Native.Stat.At(Fd, Libc.CString(name)).Type; }
        catch (WasiError) { return FileType.Unknown; }
    }
}

/// <summary>One directory entry as fd_readdir reports it.</summary>
internal sealed record DirEntry(byte[] Name, ulong Ino, FileType Type);
