using Weld.Wasi.Threads;

namespace Weld.Wasi;

public sealed partial class WasiContext
{
    private ThreadSpawner? _spawner;

    /// <summary>The import module of wasi-threads' spawn function.</summary>
    public const string ThreadsModuleName = "wasi";

    /// <summary>The import name of wasi-threads' spawn function, of type <c>(param i32) (result i32)</c>.</summary>
    public const string ThreadSpawnName = "thread-spawn";

    /// <summary>The threads spawned by <c>thread-spawn</c> that are still running (the main thread not counted).
    /// Once the program has ended (see <see cref="Run"/>) it falls to 0 as they stop.</summary>
    public int RunningThreads => _spawner?.Live ?? 0;

    /// <summary>True when <paramref name="module"/> is built for wasi-threads: it imports <c>wasi</c>
    /// <c>thread-spawn</c> or a shared memory.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="module"/> is null.</exception>
    public static bool UsesThreads(Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return module.Imports.Any(i => (i.Module == ThreadsModuleName && i.Name == ThreadSpawnName) || i.Type is MemoryType { Shared: true });
    }

    /// <summary>
    /// Makes <paramref name="module"/> runnable as a wasi-threads program through <paramref name="linker"/>: creates
    /// in <paramref name="store"/> the shared memory the module imports (with the import's limits) and defines it under
    /// the import's name, and defines <c>wasi</c> <c>thread-spawn</c>. Each spawned thread gets a store of its own
    /// (passed first to <paramref name="configureThreadStore"/>, e.g. to give it fuel or an epoch deadline) and a new
    /// instance of <paramref name="module"/> made through <paramref name="linker"/>, which must by then define
    /// everything the module imports (this context's WASI functions included); it runs the export
    /// <c>wasi_thread_start(tid, start_arg)</c> on an OS thread of its own. Thread ids count up from 1; a spawn
    /// that cannot start a thread (no <c>wasi_thread_start(i32, i32)</c> export, an instantiation that fails, more than 1024
    /// threads running) returns -6, EAGAIN negated. A <c>proc_exit</c> or a trap in any thread ends the whole
    /// program (see <see cref="Run"/>).
    /// </summary>
    /// <returns>The shared memory created for the module, or null when it imports no memory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="linker"/>, <paramref name="store"/> or
    /// <paramref name="module"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Threads were already added for this context.</exception>
    /// <exception cref="LinkException">The module imports a memory that is not shared, a name is already defined and
    /// <see cref="Linker.AllowShadowing"/> is off, or the memory exceeds the store's limits.</exception>
    public Memory? AddThreadsToLinker(Linker linker, Store store, Module module, Action<Store>? configureThreadStore = null)
    {
        ArgumentNullException.ThrowIfNull(linker);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(module);
        var spawner = new ThreadSpawner(linker, module, _system.Lifetime, configureThreadStore);
        if (Interlocked.CompareExchange(ref _spawner, spawner, null) is not null)
            throw new InvalidOperationException("wasi-threads were already added to a linker for this context");
        Memory? memory = null;
        foreach (var import in module.Imports)
        {
            if (import.Type is not MemoryType type) continue;
            if (!type.Shared)
                throw new LinkException($"wasi-threads: the imported memory {import.Module}.{import.Name} must be shared");
            memory = new Memory(store, type);
            linker.Define(import.Module, import.Name, memory);
        }
        _system.SharedMemory = memory;
        var spawn = HostFunction.FromCallback(new FuncType([ValType.I32], [ValType.I32]),
            (args, results) => results[0] = Value.I32(spawner.Spawn(args[0].AsI32())), $"{ThreadsModuleName}.{ThreadSpawnName}");
        linker.DefineFunction(ThreadsModuleName, ThreadSpawnName, spawn);
        return memory;
    }

    /// <summary>
    /// Runs a WASI command: calls <paramref name="instance"/>'s <c>_start</c> as the program's main thread and returns
    /// the program's exit code. The program ends, and every thread it spawned is interrupted, when the first of these
    /// happens: <c>_start</c> returns (exit code 0), any thread calls <c>proc_exit</c> (its code), or any thread traps
    /// (that <see cref="TrapException"/> is thrown here, with its message and backtrace, whichever thread it came
    /// from). This is wasmtime's rule too: threads still running when <c>_start</c> returns do not keep the program
    /// alive.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="instance"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="instance"/> exports no function <c>_start</c>.</exception>
    /// <exception cref="TrapException">A thread of the program trapped (or was interrupted by the embedder).</exception>
    public int Run(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var start = instance.GetFunction("_start") ?? throw new ArgumentException("the instance exports no function _start", nameof(instance));
        var lifetime = _system.Lifetime;
        try
        {
            start.Invoke([], lifetime.Token);
            lifetime.Exit(0);
        }
        catch (ExitException e)
        {
            lifetime.Exit(e.ExitCode);
        }
        catch (TrapException e) when (e.Code == TrapCode.Interrupted && lifetime.HasEnded)
        {
            // Another thread ended the program; its outcome is the program's.
        }
        catch (Exception e)
        {
            lifetime.Fail(e);
        }
        return lifetime.Outcome();
    }
}
