using Weld.Wasi.Abi;

namespace Weld.Wasi.Descriptors;

/// <summary>The guest's descriptor numbers. New descriptors take the lowest free number, as POSIX does.</summary>
internal sealed class FdTable : IDisposable
{
    /// <summary>The most descriptors a guest may hold open (EMFILE beyond), so a guest cannot exhaust the host's.</summary>
    public const int MaxOpen = 4096;

    private readonly SortedDictionary<int, Descriptor> _fds = [];

    public int Insert(Descriptor d)
    {
        if (_fds.Count >= MaxOpen)
        {
            d.Dispose();
            throw new WasiError(Errno.Mfile);
        }
        int fd = 0;
        foreach (var k in _fds.Keys)
        {
            if (k != fd) break;
            fd++;
        }
        _fds[fd] = d;
        return fd;
    }

    /// <summary>The descriptor <paramref name="fd"/> (EBADF if not open) holding every right in
    /// <paramref name="needed"/> (else ENOTCAPABLE).</summary>
    public Descriptor Get(int fd, Rights needed = Rights.None)
    {
        if (!_fds.TryGetValue(fd, out var d)) throw new WasiError(Errno.Badf);
        if ((d.Base & needed) != needed) throw new WasiError(Errno.NotCapable);
        return d;
    }

    /// <summary>A directory descriptor with the given rights (ENOTDIR when <paramref name="fd"/> is not a directory).</summary>
    public DirectoryDescriptor GetDirectory(int fd, Rights needed) =>
        Get(fd) as DirectoryDescriptor is { } dir
            ? (dir.Base & needed) == needed ? dir : throw new WasiError(Errno.NotCapable)
            : throw new WasiError(Errno.NotDir);

    public bool Contains(int fd) => _fds.ContainsKey(fd);

    public void Close(int fd)
    {
        var d = Get(fd);
        _fds.Remove(fd);
        d.Dispose();
    }

    /// <summary>Moves <paramref name="from"/> onto <paramref name="to"/>, closing what <paramref name="to"/> held; both must be open.</summary>
    public void Renumber(int from, int to)
    {
        var d = Get(from);
        var old = Get(to);
        if (from == to) return;
        _fds.Remove(from);
        _fds[to] = d;
        old.Dispose();
    }

    public void Dispose()
    {
        foreach (var d in _fds.Values) d.Dispose();
        _fds.Clear();
    }
}
