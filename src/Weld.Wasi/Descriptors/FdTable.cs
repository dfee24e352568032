using Weld.Wasi.Abi;

namespace Weld.Wasi.Descriptors;

/// <summary>The guest's descriptor numbers. New descriptors take the lowest free number, as POSIX does. Every thread
/// of a wasi-threads program uses the same table, so each operation holds its lock, and a descriptor handed out during
/// a WASI call (<see cref="CallScope"/>) stays alive until that call returns, even if another thread closes it.</summary>
internal sealed class FdTable : IDisposable
{
    /// <summary>The most descriptors a guest may hold open (EMFILE beyond), so a guest cannot exhaust the host's.</summary>
    public const int MaxOpen = 4096;

    private readonly SortedDictionary<int, Descriptor> _fds = [];
    private readonly Lock _lock = new();

    // The descriptors the current thread's WASI call holds (null outside a call: nothing is held then).
    [ThreadStatic] private static List<Descriptor>? t_held;

    /// <summary>Marks one WASI call on this thread: descriptors got during it are released when it is disposed.</summary>
    public static CallScope EnterCall()
    {
        var outer = t_held;
        t_held = [];
        return new CallScope(outer);
    }

    public readonly struct CallScope(List<Descriptor>? outer) : IDisposable
    {
        public void Dispose()
        {
            var held = t_held;
            t_held = outer;
            if (held is null) return;
            foreach (var d in held) d.Release();
        }
    }

    public int Insert(Descriptor d)
    {
        lock (_lock)
        {
            if (_fds.Count >= MaxOpen)
            {
                d.Release();
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
    }

    /// <summary>The descriptor <paramref name="fd"/> (EBADF if not open) holding every right in
    /// <paramref name="needed"/> (else ENOTCAPABLE).</summary>
    public Descriptor Get(int fd, Rights needed = Rights.None)
    {
        Descriptor? d;
        lock (_lock)
        {
            if (!_fds.TryGetValue(fd, out d)) throw new WasiError(Errno.Badf);
            if ((d.Base & needed) != needed) throw new WasiError(Errno.NotCapable);
            if (t_held is { } held && d.TryHold()) held.Add(d);
        }
        return d;
    }

    /// <summary>A directory descriptor with the given rights (ENOTDIR when <paramref name="fd"/> is not a directory).</summary>
    public DirectoryDescriptor GetDirectory(int fd, Rights needed) =>
        Get(fd) as DirectoryDescriptor is { } dir
            ? (dir.Base & needed) == needed ? dir : throw new WasiError(Errno.NotCapable)
            : throw new WasiError(Errno.NotDir);

    public bool Contains(int fd)
    {
        lock (_lock) return _fds.ContainsKey(fd);
    }

    public void Close(int fd)
    {
        Descriptor? d;
        lock (_lock)
        {
            if (!_fds.Remove(fd, out d)) throw new WasiError(Errno.Badf);
        }
        d.Release();
    }

    /// <summary>Moves <paramref name="from"/> onto <paramref name="to"/>, closing what <paramref name="to"/> held; both must be open.</summary>
    public void Renumber(int from, int to)
    {
        Descriptor? old;
        lock (_lock)
        {
            if (!_fds.TryGetValue(from, out var d) || !_fds.TryGetValue(to, out old)) throw new WasiError(Errno.Badf);
            if (from == to) return;
            _fds.Remove(from);
            _fds[to] = d;
        }
        old.Release();
    }

    public void Dispose()
    {
        Descriptor[] all;
        lock (_lock)
        {
            all = [.. _fds.Values];
            _fds.Clear();
        }
        foreach (var d in all) d.Release();
    }
}
