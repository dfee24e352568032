namespace Weld.Runtime;

internal sealed partial class MemoryInstance
{
    private WaiterQueues? _waiters;

    /// <summary>The threads parked on this memory by <c>memory.atomic.wait32/64</c> (made on first use).</summary>
    public WaiterQueues Waiters
    {
        get
        {
            if (Volatile.Read(ref _waiters) is { } w) return w;
            Interlocked.CompareExchange(ref _waiters, new WaiterQueues(), null);
            return _waiters!;
        }
    }
}
