using Weld.Wasi.Abi;
using Weld.Wasi.Native;
using static Weld.Wasi.Native.LinuxConstants;

namespace Weld.Wasi.Descriptors;

/// <summary>A descriptor backed by a Linux file descriptor that this object owns (a file or a directory).</summary>
internal abstract class HostDescriptor(int fd, Rights baseRights, Rights inheriting) : Descriptor(baseRights, inheriting)
{
    private bool _closed;

    public int Fd { get; } = fd;

    public override FileStat Stat() => Native.Stat.OfFd(Fd);
    public override void Sync() => ErrnoMap.Check(Libc.FSync(Fd));
    public override void DataSync() => ErrnoMap.Check(Libc.FDataSync(Fd));

    public override void SetTimes(ulong atim, ulong mtim, FstFlags flags) =>
        ErrnoMap.Check(Libc.FUtimens(Fd, Times(atim, mtim, flags)));

    /// <summary>The <c>timespec[2]</c> for futimens/utimensat from preview 1 times and flags (EINVAL when a time is both given and "now").</summary>
    public static long[] Times(ulong atim, ulong mtim, FstFlags flags)
    {
        if ((flags & ~(FstFlags.Atim | FstFlags.AtimNow | FstFlags.Mtim | FstFlags.MtimNow)) != 0) throw new WasiError(Errno.Inval);
        if (flags.HasFlag(FstFlags.Atim | FstFlags.AtimNow) || flags.HasFlag(FstFlags.Mtim | FstFlags.MtimNow))
            throw new WasiError(Errno.Inval);
        var t = new long[4];
        Set(t, 0, atim, flags.HasFlag(FstFlags.Atim), flags.HasFlag(FstFlags.AtimNow));
        Set(t, 2, mtim, flags.HasFlag(FstFlags.Mtim), flags.HasFlag(FstFlags.MtimNow));
        return t;

        static void Set(long[] t, int at, ulong ns, bool given, bool now)
        {
            if (now) (t[at], t[at + 1]) = (0, UTIME_NOW);
            else if (given) (t[at], t[at + 1]) = ((long)(ns / 1_000_000_000), (long)(ns % 1_000_000_000));
            else (t[at], t[at + 1]) = (0, UTIME_OMIT);
        }
    }

    public override void Dispose()
    {
        if (_closed) return;
        _closed = true;
        Libc.Close(Fd);
    }
}
