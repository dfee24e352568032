using Weld.Wasi.Abi;

namespace Weld.Wasi.Functions;

// Descriptor-level functions: close, renumber, fdstat, filestat, sync, advise, allocate.
internal sealed partial class WasiSystem
{
    public void FdClose(int fd) => Fds.Close(fd);

    public void FdRenumber(int from, int to) => Fds.Renumber(from, to);

    public void FdAdvise(int fd, long offset, long len, uint advice)
    {
        var d = Fds.Get(fd, Rights.FdAdvise);
        if (advice > 5 || offset < 0 || len < 0) throw new WasiError(Errno.Inval);
        d.Advise(offset, len, (byte)advice);
    }

    public void FdAllocate(int fd, long offset, long len)
    {
        var d = Fds.Get(fd, Rights.FdAllocate);
        if (offset < 0 || len <= 0) throw new WasiError(Errno.Inval);
        d.Allocate(offset, len);
    }

    public void FdDatasync(int fd) => Fds.Get(fd, Rights.FdDatasync).DataSync();
    public void FdSync(int fd) => Fds.Get(fd, Rights.FdSync).Sync();

    public void FdFdstatGet(GuestMemory m, int fd, uint ptr)
    {
        var d = Fds.Get(fd);
        m.Check(ptr, Layout.FdstatSize);
        var flags = d.Flags;
        m.Clear(ptr, Layout.FdstatSize);
        m.WriteU8(ptr, (byte)d.Type);
        m.WriteU16(ptr + 2, (ushort)flags);
        m.WriteU64(ptr + 8, (ulong)d.Base);
        m.WriteU64(ptr + 16, (ulong)d.Inheriting);
    }

    public void FdFdstatSetFlags(int fd, uint flags)
    {
        var d = Fds.Get(fd, Rights.FdFdstatSetFlags);
        if (flags > 0x1f) throw new WasiError(Errno.Inval);
        d.SetFlags((FdFlags)flags);
    }

    /// <summary>Rights can only be dropped, never gained (ENOTCAPABLE).</summary>
    public void FdFdstatSetRights(int fd, long baseRights, long inheriting)
    {
        var d = Fds.Get(fd);
        var b = (Rights)baseRights;
        var i = (Rights)inheriting;
        if ((b & ~d.Base) != 0 || (i & ~d.Inheriting) != 0) throw new WasiError(Errno.NotCapable);
        d.Base = b;
        d.Inheriting = i;
    }

    public void FdFilestatGet(GuestMemory m, int fd, uint ptr)
    {
        var d = Fds.Get(fd, Rights.FdFilestatGet);
        m.Check(ptr, Layout.FilestatSize);
        m.WriteFileStat(ptr, d.Stat());
    }

    public void FdFilestatSetSize(int fd, long size)
    {
        var d = Fds.Get(fd, Rights.FdFilestatSetSize);
        if (size < 0) throw new WasiError(Errno.Inval);
        d.SetSize(size);
    }

    public void FdFilestatSetTimes(int fd, long atim, long mtim, uint flags)
    {
        var d = Fds.Get(fd, Rights.FdFilestatSetTimes);
        d.SetTimes((ulong)atim, (ulong)mtim, (FstFlags)flags);
    }
}
