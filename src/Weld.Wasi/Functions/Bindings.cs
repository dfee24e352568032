using Weld.Wasi.Abi;
using Weld.Wasi.Descriptors;

namespace Weld.Wasi.Functions;

/// <summary>
/// The table of every wasi_snapshot_preview1 function: its wasm type and how its raw arguments map onto
/// <see cref="WasiSystem"/>. A <see cref="WasiError"/> becomes the errno result, and so do failures of host streams;
/// any other host exception is left to Weld, which turns it into a trap (a host bug must not look like an errno).
/// </summary>
internal static class Bindings
{
    public const string Module = "wasi_snapshot_preview1";

    private delegate void Body(WasiSystem w, GuestMemory m, ReadOnlySpan<Value> a);

    private static readonly ValType I = ValType.I32, L = ValType.I64;

    private static uint U(ReadOnlySpan<Value> a, int i) => (uint)a[i].AsI32();
    private static int S(ReadOnlySpan<Value> a, int i) => a[i].AsI32();
    private static long X(ReadOnlySpan<Value> a, int i) => a[i].AsI64();

    private static readonly (string Name, ValType[] Params, Body Body)[] Table =
    [
        ("args_get", [I, I], (w, m, a) => w.ArgsGet(m, U(a, 0), U(a, 1))),
        ("args_sizes_get", [I, I], (w, m, a) => w.ArgsSizesGet(m, U(a, 0), U(a, 1))),
        ("environ_get", [I, I], (w, m, a) => w.EnvironGet(m, U(a, 0), U(a, 1))),
        ("environ_sizes_get", [I, I], (w, m, a) => w.EnvironSizesGet(m, U(a, 0), U(a, 1))),
        ("clock_res_get", [I, I], (w, m, a) => w.ClockResGet(m, U(a, 0), U(a, 1))),
        ("clock_time_get", [I, L, I], (w, m, a) => w.ClockTimeGet(m, U(a, 0), X(a, 1), U(a, 2))),
        ("fd_advise", [I, L, L, I], (w, m, a) => w.FdAdvise(S(a, 0), X(a, 1), X(a, 2), U(a, 3))),
        ("fd_allocate", [I, L, L], (w, m, a) => w.FdAllocate(S(a, 0), X(a, 1), X(a, 2))),
        ("fd_close", [I], (w, m, a) => w.FdClose(S(a, 0))),
        ("fd_datasync", [I], (w, m, a) => w.FdDatasync(S(a, 0))),
        ("fd_fdstat_get", [I, I], (w, m, a) => w.FdFdstatGet(m, S(a, 0), U(a, 1))),
        ("fd_fdstat_set_flags", [I, I], (w, m, a) => w.FdFdstatSetFlags(S(a, 0), U(a, 1))),
        ("fd_fdstat_set_rights", [I, L, L], (w, m, a) => w.FdFdstatSetRights(S(a, 0), X(a, 1), X(a, 2))),
        ("fd_filestat_get", [I, I], (w, m, a) => w.FdFilestatGet(m, S(a, 0), U(a, 1))),
        ("fd_filestat_set_size", [I, L], (w, m, a) => w.FdFilestatSetSize(S(a, 0), X(a, 1))),
        ("fd_filestat_set_times", [I, L, L, I], (w, m, a) => w.FdFilestatSetTimes(S(a, 0), X(a, 1), X(a, 2), U(a, 3))),
        ("fd_pread", [I, I, I, L, I], (w, m, a) => w.FdPread(m, S(a, 0), U(a, 1), U(a, 2), X(a, 3), U(a, 4))),
        ("fd_prestat_get", [I, I], (w, m, a) => w.FdPrestatGet(m, S(a, 0), U(a, 1))),
        ("fd_prestat_dir_name", [I, I, I], (w, m, a) => w.FdPrestatDirName(m, S(a, 0), U(a, 1), U(a, 2))),
        ("fd_pwrite", [I, I, I, L, I], (w, m, a) => w.FdPwrite(m, S(a, 0), U(a, 1), U(a, 2), X(a, 3), U(a, 4))),
        ("fd_read", [I, I, I, I], (w, m, a) => w.FdRead(m, S(a, 0), U(a, 1), U(a, 2), U(a, 3))),
        ("fd_readdir", [I, I, I, L, I], (w, m, a) => w.FdReaddir(m, S(a, 0), U(a, 1), U(a, 2), X(a, 3), U(a, 4))),
        ("fd_renumber", [I, I], (w, m, a) => w.FdRenumber(S(a, 0), S(a, 1))),
        ("fd_seek", [I, L, I, I], (w, m, a) => w.FdSeek(m, S(a, 0), X(a, 1), U(a, 2), U(a, 3))),
        ("fd_sync", [I], (w, m, a) => w.FdSync(S(a, 0))),
        ("fd_tell", [I, I], (w, m, a) => w.FdTell(m, S(a, 0), U(a, 1))),
        ("fd_write", [I, I, I, I], (w, m, a) => w.FdWrite(m, S(a, 0), U(a, 1), U(a, 2), U(a, 3))),
        ("path_create_directory", [I, I, I], (w, m, a) => w.PathCreateDirectory(m, S(a, 0), U(a, 1), U(a, 2))),
        ("path_filestat_get", [I, I, I, I, I], (w, m, a) => w.PathFilestatGet(m, S(a, 0), U(a, 1), U(a, 2), U(a, 3), U(a, 4))),
        ("path_filestat_set_times", [I, I, I, I, L, L, I], (w, m, a) =>
            w.PathFilestatSetTimes(m, S(a, 0), U(a, 1), U(a, 2), U(a, 3), X(a, 4), X(a, 5), U(a, 6))),
        ("path_link", [I, I, I, I, I, I, I], (w, m, a) =>
            w.PathLink(m, S(a, 0), U(a, 1), U(a, 2), U(a, 3), S(a, 4), U(a, 5), U(a, 6))),
        ("path_open", [I, I, I, I, I, L, L, I, I], (w, m, a) =>
            w.PathOpen(m, S(a, 0), U(a, 1), U(a, 2), U(a, 3), U(a, 4), X(a, 5), X(a, 6), U(a, 7), U(a, 8))),
        ("path_readlink", [I, I, I, I, I, I], (w, m, a) => w.PathReadlink(m, S(a, 0), U(a, 1), U(a, 2), U(a, 3), U(a, 4), U(a, 5))),
        ("path_remove_directory", [I, I, I], (w, m, a) => w.PathRemoveDirectory(m, S(a, 0), U(a, 1), U(a, 2))),
        ("path_rename", [I, I, I, I, I, I], (w, m, a) => w.PathRename(m, S(a, 0), U(a, 1), U(a, 2), S(a, 3), U(a, 4), U(a, 5))),
        ("path_symlink", [I, I, I, I, I], (w, m, a) => w.PathSymlink(m, U(a, 0), U(a, 1), S(a, 2), U(a, 3), U(a, 4))),
        ("path_unlink_file", [I, I, I], (w, m, a) => w.PathUnlinkFile(m, S(a, 0), U(a, 1), U(a, 2))),
        ("poll_oneoff", [I, I, I, I], (w, m, a) => w.PollOneoff(m, U(a, 0), U(a, 1), U(a, 2), U(a, 3))),
        ("proc_raise", [I], (w, m, a) => WasiSystem.ProcRaise(U(a, 0))),
        ("sched_yield", [], (w, m, a) => WasiSystem.SchedYield()),
        ("random_get", [I, I], (w, m, a) => WasiSystem.RandomGet(m, U(a, 0), U(a, 1))),
        ("sock_accept", [I, I, I], (w, m, a) => w.SockAccept(S(a, 0))),
        ("sock_recv", [I, I, I, I, I, I], (w, m, a) => w.SockRecv(S(a, 0))),
        ("sock_send", [I, I, I, I, I], (w, m, a) => w.SockSend(S(a, 0))),
        ("sock_shutdown", [I, I], (w, m, a) => w.SockShutdown(S(a, 0), U(a, 1))),
    ];

