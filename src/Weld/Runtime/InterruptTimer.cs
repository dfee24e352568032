using System.Diagnostics;

namespace Weld.Runtime;

/// <summary>
/// Timeouts of calls: one dedicated background thread that sleeps until the earliest due timeout and then raises
/// its store's interrupt word. Not a <see cref="System.Threading.Timer"/>: those fire on the thread pool, which a host
/// busy running wasm on pool threads can starve for seconds, so a timeout would fire late exactly when it matters.
/// </summary>
internal static class InterruptTimer
{
    /// <summary>One scheduled timeout; <see cref="Fired"/> once it interrupted its store.</summary>
    public sealed class Entry(RuntimeStore store, long due)
    {
        public RuntimeStore Store { get; } = store;
        public long Due { get; } = due;
        public volatile bool Fired;
        private int _cancelled;

        public bool Cancelled => Volatile.Read(ref _cancelled) != 0;

        /// <summary>The call ended: the entry will not fire (it leaves the queue when it comes first or when the
        /// queue is swept).</summary>
        public void Cancel()
        {
            if (Interlocked.Exchange(ref _cancelled, 1) == 0) Interlocked.Increment(ref s_cancelled);
        }
    }

    /// <summary>Cancelled entries still queued. Swept when they are most of the queue, so that many calls with long
    /// timeouts that ended early do not keep their stores alive until their due times.</summary>
    private static int s_cancelled;

    private static readonly object s_gate = new();
    private static readonly PriorityQueue<Entry, long> s_queue = new();
    private static Thread? s_thread;

    /// <summary>Interrupts <paramref name="store"/> after <paramref name="timeout"/> unless the entry is cancelled first.</summary>
    public static Entry Schedule(RuntimeStore store, TimeSpan timeout)
    {
        long due = Stopwatch.GetTimestamp() + (long)Math.Min(timeout.TotalSeconds * Stopwatch.Frequency, long.MaxValue / 2);
        var entry = new Entry(store, due);
        lock (s_gate)
        {
            if (Volatile.Read(ref s_cancelled) > 64 && Volatile.Read(ref s_cancelled) > s_queue.Count / 2) Sweep();
            s_queue.Enqueue(entry, due);
            if (s_thread is null)
            {
                s_thread = new Thread(Run) { IsBackground = true, Name = "Weld interrupt timer" };
                s_thread.Start();
            }
            Monitor.PulseAll(s_gate);
        }
        return entry;
    }

    /// <summary>Drops every cancelled entry (under the lock).</summary>
    private static void Sweep()
    {
        var live = s_queue.UnorderedItems.Where(x => !x.Element.Cancelled).ToList();
        Volatile.Write(ref s_cancelled, 0); // the count is a heuristic: a late Cancel of a fired entry is forgotten here
        s_queue.Clear();
        foreach (var (e, due) in live) s_queue.Enqueue(e, due);
    }

    private static void Run()
    {
        lock (s_gate)
        {
            while (true)
            {
                while (s_queue.TryPeek(out var first, out _) && first.Cancelled)
                {
                    s_queue.Dequeue();
                    Interlocked.Decrement(ref s_cancelled);
                }
                if (!s_queue.TryPeek(out var next, out long due))
                {
                    Monitor.Wait(s_gate);
                    continue;
                }
                long wait = due - Stopwatch.GetTimestamp();
                if (wait > 0)
                {
                    // Sleep until due (rounded up to whole milliseconds) or until an earlier timeout is scheduled.
                    Monitor.Wait(s_gate, (int)Math.Min(int.MaxValue, (wait * 1000 + Stopwatch.Frequency - 1) / Stopwatch.Frequency));
                    continue;
                }
                s_queue.Dequeue();
                next.Fired = true;
                next.Store.RequestInterrupt(InterruptReason.Cancelled);
            }
        }
    }
}
