using System.Diagnostics;

namespace Weld.Bench;

/// <summary><c>--gc</c>: binary trees on the WebAssembly GC heap (bench/gc/binary-trees.wat) on every Weld back end and
/// on wasmtime. Each run checks the program's node count, and reports its time, the bytes Weld's objects took from the
/// .NET heap over the run, and the peak growth of the resident set while it ran (sampled every 5 ms): the program
/// allocates far more than it keeps, so the peak must stay near the size of its one long-lived tree.</summary>
internal static class GcBench
{
    public static int Run(bool small, int runs, bool skipInterpreter)
    {
        int depth = small ? 12 : 18;
        string wat = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "gc", "binary-trees.wat"));
        long expected = ExpectedNodes(depth);
        Console.WriteLine($"binary-trees depth {depth}: {expected:N0} nodes walked, {runs} run(s) each (minimum)");
        Console.WriteLine();
        Console.WriteLine("| engine | exec (s) | / wasmtime | allocated on the .NET heap (MiB) | peak RSS growth (MiB) |");
        Console.WriteLine("| ------ | -------: | ---------: | -------------------------------: | --------------------: |");
        var rows = new List<(string Name, double Seconds, long Allocated, long Peak)>();
        Backend[] backends = skipInterpreter ? [Backend.Compiler] : [Backend.Interpreter, Backend.Compiler];
        foreach (var backend in backends)
            rows.Add(Best($"weld-{backend.ToString().ToLowerInvariant()}", runs, () => RunWeld(backend, wat, depth)));
        rows.Add(Best("wasmtime", runs, () => RunWasmtime(wat, depth)));
        bool wrong = false;
        double peer = rows[^1].Seconds;
        foreach (var (name, seconds, allocated, peak) in rows)
        {
            if (seconds < 0)
            {
                wrong = true;
                Console.WriteLine($"| {name} | failed | | | |");
                continue;
            }
            Console.WriteLine($"| {name} | {seconds:F3} | {seconds / peer:F2}x | {allocated >> 20} | {peak >> 20} |");
        }
        return wrong ? 1 : 0;

        (string, double, long, long) Best(string name, int n, Func<long> run)
        {
            double best = double.MaxValue;
            long allocated = 0, peak = 0;
            for (int i = 0; i < n; i++)
            {
                GC.Collect();
                long before = GC.GetTotalAllocatedBytes(precise: true);
                using var sampler = new PeakSampler();
                var clock = Stopwatch.StartNew();
                long nodes;
                try
                {
                    nodes = run();
                }
                catch (Exception e)
                {
                    Console.Error.WriteLine($"{name}: {e.GetType().Name}: {e.Message}");
                    return (name, -1, 0, 0);
                }
                double seconds = clock.Elapsed.TotalSeconds;
                peak = Math.Max(peak, sampler.Stop());
                allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                if (nodes != expected)
                {
                    Console.Error.WriteLine($"{name}: walked {nodes} nodes, expected {expected}");
                    return (name, -1, allocated, peak);
                }
                best = Math.Min(best, seconds);
            }
            return (name, best, allocated, peak);
        }
    }

    /// <summary>The stretch tree (depth + 1), the long-lived tree, and 2^(depth-d+4) trees of every even-offset d from 4.</summary>
    private static long ExpectedNodes(int depth)
    {
        static long Nodes(int d) => (2L << d) - 1;
        long total = Nodes(depth + 1) + Nodes(depth);
        for (int d = 4; d <= depth; d += 2) total += (1L << (depth - d + 4)) * Nodes(d);
        return total;
    }

    private static long RunWeld(Backend backend, string wat, int depth)
    {
        var engine = new Engine(new EngineOptions { Backend = backend });
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, wat), []);
        return instance.GetFunction<int, long>("run")!(depth);
    }

    private static long RunWasmtime(string wat, int depth)
    {
        using var config = new Wasmtime.Config().WithGc(true).WithFunctionReferences(true).WithReferenceTypes(true);
        using var engine = new Wasmtime.Engine(config);
        using var module = Wasmtime.Module.FromText(engine, "binary-trees", wat);
        using var store = new Wasmtime.Store(engine);
        var instance = new Wasmtime.Instance(store, module);
        var run = instance.GetFunction<int, long>("run") ?? throw new InvalidOperationException("no run export");
        return run(depth);
    }

    /// <summary>Samples the resident set on a thread of its own; Stop returns its peak growth over the first sample.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly long _start = Rss();
        private long _peak;
        private volatile bool _stop;
        private readonly Thread _thread;

        public PeakSampler()
        {
            _peak = _start;
            _thread = new Thread(() =>
            {
                while (!_stop)
                {
                    _peak = Math.Max(_peak, Rss());
                    Thread.Sleep(5);
                }
            })
            { IsBackground = true };
            _thread.Start();
        }

        public long Stop()
        {
            _stop = true;
            _thread.Join();
            return Math.Max(_peak, Rss()) - _start;
        }

        public void Dispose() => Stop();

        private static long Rss()
        {
            using var p = Process.GetCurrentProcess();
            return p.WorkingSet64;
        }
    }
}
