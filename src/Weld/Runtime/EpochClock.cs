namespace Weld.Runtime;

/// <summary>
/// An engine's epoch counter. Stores that set a deadline are watched (weakly); each increment raises the interrupt
/// word of every watched store whose deadline it reached, so running code pays for one load and a compare of its
/// own store's word only, never for reading the engine's counter.
/// </summary>
internal sealed class EpochClock
{
    private long _epoch;
    private readonly List<WeakReference<RuntimeStore>> _watched = [];

    public long Current => Volatile.Read(ref _epoch);

    /// <summary>Advances the epoch by one. Callable from any thread (typically a timer).</summary>
    public void Increment()
    {
        long now = Interlocked.Increment(ref _epoch);
        lock (_watched)
        {
            _watched.RemoveAll(w =>
            {
                if (!w.TryGetTarget(out var store)) return true;
                if (now < Volatile.Read(ref store.EpochDeadline)) return false;
                store.RequestInterrupt(InterruptReason.EpochDeadline);
                return true; // a new deadline watches the store again
            });
        }
    }

    /// <summary>Watches <paramref name="store"/> until its deadline is reached.</summary>
    public void Watch(RuntimeStore store)
    {
        lock (_watched)
        {
            foreach (var w in _watched)
                if (w.TryGetTarget(out var s) && ReferenceEquals(s, store)) return;
            _watched.Add(new WeakReference<RuntimeStore>(store));
        }
    }
}
