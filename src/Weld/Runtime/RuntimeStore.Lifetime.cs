namespace Weld.Runtime;

// When a store's native memory may be freed. Everything that can touch linear memory through a raw address (a call
// from the host into wasm, an instantiation, a host memory access) runs between Enter and Exit. Blocks that must go
// (a memory moved away from its old block, a memory that was collected, every memory of a disposed store) are freed
// at once when nothing is inside, else by the last Exit: compiled and interpreted code never see memory vanish
// under an address they cached. One thread at a time may be inside a store; a second one is refused, because a
// memory grown by one thread while another caches its base and length could pair an old base with a new length.
internal sealed partial class RuntimeStore : IDisposable
{
    private readonly object _gate = new();
    // Weak: a memory no instance or host object references any more is collected, and its finalizer hands its block
    // here, so a long-lived store that keeps making and dropping instances does not pile up memory.
    private readonly List<WeakReference<MemoryInstance>> _memories = [];
    private readonly List<NativeBlock> _deferred = [];
    // High half: the managed id of the thread that entered last; low half: how deep it is inside (Enter minus Exit).
    // One word, so that entering and leaving take one atomic operation each.
    private long _state;
    private volatile bool _pending;
    private volatile bool _disposed;

    public bool IsDisposed => _disposed;

    /// <summary>Blocks freed so far (tests and diagnostics).</summary>
    public int FreedBlocks { get; private set; }

    public void ThrowIfDisposed()
    {
        if (_disposed) throw new ObjectDisposedException(nameof(Store), Diagnostics.Messages.StoreDisposed);
    }

    /// <summary>Marks the calling thread as inside the store until <see cref="Exit"/>; nothing is freed meanwhile.
    /// Throws <see cref="ObjectDisposedException"/> after dispose and <see cref="InvalidOperationException"/> when
    /// another thread is inside.</summary>
    public void Enter()
    {
        int me = Environment.CurrentManagedThreadId;
        long state = Volatile.Read(ref _state);
        while (true)
        {
            int depth = (int)state;
            if (depth != 0 && (int)(state >> 32) != me)
                throw new InvalidOperationException(Diagnostics.Messages.StoreInUseByAnotherThread);
            // Interlocked: also a full fence between announcing the entry and reading _disposed (Dispose does the reverse).
            long seen = Interlocked.CompareExchange(ref _state, (long)me << 32 | (uint)(depth + 1), state);
            if (seen == state) break;
            state = seen;
        }
        if (_disposed)
        {
            Exit();
            ThrowIfDisposed();
        }
    }

    public void Exit()
    {
        // Only the thread inside changes the word while its depth is above zero, so a decrement cannot race.
        if ((int)Interlocked.Decrement(ref _state) == 0 && _pending) Drain();
    }

    private bool Idle => (int)Volatile.Read(ref _state) == 0;

    /// <summary>Frees <paramref name="block"/> now if nothing is inside the store, else when the last one leaves.
    /// Safe from any thread, the finalizer's included.</summary>
    public void FreeWhenUnused(NativeBlock block)
    {
        lock (_gate)
        {
            _deferred.Add(block);
            _pending = true;
        }
        DrainIfIdle();
    }

    /// <summary>Frees the store's linear memories as soon as nothing runs in it (now, or when the running call
    /// returns); every later entry throws <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        RequestDrain();
    }

    private void RequestDrain()
    {
        lock (_gate) _pending = true;
        DrainIfIdle();
    }

    private void DrainIfIdle()
    {
        Interlocked.MemoryBarrier(); // pairs with the fence in Exit: one of the two sees the other's write
        if (Idle) Drain();
    }

    private void Drain()
    {
        NativeBlock[] blocks;
        lock (_gate)
        {
            // Rechecked under the lock: whoever entered since cannot reach these blocks (old, collected, or of a
            // disposed store, which an entry refuses before touching memory).
            if (!Idle || !_pending) return;
            _pending = false;
            blocks = [.. _deferred];
            _deferred.Clear();
            if (_disposed)
            {
                foreach (var w in _memories)
                    if (w.TryGetTarget(out var m) && m.Release()) FreedBlocks++;
                _memories.Clear();
            }
        }
        foreach (var b in blocks) b.Free();
        lock (_gate) FreedBlocks += blocks.Length;
    }

    private void Track(MemoryInstance memory)
    {
        lock (_gate)
        {
            if (_memories.Count >= 64 && (_memories.Count & (_memories.Count - 1)) == 0)
                _memories.RemoveAll(w => !w.TryGetTarget(out _));
            _memories.Add(new WeakReference<MemoryInstance>(memory));
        }
        // Disposed while this memory was being made: let the next drain free it with the rest.
        if (_disposed) RequestDrain();
    }
}
