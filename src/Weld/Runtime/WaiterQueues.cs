using System.Diagnostics;

namespace Weld.Runtime;

/// <summary>
/// The threads proposal's wait/notify for one shared memory: per address, the threads parked on it in arrival order.
/// Every waiter parks on its own monitor, so a notify wakes exactly the threads it dequeues. The queues' lock is held
/// while a waiter compares the memory with its expected value and enqueues itself, and while a notifier dequeues:
/// a store followed by a notify therefore never slips between a waiter's comparison and its parking.
/// </summary>
internal sealed class WaiterQueues
{
    /// <summary>How long a parked thread sleeps before it looks at its store's interrupt word again.</summary>
    private static readonly TimeSpan InterruptPoll = TimeSpan.FromMilliseconds(5);

    private sealed class Waiter
    {
        /// <summary>Set by a notifier under the queues' lock, before it pulses the waiter.</summary>
        public bool Woken;
    }

    private readonly object _lock = new();
    private readonly Dictionary<ulong, Queue<Waiter>> _queues = [];

    /// <summary>Parks the calling thread on <paramref name="address"/> if <paramref name="matches"/> (called under the
    /// lock) says the memory still holds the expected value. Returns 0 when notified, 1 when the value differed, 2 when
    /// <paramref name="timeoutNs"/> (negative: forever) passed. <paramref name="interrupted"/> is polled while parked;
    /// when it throws, the waiter leaves the queue first.</summary>
    public int Wait(ulong address, Func<bool> matches, long timeoutNs, Action interrupted)
    {
        var waiter = new Waiter();
        lock (_lock)
        {
            if (!matches()) return 1;
            if (timeoutNs == 0) return 2;
            if (!_queues.TryGetValue(address, out var queue)) _queues[address] = queue = new Queue<Waiter>();
            queue.Enqueue(waiter);
        }
        long start = Stopwatch.GetTimestamp();
        while (true)
        {
            lock (waiter)
            {
                if (Volatile.Read(ref waiter.Woken)) return 0;
                var slice = InterruptPoll;
                if (timeoutNs > 0)
                {
                    var left = TimeSpan.FromTicks(timeoutNs / 100) - Stopwatch.GetElapsedTime(start);
                    if (left <= TimeSpan.Zero) return Leave(address, waiter) ? 2 : 0;
                    if (left < slice) slice = left;
                }
                Monitor.Wait(waiter, slice);
                if (Volatile.Read(ref waiter.Woken)) return 0;
            }
            try
            {
                interrupted();
            }
            catch (TrapException)
            {
                Leave(address, waiter);
                throw;
            }
        }
    }

    /// <summary>Wakes up to <paramref name="count"/> threads parked on <paramref name="address"/>, oldest first;
    /// returns how many it woke.</summary>
    public uint Notify(ulong address, uint count)
    {
        List<Waiter>? woken = null;
        lock (_lock)
        {
            if (count == 0 || !_queues.TryGetValue(address, out var queue)) return 0;
            while (queue.Count > 0 && (woken?.Count ?? 0) < count)
            {
                var w = queue.Dequeue();
                Volatile.Write(ref w.Woken, true);
                (woken ??= []).Add(w);
            }
            if (queue.Count == 0) _queues.Remove(address);
        }
        if (woken is null) return 0;
        foreach (var w in woken)
            lock (w) Monitor.Pulse(w);
        return (uint)woken.Count;
    }

    /// <summary>How many threads are parked on <paramref name="address"/> now (tests and diagnostics).</summary>
    public int WaitingOn(ulong address)
    {
        lock (_lock) return _queues.TryGetValue(address, out var queue) ? queue.Count : 0;
    }

    /// <summary>Takes a waiter that gave up out of its queue; false when a notifier took it first (it was woken).</summary>
    private bool Leave(ulong address, Waiter waiter)
    {
        lock (_lock)
        {
            if (waiter.Woken) return false;
            if (_queues.TryGetValue(address, out var queue))
            {
                var rest = new Queue<Waiter>(queue.Where(w => w != waiter));
                if (rest.Count == 0) _queues.Remove(address);
                else _queues[address] = rest;
            }
            return true;
        }
    }
}
