using System.Buffers.Binary;
using Weld.Wasi.Abi;
using Weld.Wasi.Descriptors;

namespace Weld.Wasi.Functions;

// fd_readdir, fd_prestat_get, fd_prestat_dir_name.
internal sealed partial class WasiSystem
{
    /// <summary>
    /// Writes entries from <paramref name="cookie"/> on: each a 24-byte dirent (d_next = the cookie of the entry after
    /// it) followed by its name without NUL. The last entry that does not fit is written truncated, filling the
    /// buffer exactly, as the spec says; so bufused &lt; buf_len means the end of the directory was reached.
    /// </summary>
    public void FdReaddir(GuestMemory m, int fd, uint buf, uint bufLen, long cookie, uint bufusedPtr)
    {
        // The type first: wasi-libc's fdopendir probes with fd_readdir and expects ENOTDIR for a file.
        var dir = Fds.GetDirectory(fd, Rights.FdReaddir);
        m.Check(buf, bufLen);
        m.Check(bufusedPtr, 4);
        var entries = dir.Entries((ulong)cookie);
        uint used = 0;
        Span<byte> header = stackalloc byte[Layout.DirentSize];
        for (ulong i = (ulong)cookie; i < (ulong)entries.Count && used < bufLen; i++)
        {
            var e = entries[(int)i];
            header.Clear();
            BinaryPrimitives.WriteUInt64LittleEndian(header, i + 1);
            BinaryPrimitives.WriteUInt64LittleEndian(header[8..], e.Ino);
            BinaryPrimitives.WriteUInt32LittleEndian(header[16..], (uint)e.Name.Length);
            header[20] = (byte)e.Type;
            used += CopyPart(m, header, buf + used, bufLen - used);
            used += CopyPart(m, e.Name, buf + used, bufLen - used);
        }
        m.WriteU32(bufusedPtr, used);
    }

    private static uint CopyPart(GuestMemory m, ReadOnlySpan<byte> source, uint at, uint room)
    {
        int n = (int)Math.Min((uint)source.Length, room);
        m.Write(at, source[..n]);
        return (uint)n;
    }

    /// <summary>Only preopened directories have a prestat; any other descriptor is EBADF (wasi-libc stops scanning there).</summary>
    public void FdPrestatGet(GuestMemory m, int fd, uint ptr)
    {
        var name = PreopenName(fd);
        m.Clear(ptr, Layout.PrestatSize);
        m.WriteU8(ptr, 0); // preopentype dir
        m.WriteU32(ptr + 4, (uint)name.Length);
    }

    /// <summary>Writes the preopen's guest name (no NUL); a buffer shorter than the name is ENAMETOOLONG, as wasmtime.</summary>
    public void FdPrestatDirName(GuestMemory m, int fd, uint path, uint pathLen)
    {
        var name = PreopenName(fd);
        if (pathLen < name.Length) throw new WasiError(Errno.NameTooLong);
        m.Write(path, name);
    }

    private byte[] PreopenName(int fd) =>
        (Fds.Get(fd) as DirectoryDescriptor)?.PreopenName ?? throw new WasiError(Errno.Badf);
}
