using Weld.Wasi.Abi;
using Weld.Wasi.Descriptors;
using Weld.Wasi.Native;
using Weld.Wasi.Sandbox;
using static Weld.Wasi.Native.LinuxConstants;

namespace Weld.Wasi.Functions;

// path_open.
internal sealed partial class WasiSystem
{
    /// <summary>
    /// Opens a file or directory beneath <paramref name="dirFd"/>. The new descriptor's rights are the requested ones
    /// intersected with the directory's inheriting rights (a descriptor never gains a right its parent could not
    /// pass on). Creating needs path_create_file and truncating path_filestat_set_size on the directory. The kernel
    /// open writes only when fd_write survived the intersection.
    /// </summary>
    public void PathOpen(GuestMemory m, int dirFd, uint lookupFlags, uint path, uint pathLen, uint oflags,
        long rightsBase, long rightsInheriting, uint fdflags, uint openedFdPtr)
    {
        if (oflags > 0xf || fdflags > 0x1f) throw new WasiError(Errno.Inval);
        var o = (OFlags)oflags;
        var f = (FdFlags)fdflags;
        var needed = Rights.PathOpen;
        if (o.HasFlag(OFlags.Creat)) needed |= Rights.PathCreateFile;
        if (o.HasFlag(OFlags.Trunc)) needed |= Rights.PathFilestatSetSize;
        var dir = Fds.GetDirectory(dirFd, needed);
        var baseRights = (Rights)rightsBase & dir.Inheriting;
        var inheriting = (Rights)rightsInheriting & dir.Inheriting;
        // Sync flags need the matching sync rights, as the witx says.
        if (f.HasFlag(FdFlags.Dsync) && !baseRights.HasFlag(Rights.FdDatasync)) throw new WasiError(Errno.NotCapable);
        if ((f & (FdFlags.Rsync | FdFlags.Sync)) != 0 && !baseRights.HasFlag(Rights.FdSync)) throw new WasiError(Errno.NotCapable);
        // A directory is always opened read-only (callers often ask for every right); a write to it is EISDIR anyway.
        bool write = !o.HasFlag(OFlags.Directory) && baseRights.HasFlag(Rights.FdWrite);
        bool read = (baseRights & (Rights.FdRead | Rights.FdReaddir)) != 0 || !write;

        int flags = (read && write ? O_RDWR : write ? O_WRONLY : O_RDONLY) | O_NOFOLLOW | O_CLOEXEC;
        if (o.HasFlag(OFlags.Creat)) flags |= O_CREAT;
        if (o.HasFlag(OFlags.Excl)) flags |= O_EXCL;
        if (o.HasFlag(OFlags.Trunc)) flags |= O_TRUNC;
        if (o.HasFlag(OFlags.Directory)) flags |= O_DIRECTORY;
        if (f.HasFlag(FdFlags.Append)) flags |= O_APPEND;
        if (f.HasFlag(FdFlags.NonBlock)) flags |= O_NONBLOCK;
        if (f.HasFlag(FdFlags.Dsync)) flags |= O_DSYNC;
        if (f.HasFlag(FdFlags.Sync)) flags |= O_SYNC;
        if (f.HasFlag(FdFlags.Rsync)) flags |= O_RSYNC;

        m.Check(openedFdPtr, 4);
        var guestPath = m.ReadPath(path, pathLen);
        bool follow = (lookupFlags & LookupFlags.SymlinkFollow) != 0;
        int fd = OpenResolved(dir.Fd, guestPath, follow, flags);
        Descriptor opened;
        try
        {
            var type = Stat.OfFd(fd).Type;
            opened = type == FileType.Directory
                ? new DirectoryDescriptor(fd, baseRights & Rights.Directory, inheriting)
                : new FileDescriptor(fd, type, baseRights & Rights.File, inheriting);
        }
        catch
        {
            Libc.Close(fd);
            throw;
        }
        m.WriteU32(openedFdPtr, (uint)Fds.Insert(opened));
    }

    /// <summary>Resolves and opens with O_NOFOLLOW. When following and a symlink appears at the final name between
    /// resolution and open (ELOOP), resolves again, up to the symlink hop limit.</summary>
    private static int OpenResolved(int rootFd, byte[] guestPath, bool follow, int flags)
    {
        for (int attempt = 0; ; attempt++)
        {
            using var p = PathResolver.Resolve(rootFd, guestPath, follow);
            int extra = p.MustBeDir ? O_DIRECTORY : 0;
            int fd = Libc.OpenAt(p.DirFd, p.Name, flags | extra, 0x1b6);
            if (fd >= 0) return fd;
            int err = Libc.LastError;
            if (err == ELOOP && follow && attempt < PathResolver.MaxSymlinkHops) continue;
            throw new WasiError(ErrnoMap.FromLinux(err));
        }
    }
}
