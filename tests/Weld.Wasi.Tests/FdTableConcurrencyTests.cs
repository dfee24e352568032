using Weld.Wasi.Abi;
using Weld.Wasi.Descriptors;

namespace Weld.Wasi.Tests;

/// <summary>The descriptor table shared by the threads of a wasi-threads program: a close never frees a descriptor
/// that another thread's call is using, and concurrent opens and closes keep numbers unique.</summary>
public class FdTableConcurrencyTests
{
    private sealed class Probe() : Descriptor(Rights.Stream, Rights.None)
    {
        public int Disposals;
        public override FileType Type => FileType.CharacterDevice;
        public override FileStat Stat() => default;
        public override void Dispose() => Interlocked.Increment(ref Disposals);
    }

    [Fact]
    public void A_descriptor_closed_during_another_call_is_freed_when_that_call_returns()
    {
        using var table = new FdTable();
        var probe = new Probe();
        int fd = table.Insert(probe);
        using (FdTable.EnterCall())
        {
            Assert.Same(probe, table.Get(fd));
            var closer = new Thread(() => table.Close(fd));   // another thread's fd_close
            closer.Start();
            closer.Join();
            Assert.False(table.Contains(fd));
            Assert.Equal(0, probe.Disposals);   // still in use by this call
        }
        Assert.Equal(1, probe.Disposals);
    }

    [Fact]
    public void Renumber_frees_the_target_only_after_the_calls_using_it()
    {
        using var table = new FdTable();
        var a = new Probe();
        var b = new Probe();
        int fa = table.Insert(a), fb = table.Insert(b);
        using (FdTable.EnterCall())
        {
            table.Get(fb);
            table.Renumber(fa, fb);
            Assert.Same(a, table.Get(fb));
            Assert.Equal(0, b.Disposals);
        }
        Assert.Equal(1, b.Disposals);
        Assert.Equal(0, a.Disposals);
    }

    [Fact]
    public void Threads_opening_and_closing_at_once_get_unique_numbers_and_free_each_descriptor_once()
    {
        using var table = new FdTable();
        var all = new System.Collections.Concurrent.ConcurrentBag<Probe>();
        int clashes = 0;
        var owners = new int[FdTable.MaxOpen];
        var threads = Enumerable.Range(1, 8).Select(id => new Thread(() =>
        {
            for (int i = 0; i < 2000; i++)
            {
                var p = new Probe();
                all.Add(p);
                int fd = table.Insert(p);
                // Nobody else may hold this number until this thread closes it.
                if (Interlocked.Exchange(ref owners[fd], id) != 0) Interlocked.Increment(ref clashes);
                using (FdTable.EnterCall())
                    if (!ReferenceEquals(p, table.Get(fd))) Interlocked.Increment(ref clashes);   // no assert off the test thread
                Volatile.Write(ref owners[fd], 0);
                table.Close(fd);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Equal(0, clashes);
        Assert.Equal(16000, all.Count);
        Assert.All(all, p => Assert.Equal(1, p.Disposals));
    }
}
