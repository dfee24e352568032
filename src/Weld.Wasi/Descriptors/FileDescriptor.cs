using Weld.Wasi.Abi;
using Weld.Wasi.Native;
using static Weld.Wasi.Native.LinuxConstants;

namespace Weld.Wasi.Descriptors;

/// <summary>An open non-directory host file (regular file, device, ...): reads and writes go straight to libc.</summary>
internal sealed class FileDescriptor(int fd, FileType type, Rights baseRights, Rights inheriting)
    : HostDescriptor(fd, baseRights, inheriting)
{
    public override FileType Type => type;

    public override FdFlags Flags
    {
        get
        {
            int fl = (int)ErrnoMap.Check(Libc.Fcntl(Fd, F_GETFL, 0));
            var f = FdFlags.None;
            if ((fl & O_APPEND) != 0) f |= FdFlags.Append;
            if ((fl & O_NONBLOCK) != 0) f |= FdFlags.NonBlock;
            if ((fl & O_SYNC) == O_SYNC) f |= FdFlags.Sync | FdFlags.Rsync;
            else if ((fl & O_DSYNC) != 0) f |= FdFlags.Dsync;
            return f;
        }
    }

    public override int Read(Span<byte> buffer) => (int)ErrnoMap.Check(Libc.Read(Fd, buffer, (nuint)buffer.Length));
    public override int Write(ReadOnlySpan<byte> data) => (int)ErrnoMap.Check(Libc.Write(Fd, data, (nuint)data.Length));

    public override int PRead(Span<byte> buffer, long offset) =>
        (int)ErrnoMap.Check(Libc.PRead(Fd, buffer, (nuint)buffer.Length, offset));

    public override int PWrite(ReadOnlySpan<byte> data, long offset) =>
        (int)ErrnoMap.Check(Libc.PWrite(Fd, data, (nuint)data.Length, offset));

    public override long Seek(long offset, Whence whence) => ErrnoMap.Check(Libc.LSeek(Fd, offset, whence switch
    {
        Whence.Set => SEEK_SET,
        Whence.Cur => SEEK_CUR,
        Whence.End => SEEK_END,
        _ => throw new WasiError(Errno.Inval),
    }));

    public override void SetSize(long size) => ErrnoMap.Check(Libc.FTruncate(Fd, size));

    public override void Allocate(long offset, long len)
    {
        int err = Libc.PosixFallocate(Fd, offset, len);
        if (err != 0) throw new WasiError(ErrnoMap.FromLinux(err));
    }

    public override void Advise(long offset, long len, byte advice)
    {
        // Preview 1 advice values equal POSIX_FADV_* 0..5 on Linux.
        if (advice > 5) throw new WasiError(Errno.Inval);
        int err = Libc.PosixFadvise(Fd, offset, len, advice);
        if (err != 0) throw new WasiError(ErrnoMap.FromLinux(err));
    }

    public override void SetFlags(FdFlags flags)
    {
        // Linux's F_SETFL changes only O_APPEND and O_NONBLOCK; the sync flags are fixed at open (ENOTSUP, as wasmtime).
        if ((flags & (FdFlags.Dsync | FdFlags.Rsync | FdFlags.Sync)) != 0) throw new WasiError(Errno.NotSup);
        int fl = (int)ErrnoMap.Check(Libc.Fcntl(Fd, F_GETFL, 0));
        fl &= ~(O_APPEND | O_NONBLOCK);
        if (flags.HasFlag(FdFlags.Append)) fl |= O_APPEND;
        if (flags.HasFlag(FdFlags.NonBlock)) fl |= O_NONBLOCK;
        ErrnoMap.Check(Libc.Fcntl(Fd, F_SETFL, fl));
    }

    public override ulong ReadableBytes
    {
        get
        {
            if (type != FileType.RegularFile) return 0;
            long pos = Libc.LSeek(Fd, 0, SEEK_CUR);
            return pos < 0 ? 0 : (ulong)Math.Max(0, (long)Stat().Size - pos);
        }
    }
}
