using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Weld.Fuzz.Sessions;

/// <summary>
/// Runs work on a worker thread and gives up waiting after a timeout. Weld has no fuel yet, so a guest in an infinite
/// loop cannot be stopped: the worker that runs it is abandoned (it keeps running until the process ends) and a
/// <see cref="FuzzFinding"/> reports the hang. One worker is reused across calls, since Weld keeps its value stack per
/// thread.
/// </summary>
public sealed class BoundedRunner(TimeSpan timeout) : IDisposable
{
    /// <summary>Thread stack of a worker: the size of a Linux main thread, which is what most hosts run wasm on.</summary>
    private const int WorkerStackBytes = 8 << 20;

    private Worker _worker = new();

    public TimeSpan Timeout { get; } = timeout;

    /// <summary>Runs <paramref name="work"/> on the worker; its exception, if any, is rethrown here.</summary>
    /// <exception cref="FuzzFinding">The work did not finish within <see cref="Timeout"/>.</exception>
    public T Run<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? error = null;
        // Not disposed on a hang: the abandoned worker may still set it one day.
        var done = new ManualResetEventSlim();
        _worker.Post(() =>
        {
            try { result = work(); }
            catch (Exception e) { error = ExceptionDispatchInfo.Capture(e); }
            finally { done.Set(); }
        });
        if (!done.Wait(Timeout))
        {
            _worker.Abandon();
            _worker = new Worker();
            throw new FuzzFinding($"hang: a call did not return within {Timeout.TotalSeconds:0.#} s");
        }
        done.Dispose();
        error?.Throw();
        return result;
    }

    public void Dispose() => _worker.Abandon();

    private sealed class Worker
    {
        private readonly BlockingCollection<Action> _queue = [];

        public Worker()
        {
            var thread = new Thread(Loop, WorkerStackBytes) { IsBackground = true, Name = "weld-fuzz-worker" };
            thread.Start();
        }

        public void Post(Action action) => _queue.Add(action);

        /// <summary>Lets the thread end once its current work (if it ever returns) is done.</summary>
        public void Abandon() => _queue.CompleteAdding();

        private void Loop()
        {
            foreach (var action in _queue.GetConsumingEnumerable()) action();
        }
    }
}
