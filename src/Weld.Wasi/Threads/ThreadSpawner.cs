namespace Weld.Wasi.Threads;

/// <summary>
/// wasi-threads' <c>thread-spawn</c>: each new thread is a new instance of the program's module, made through the
/// program's linker (so it imports the same shared memory and WASI) in a store of its own, running its export
/// <c>wasi_thread_start(tid, start_arg)</c> on an OS thread of its own.
/// </summary>
internal sealed class ThreadSpawner(Linker linker, Module module, ProgramLifetime lifetime, Action<Store>? configureStore)
{
    /// <summary>The export every wasi-threads module gives its new threads to start in.</summary>
    public const string EntryPoint = "wasi_thread_start";

    /// <summary>Thread ids are positive and below 2^29 (the top bits are reserved for the guest's own use).</summary>
    public const int MaxThreadId = 0x1FFF_FFFF;

    /// <summary>The most threads of one program alive at once: a guest cannot exhaust the host's threads.</summary>
    public const int MaxLiveThreads = 1024;

    /// <summary>Each thread's stack, as a native main thread's on Linux: deep guest recursion fits as it would there.</summary>
    public const int StackSize = 8 << 20;

    /// <summary>What a failed spawn returns: WASI's EAGAIN, negated. Any negative result means failure to the guest;
    /// this one also names the cause the way POSIX does for "no more threads now".</summary>
    public const int Failed = -6;

    private static readonly FuncType EntryType = new([ValType.I32, ValType.I32], []);

    private readonly Lazy<InstancePre> _pre = new(() => linker.InstantiatePre(module));
    private int _lastId;
    private int _live;

    /// <summary>The threads of the program still running (spawned and not yet finished).</summary>
    public int Live => Volatile.Read(ref _live);

    /// <summary>Starts a thread and returns its id, or <see cref="Failed"/> when it cannot start.</summary>
    /// <remarks>A program that has ended spawns nothing: its threads are being interrupted, and so is the caller.</remarks>
    /// <exception cref="TrapException">The program has ended: the calling thread is being stopped.</exception>
    public int Spawn(int startArg)
    {
        if (lifetime.HasEnded) throw new TrapException(TrapCode.Interrupted);
        if (Interlocked.Increment(ref _live) > MaxLiveThreads || NextId() is not int id)
        {
            Interlocked.Decrement(ref _live);
            return Failed;
        }
        // The new thread makes its store and instance itself (a store belongs to the thread using it) and says
        // whether that worked before this call returns, so a failure is this call's result, not a dead thread.
        var started = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            var thread = new Thread(() => Run(id, startArg, started), StackSize) { IsBackground = true, Name = $"wasi-thread-{id}" };
            thread.Start();
        }
        catch (Exception e) when (e is OutOfMemoryException or ThreadStartException)
        {
            // The host has no thread to give now: the guest hears EAGAIN, as pthread_create would report it.
            Interlocked.Decrement(ref _live);
            return Failed;
        }
        return started.Task.GetAwaiter().GetResult() ? id : Failed;
    }

    private int? NextId()
    {
        for (int last = Volatile.Read(ref _lastId); last < MaxThreadId; last = Volatile.Read(ref _lastId))
            if (Interlocked.CompareExchange(ref _lastId, last + 1, last) == last) return last + 1;
        return null;
    }

    private void Run(int id, int startArg, TaskCompletionSource<bool> started)
    {
        Store? store = null;
        try
        {
            Function entry;
            try
            {
                store = new Store(module.Engine);
                configureStore?.Invoke(store);
                var instance = _pre.Value.Instantiate(store);
                entry = instance.GetFunction(EntryPoint) is { } f && f.Type.Equals(EntryType)
                    ? f
                    : throw new LinkException($"a wasi-threads module must export {EntryPoint} {EntryType}");
            }
            catch (Exception e) when (e is WeldException or InvalidOperationException)
            {
                started.SetResult(false);
                return;
            }
            started.SetResult(true);
            entry.Invoke([Value.I32(id), Value.I32(startArg)], lifetime.Token);
        }
        catch (ExitException e)
        {
            lifetime.Exit(e.ExitCode);
        }
        catch (TrapException e) when (e.Code == TrapCode.Interrupted && lifetime.HasEnded)
        {
            // The program ended elsewhere and this thread was stopped: nothing to report.
        }
        catch (Exception e)
        {
            // A trap, or a host failure: either ends the whole program, as a trap in the main thread would.
            lifetime.Fail(e);
        }
        finally
        {
            started.TrySetResult(false);
            store?.Dispose();
            Interlocked.Decrement(ref _live);
        }
    }
}
