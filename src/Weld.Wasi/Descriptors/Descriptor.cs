using Weld.Wasi.Abi;

namespace Weld.Wasi.Descriptors;

/// <summary>
/// An open WASI file descriptor: its type, rights and flags, and the operations it supports. An operation a kind of
/// descriptor cannot do fails with the errno POSIX gives for it (e.g. ESPIPE for seeking a stream, EISDIR for
/// reading a directory); rights are checked before the call by <see cref="FdTable.Get"/>.
/// </summary>
internal abstract class Descriptor : IDisposable
{
    protected Descriptor(Rights baseRights, Rights inheriting)
    {
        Base = baseRights;
        Inheriting = inheriting;
    }

    public abstract FileType Type { get; }
    public Rights Base { get; set; }
    public Rights Inheriting { get; set; }
    public virtual FdFlags Flags => FdFlags.None;

    public virtual int Read(Span<byte> buffer) => throw new WasiError(Errno.Badf);
    public virtual int Write(ReadOnlySpan<byte> data) => throw new WasiError(Errno.Badf);
    public virtual int PRead(Span<byte> buffer, long offset) => throw new WasiError(Errno.Spipe);
    public virtual int PWrite(ReadOnlySpan<byte> data, long offset) => throw new WasiError(Errno.Spipe);
    public virtual long Seek(long offset, Whence whence) => throw new WasiError(Errno.Spipe);
    public abstract FileStat Stat();
    public virtual void SetSize(long size) => throw new WasiError(Errno.Inval);
    public virtual void SetTimes(ulong atim, ulong mtim, FstFlags flags) => throw new WasiError(Errno.NotSup);
    public virtual void Sync() { }
    public virtual void DataSync() { }
    public virtual void Allocate(long offset, long len) => throw new WasiError(Errno.NotSup);
    public virtual void Advise(long offset, long len, byte advice) { }
    public virtual void SetFlags(FdFlags flags) => throw new WasiError(Errno.NotSup);

    /// <summary>Bytes a read could return now without blocking (for poll_oneoff), or 0 when unknown.</summary>
    public virtual ulong ReadableBytes => 0;

    public virtual void Dispose() { }

    // The table holds one reference; each WASI call using the descriptor holds another until it returns, so a
    // close in one thread never frees a host file that another thread's call is still using (nor lets its number
    // be reused under it).
    private int _holds = 1;

    /// <summary>One more user; false once the descriptor was freed.</summary>
    public bool TryHold()
    {
        for (int n = Volatile.Read(ref _holds); n > 0; n = Volatile.Read(ref _holds))
            if (Interlocked.CompareExchange(ref _holds, n + 1, n) == n) return true;
        return false;
    }

    /// <summary>Drops one user; the last one frees the host resources.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _holds) == 0) Dispose();
    }
}
