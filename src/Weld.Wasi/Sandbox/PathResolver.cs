using Weld.Wasi.Abi;
using Weld.Wasi.Native;
using static Weld.Wasi.Native.LinuxConstants;

namespace Weld.Wasi.Sandbox;

/// <summary>
/// Resolves a guest path relative to a directory descriptor without ever letting the kernel walk more than one
/// component. Why this is safe:
/// <list type="bullet">
/// <item>Absolute paths (and absolute symlink targets) are refused with ENOTCAPABLE.</item>
/// <item>The walk keeps its own stack of directory descriptors, starting at the capability's descriptor. Each
/// component is opened with <c>openat(top, name, O_PATH|O_DIRECTORY|O_NOFOLLOW)</c>: one name, no slashes, and the
/// kernel refuses to follow a symlink there. <c>..</c> pops the stack and never goes below its first entry
/// (ENOTCAPABLE), so it cannot climb out, even when a directory on the stack has been moved elsewhere meanwhile.</item>
/// <item>A symlink met on the way is read with <c>readlinkat</c> and its target's components are walked the same
/// way from the symlink's directory, at most <see cref="MaxSymlinkHops"/> times (then ELOOP).</item>
/// <item>The caller then acts on (directory descriptor, final name) with an <c>*at</c> call that does not follow a
/// final symlink (<c>O_NOFOLLOW</c>, <c>AT_SYMLINK_NOFOLLOW</c>, <c>renameat</c>, <c>unlinkat</c>). If someone swaps
/// a symlink in between the check and the use (TOCTOU), the kernel refuses or acts on the link itself, never on
/// its target: a race can make an operation fail, never escape.</item>
/// </list>
/// </summary>
internal static class PathResolver
{
    /// <summary>The most symlinks one resolution may expand (Linux's own limit).</summary>
    public const int MaxSymlinkHops = 40;

    private static readonly byte[] Dot = Libc.CString("."u8);

    /// <summary>Resolves <paramref name="path"/> (guest bytes) from <paramref name="rootFd"/>; follows a final symlink
    /// only when <paramref name="followFinal"/> (or the path ends in a slash).</summary>
    public static ResolvedPath Resolve(int rootFd, ReadOnlySpan<byte> path, bool followFinal)
    {
        if (path.IsEmpty) throw new WasiError(Errno.NoEnt);
        if (path[0] == (byte)'/') throw new WasiError(Errno.NotCapable);
        bool mustBeDir = false;
        while (path.Length > 1 && path[^1] == (byte)'/')
        {
            path = path[..^1];
            mustBeDir = true;
        }
        followFinal |= mustBeDir;

        var pending = new Stack<byte[]>();
        PushComponents(pending, path);
        var stack = new List<int> { rootFd };
        int hops = 0;
        try
        {
            while (true)
            {
                if (pending.Count == 0) return Finish(stack, Dot, mustBeDir);
                var name = pending.Pop();
                bool last = pending.Count == 0;
                if (name.Length == 0 || name is [(byte)'.'])
                    continue;
                if (name is [(byte)'.', (byte)'.'])
                {
                    if (stack.Count == 1) throw new WasiError(Errno.NotCapable);
                    Libc.Close(stack[^1]);
                    stack.RemoveAt(stack.Count - 1);
                    continue;
                }
                var cname = Libc.CString(name);
                if (last && !followFinal) return Finish(stack, cname, mustBeDir);
                if (last)
                {
                    // The final component: expand it if it is a symlink, else it is the answer.
                    if (ReadLink(stack[^1], cname) is { } finalTarget) Expand(pending, finalTarget, ref hops);
                    else return Finish(stack, cname, mustBeDir);
                    continue;
                }
                int fd = Libc.OpenAt(stack[^1], cname, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC, 0);
                if (fd >= 0)
                {
                    stack.Add(fd);
                    continue;
                }
                int err = Libc.LastError;
                if (err is not (ELOOP or ENOTDIR)) throw new WasiError(ErrnoMap.FromLinux(err));
                var target = ReadLink(stack[^1], cname) ?? throw new WasiError(Errno.NotDir);
                Expand(pending, target, ref hops);
            }
        }
        catch
        {
            for (int i = 1; i < stack.Count; i++) Libc.Close(stack[i]);
            throw;
        }
    }

    /// <summary>The target of symlink <paramref name="name"/> in <paramref name="dirfd"/>, or null when it is not a
    /// symlink (or does not exist).</summary>
    public static byte[]? ReadLink(int dirfd, byte[] name)
    {
        Span<byte> buf = stackalloc byte[(int)GuestMemory.MaxPath];
        long n = (long)Libc.ReadlinkAt(dirfd, name, buf, (nuint)buf.Length);
        if (n < 0)
        {
            int err = Libc.LastError;
            if (err is EINVAL or ENOENT) return null;
            throw new WasiError(ErrnoMap.FromLinux(err));
        }
        if (n >= buf.Length) throw new WasiError(Errno.NameTooLong);
        return buf[..(int)n].ToArray();
    }

    private static void Expand(Stack<byte[]> pending, byte[] target, ref int hops)
    {
        if (++hops > MaxSymlinkHops) throw new WasiError(Errno.Loop);
        if (target.Length == 0) throw new WasiError(Errno.NoEnt);
        if (target[0] == (byte)'/') throw new WasiError(Errno.NotCapable);
        PushComponents(pending, target);
    }

    private static void PushComponents(Stack<byte[]> pending, ReadOnlySpan<byte> path)
    {
        var parts = new List<byte[]>();
        foreach (var range in path.Split((byte)'/')) parts.Add(path[range].ToArray());
        for (int i = parts.Count - 1; i >= 0; i--) pending.Push(parts[i]);
    }

    private static ResolvedPath Finish(List<int> stack, byte[] name, bool mustBeDir)
    {
        for (int i = 1; i < stack.Count - 1; i++) Libc.Close(stack[i]);
        return new ResolvedPath(stack[^1], owned: stack.Count > 1, name, mustBeDir);
    }
}

/// <summary>A resolved path: a directory descriptor and one final name in it (NUL-terminated; "." for the directory itself).</summary>
internal sealed class ResolvedPath(int dirFd, bool owned, byte[] name, bool mustBeDir) : IDisposable
{
    public int DirFd { get; } = dirFd;
    public byte[] Name { get; } = name;
    /// <summary>The guest path ended in a slash: the target must be a directory.</summary>
    public bool MustBeDir { get; } = mustBeDir;
    public bool IsSelf => Name is [(byte)'.', 0];

    public void Dispose()
    {
        if (owned) Libc.Close(DirFd);
    }
}