    /// <summary>Every function name the module defines (proc_exit included).</summary>
    public static IEnumerable<string> Names => Table.Select(t => t.Name).Append("proc_exit");

    /// <summary>Store-independent host functions for <paramref name="system"/>, by name.</summary>
    public static Dictionary<string, HostFunction> Create(WasiSystem system)
    {
        var result = new Dictionary<string, HostFunction>(StringComparer.Ordinal);
        foreach (var (name, ps, body) in Table)
        {
            var type = new FuncType(ps, [I]);
            result[name] = HostFunction.FromCallback(type, (caller, args, results) =>
                results[0] = Value.I32((int)Invoke(system, caller, name, args, body)), $"{Module}.{name}");
        }
        // proc_exit returns nothing: it always leaves by ExitException.
        result["proc_exit"] = HostFunction.FromCallback(new FuncType([I], []),
            (caller, args, results) => system.ProcExit((uint)args[0].AsI32()), $"{Module}.proc_exit");
        return result;
    }

    private static Errno Invoke(WasiSystem system, Caller caller, string name, ReadOnlySpan<Value> args, Body body)
    {
        // The store check guards against a stale caller left from another store's call on this thread.
        // Once another thread ended the program, this thread is only being stopped: it must not act any more (print,
        // write files) between its host calls and the next interrupt check.
        if (system.Lifetime.HasEnded) throw new TrapException(TrapCode.Interrupted);
        // A wasi-threads module may import its shared memory without exporting it: the program's memory then.
        var memory = (caller.Instance?.Store == caller.Store ? caller.GetMemory() : null) ?? system.SharedMemory
            ?? throw new TrapException(TrapCode.HostError, $"{Module}.{name}: the calling module exports no memory named \"memory\"");
        try
        {
            using var held = FdTable.EnterCall();
            body(system, new GuestMemory(memory), args);
            // A call that slept (poll_oneoff) and woke because the program ended returns nothing to the guest.
            if (system.Lifetime.HasEnded) throw new TrapException(TrapCode.Interrupted);
            return Errno.Success;
        }
        catch (WasiError e)
        {
            return e.Errno;
        }
        catch (IOException)
        {
            return Errno.Io; // a host stream failed (e.g. a closed pipe on flush): the guest's problem to handle
        }
        catch (Exception e) when (e is ObjectDisposedException or NotSupportedException)
        {
            return Errno.Badf; // an embedder's stream that was disposed or cannot do this
        }
    }
}
