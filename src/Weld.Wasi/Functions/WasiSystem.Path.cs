using Weld.Wasi.Abi;
using Weld.Wasi.Native;
using Weld.Wasi.Sandbox;
using static Weld.Wasi.Native.LinuxConstants;

namespace Weld.Wasi.Functions;

// path_* functions other than path_open. Each resolves its path(s) through PathResolver, then makes one *at call on
// (directory descriptor, single name) that never follows a final symlink (see PathResolver for why that is safe).
internal sealed partial class WasiSystem
{
    public void PathCreateDirectory(GuestMemory m, int fd, uint path, uint pathLen)
    {
        using var p = Resolve(m, fd, Rights.PathCreateDirectory, path, pathLen, follow: false);
        if (p.IsSelf) throw new WasiError(Errno.Exist);
        ErrnoMap.Check(Libc.MkdirAt(p.DirFd, p.Name, 0x1ff));
    }

    public void PathFilestatGet(GuestMemory m, int fd, uint lookupFlags, uint path, uint pathLen, uint statPtr)
    {
        m.Check(statPtr, Layout.FilestatSize);
        using var p = Resolve(m, fd, Rights.PathFilestatGet, path, pathLen, Follows(lookupFlags));
        var stat = Stat.At(p.DirFd, p.Name);
        if (p.MustBeDir && stat.Type != FileType.Directory) throw new WasiError(Errno.NotDir);
        m.WriteFileStat(statPtr, stat);
    }

    public void PathFilestatSetTimes(GuestMemory m, int fd, uint lookupFlags, uint path, uint pathLen, long atim, long mtim, uint fstFlags)
    {
        var times = Descriptors.HostDescriptor.Times((ulong)atim, (ulong)mtim, (FstFlags)fstFlags);
        using var p = Resolve(m, fd, Rights.PathFilestatSetTimes, path, pathLen, Follows(lookupFlags));
        ErrnoMap.Check(Libc.UtimensAt(p.DirFd, p.Name, times, AT_SYMLINK_NOFOLLOW));
    }

    /// <summary>A hard link. With symlink_follow the source's final symlink is resolved inside the sandbox first;
    /// linkat itself is called without AT_SYMLINK_FOLLOW.</summary>
    public void PathLink(GuestMemory m, int oldFd, uint oldFlags, uint oldPath, uint oldLen, int newFd, uint newPath, uint newLen)
    {
        using var from = Resolve(m, oldFd, Rights.PathLinkSource, oldPath, oldLen, Follows(oldFlags));
        using var to = Resolve(m, newFd, Rights.PathLinkTarget, newPath, newLen, follow: false);
        RequireDirIfSlashed(from);
        ErrnoMap.Check(Libc.LinkAt(from.DirFd, from.Name, to.DirFd, to.Name, 0));
    }

    /// <summary>Reads a symlink's target; a target longer than the buffer is truncated to it (bufused = buf_len).</summary>
    public void PathReadlink(GuestMemory m, int fd, uint path, uint pathLen, uint buf, uint bufLen, uint bufusedPtr)
    {
        m.Check(buf, bufLen);
        m.Check(bufusedPtr, 4);
        using var p = Resolve(m, fd, Rights.PathReadlink, path, pathLen, follow: false);
        Span<byte> target = stackalloc byte[(int)GuestMemory.MaxPath];
        int n = (int)ErrnoMap.Check(Libc.ReadlinkAt(p.DirFd, p.Name, target, (nuint)target.Length));
        n = (int)Math.Min((uint)n, bufLen);
        m.Write(buf, target[..n]);
        m.WriteU32(bufusedPtr, (uint)n);
    }

    public void PathRemoveDirectory(GuestMemory m, int fd, uint path, uint pathLen)
    {
        using var p = Resolve(m, fd, Rights.PathRemoveDirectory, path, pathLen, follow: false);
        ErrnoMap.Check(Libc.UnlinkAt(p.DirFd, p.Name, AT_REMOVEDIR));
    }

    public void PathRename(GuestMemory m, int fd, uint oldPath, uint oldLen, int newFd, uint newPath, uint newLen)
    {
        using var from = Resolve(m, fd, Rights.PathRenameSource, oldPath, oldLen, follow: false);
        using var to = Resolve(m, newFd, Rights.PathRenameTarget, newPath, newLen, follow: false);
        RequireDirIfSlashed(from);
        if (from.IsSelf || to.IsSelf) throw new WasiError(Errno.Busy);
        ErrnoMap.Check(Libc.RenameAt(from.DirFd, from.Name, to.DirFd, to.Name));
    }

    /// <summary>
    /// Creates a symlink holding <paramref name="oldPath"/> verbatim. Absolute targets are refused (ENOTCAPABLE): the
    /// sandbox could never follow them, and a host tool that later did would leave the preopen. Relative targets
    /// need no check here: they are confined when followed.
    /// </summary>
    public void PathSymlink(GuestMemory m, uint oldPath, uint oldLen, int fd, uint newPath, uint newLen)
    {
        var target = m.ReadPath(oldPath, oldLen);
        if (target.Length > 0 && target[0] == (byte)'/') throw new WasiError(Errno.NotCapable);
        using var p = Resolve(m, fd, Rights.PathSymlink, newPath, newLen, follow: false);
        ErrnoMap.Check(Libc.SymlinkAt(Libc.CString(target), p.DirFd, p.Name));
    }

    public void PathUnlinkFile(GuestMemory m, int fd, uint path, uint pathLen)
    {
        using var p = Resolve(m, fd, Rights.PathUnlinkFile, path, pathLen, follow: false);
        if (p.MustBeDir)
            throw new WasiError(Stat.At(p.DirFd, p.Name).Type == FileType.Directory ? Errno.IsDir : Errno.NotDir);
        ErrnoMap.Check(Libc.UnlinkAt(p.DirFd, p.Name, 0));
    }

    private static bool Follows(uint lookupFlags) => (lookupFlags & LookupFlags.SymlinkFollow) != 0;

    private static void RequireDirIfSlashed(ResolvedPath p)
    {
        if (p.MustBeDir && Stat.At(p.DirFd, p.Name).Type != FileType.Directory) throw new WasiError(Errno.NotDir);
    }

    private ResolvedPath Resolve(GuestMemory m, int fd, Rights needed, uint path, uint pathLen, bool follow)
    {
        var dir = Fds.GetDirectory(fd, needed);
        return PathResolver.Resolve(dir.Fd, m.ReadPath(path, pathLen), follow);
    }
}
