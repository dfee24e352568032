using System.Runtime.ExceptionServices;

namespace Weld.Tests.Support;

/// <summary>The threads a host calls wasm from. Their native stacks differ, and runaway recursion must trap before
/// any of them overflows. xunit runs tests on its own worker threads, never on the process's main thread, so the
/// main thread's stack is reproduced by a thread created with the same size.</summary>
public enum TestThread
{
    /// <summary>A new thread with the 8 MiB stack that Linux gives a process's main thread (<c>ulimit -s</c>).</summary>
    MainThreadSized,

    /// <summary>A thread-pool thread (the runtime's default secondary-thread stack).</summary>
    ThreadPool,

    /// <summary>A new thread with a 256 KiB stack.</summary>
    SmallStack,
}

internal static class TestThreads
{
    public const int MainThreadStackSize = 8 * 1024 * 1024;
    public const int SmallStackSize = 256 * 1024;

    /// <summary>Every back end on every kind of thread: use with
    /// [Theory, MemberData(nameof(TestThreads.EveryBackendOnEveryThread), MemberType = typeof(TestThreads))].</summary>
    public static TheoryData<Backend, TestThread> EveryBackendOnEveryThread
    {
        get
        {
            var data = new TheoryData<Backend, TestThread>();
            foreach (Backend backend in Engines.All)
                foreach (var thread in Enum.GetValues<TestThread>())
                    data.Add(backend, thread);
            return data;
        }
    }

    /// <summary>Runs <paramref name="action"/> on a thread of the given kind and rethrows what it throws.</summary>
    public static void Run(TestThread thread, Action action)
    {
        if (thread == TestThread.ThreadPool)
        {
            Task.Run(() =>
            {
                Assert.True(Thread.CurrentThread.IsThreadPoolThread);
                action();
            }).GetAwaiter().GetResult();
            return;
        }
        ExceptionDispatchInfo? failure = null;
        var t = new Thread(() =>
        {
            try { action(); }
            catch (Exception e) { failure = ExceptionDispatchInfo.Capture(e); } // rethrown on the test's thread below
        }, thread == TestThread.MainThreadSized ? MainThreadStackSize : SmallStackSize);
        t.Start();
        t.Join();
        failure?.Throw();
    }
}
