using Weld.Wasi.Abi;
using Weld.Wasi.Descriptors;

namespace Weld.Wasi.Functions;

// Reading, writing and seeking. Data moves directly between guest memory and the host call (no guest-sized host
// buffer); a short transfer ends the loop, as readv/writev do.
internal sealed partial class WasiSystem
{
    public void FdRead(GuestMemory m, int fd, uint iovs, uint iovsLen, uint nreadPtr)
    {
        var d = Fds.Get(fd, Rights.FdRead);
        Transfer(m, iovs, iovsLen, nreadPtr, (buf, _) => d.Read(buf));
    }

    public void FdPread(GuestMemory m, int fd, uint iovs, uint iovsLen, long offset, uint nreadPtr)
    {
        var d = Fds.Get(fd, Rights.FdRead | Rights.FdSeek);
        if (offset < 0) throw new WasiError(Errno.Inval);
        Transfer(m, iovs, iovsLen, nreadPtr, (buf, done) => d.PRead(buf, offset + (long)done));
    }

    public void FdWrite(GuestMemory m, int fd, uint iovs, uint iovsLen, uint nwrittenPtr)
    {
        var d = Fds.Get(fd, Rights.FdWrite);
        Transfer(m, iovs, iovsLen, nwrittenPtr, (buf, _) => d.Write(buf));
    }

    public void FdPwrite(GuestMemory m, int fd, uint iovs, uint iovsLen, long offset, uint nwrittenPtr)
    {
        var d = Fds.Get(fd, Rights.FdWrite | Rights.FdSeek);
        if (offset < 0) throw new WasiError(Errno.Inval);
        Transfer(m, iovs, iovsLen, nwrittenPtr, (buf, done) => d.PWrite(buf, offset + (long)done));
    }

    /// <summary>Seeking by 0 from the current position is a "tell" and needs only that right (as wasi-libc's ftell uses it).</summary>
    public void FdSeek(GuestMemory m, int fd, long offset, uint whence, uint resultPtr)
    {
        var needed = offset == 0 && whence == (uint)Whence.Cur ? Rights.FdTell : Rights.FdSeek;
        var d = Fds.Get(fd, needed);
        if (whence > 2) throw new WasiError(Errno.Inval);
        m.Check(resultPtr, 8);
        m.WriteU64(resultPtr, (ulong)d.Seek(offset, (Whence)whence));
    }

    public void FdTell(GuestMemory m, int fd, uint resultPtr)
    {
        var d = Fds.Get(fd, Rights.FdTell);
        m.Check(resultPtr, 8);
        m.WriteU64(resultPtr, (ulong)d.Seek(0, Whence.Cur));
    }

    private delegate int Mover(Span<byte> buffer, ulong doneSoFar);

    private static void Transfer(GuestMemory m, uint iovs, uint iovsLen, uint resultPtr, Mover move)
    {
        m.Check(resultPtr, 4);
        var list = m.ReadIovecs(iovs, iovsLen);
        ulong total = 0;
        foreach (var (ptr, len) in list)
        {
            if (len == 0) continue;
            // The result is a u32 count: stop before a transfer could overflow it.
            uint room = (uint)Math.Min(len, uint.MaxValue - total);
            if (room == 0) break;
            ulong n;
            try
            {
                // In windows: a guest buffer may exceed what one span can hold (2 GiB).
                n = m.UseWindows(ptr, room, (window, done) => move(window, done), total);
            }
            catch (WasiError) when (total > 0)
            {
                break; // report what was transferred; the error shows on the next call
            }
            total += n;
            if (n < room) break;
        }
        m.WriteU32(resultPtr, (uint)total);
    }
}
