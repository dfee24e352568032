using System.Diagnostics;
using Xunit.Abstractions;

namespace Weld.Tests.Runtime;

/// <summary>
/// Instantiation is linear in the module's size: each test times a module with N entries of one kind and one with
/// N/4, in the same process after a warm-up, and requires time(N) &lt; 8 x time(N/4) + a small constant. Linear
/// work gives a ratio near 4; quadratic work gives 16, which the bound cannot meet. Times are the thread's CPU
/// time, best of several interleaved runs, without garbage collections, so that a busy machine does not decide.
/// </summary>
[Collection(nameof(InstantiationScaleTests))]
public class InstantiationScaleTests(ITestOutputHelper output)
{
    private const int N = 100_000;
    // Small next to 8 x time(N/4), so that quadratic growth (16 x) fails even where N/4 takes well under a millisecond.
    private const double SlackMs = 2;
    private const int Rounds = 5;
    private const int Attempts = 3;

    [Fact]
    public void GlobalsInstantiateInLinearTime() =>
        AssertLinear("globals", ScaleModules.Globals, (engine, module) => () =>
        {
            using var store = new Store(engine);
            Assert.NotNull(Instance.Create(store, module, []).GetGlobal("last"));
        });

    [Fact]
    public void FunctionsAndTheirExportsInstantiateInLinearTime() =>
        AssertLinear("functions", ScaleModules.Functions, (engine, module) =>
        {
            string last = module.Exports[^1].Name;
            return () =>
            {
                using var store = new Store(engine);
                // Looking exports up is part of the work: the export table must stay linear too.
                var instance = Instance.Create(store, module, []);
                Assert.NotNull(instance.GetFunction(last));
                Assert.Equal(module.Exports.Count, instance.Exports.Count);
            };
        });

    [Fact]
    public void PositionalImportsInstantiateInLinearTime() =>
        AssertLinear("imports (positional)", ScaleModules.Imports, (engine, module) =>
        {
            var store = new Store(engine);
            var f = Function.FromDelegate(store, () => { });
            var externs = Enumerable.Repeat<Extern?>(f, module.Imports.Count).ToArray();
            return () => Instance.Create(store, module, externs);
        });

    [Fact]
    public void LinkerImportsInstantiateInLinearTime() =>
        AssertLinear("imports (linker)", ScaleModules.Imports, (engine, module) =>
        {
            var store = new Store(engine);
            var f = Function.FromDelegate(store, () => { });
            var linker = new Linker(engine);
            foreach (var import in module.Imports) linker.Define(import.Module, import.Name, f);
            return () => linker.Instantiate(store, module);
        });

    [Fact]
    public void InstancePreImportsInstantiateInLinearTime() =>
        AssertLinear("imports (InstancePre)", ScaleModules.Imports, (engine, module) =>
        {
            var store = new Store(engine);
            var linker = new Linker(engine);
            foreach (var import in module.Imports) linker.DefineFunction(import.Module, import.Name, HostFunction.FromDelegate(() => { }));
            var pre = linker.InstantiatePre(module);
            return () => pre.Instantiate(store);
        });

    [Fact]
    public void ElementSegmentsInstantiateInLinearTime() =>
        AssertLinear("element segments", ScaleModules.Elements, (engine, module) => () =>
        {
            using var store = new Store(engine);
            var table = Instance.Create(store, module, []).GetTable("table")!;
            Assert.False(table.Get(table.Size - 1).IsNull);
        });

    [Fact]
    public void DataSegmentsInstantiateInLinearTime() =>
        AssertLinear("data segments", ScaleModules.Datas, (engine, module) => () =>
        {
            using var store = new Store(engine);
            var memory = Instance.Create(store, module, []).GetMemory("memory")!;
            Assert.Equal(1, memory.ReadByte(0));
        });

    [Fact]
    public void ReexportedImportsCompileInLinearTime()
    {
        // Typing the exports of a module must not scan its imports once per export (re-exported imports).
        var engine = new Engine();
        byte[] small = ScaleModules.Imports(N / 4), big = ScaleModules.Imports(N);
        AssertLinear("imports (compile, all re-exported)", () => Module.FromBytes(engine, small), () => Module.FromBytes(engine, big));
    }

    /// <summary>Times <paramref name="prepare"/>'s action on modules of N/4 and N entries and checks the ratio.
    /// <paramref name="prepare"/> does the per-size setup outside the timing.</summary>
    private void AssertLinear(string what, Func<int, byte[]> build, Func<Engine, Module, Action> prepare)
    {
        var engine = new Engine();
        var small = Module.FromBytes(engine, build(N / 4));
        var big = Module.FromBytes(engine, build(N));
        AssertLinear(what, prepare(engine, small), prepare(engine, big));
    }

    private void AssertLinear(string what, Action runSmall, Action runBig)
    {
        runSmall(); // warm-up: JIT and first-touch costs
        runBig();
        double tSmall = 0, tBig = 0;
        // A machine busy with other work can slow one measurement down; linear work passes on a later attempt,
        // quadratic work fails every one.
        for (int attempt = 1; attempt <= Attempts; attempt++)
        {
            (tSmall, tBig) = BestOfInterleaved(runSmall, runBig);
            output.WriteLine($"{what}: N/4 = {N / 4}: {tSmall:F2} ms, N = {N}: {tBig:F2} ms, ratio {tBig / tSmall:F2} (attempt {attempt})");
            if (tBig < 8 * tSmall + SlackMs) return;
        }
        Assert.Fail($"{what}: {N} took {tBig:F2} ms, {N / 4} took {tSmall:F2} ms: more than linear growth");
    }

    /// <summary>The best of several runs of each, alternating so that both see the same machine.</summary>
    private static (double Small, double Big) BestOfInterleaved(Action small, Action big)
    {
        double bestSmall = double.MaxValue, bestBig = double.MaxValue;
        for (int i = 0; i < Rounds; i++)
        {
            bestSmall = Math.Min(bestSmall, Time(small));
            bestBig = Math.Min(bestBig, Time(big));
        }
        return (bestSmall, bestBig);
    }

    private static double Time(Action run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        // Without collections during the timing: the bigger run would otherwise pay for gen0 collections (of
        // everything it keeps alive) that the smaller one fits under, which is GC budget, not the algorithm.
        bool noGc = TryStartNoGcRegion();
        try
        {
            var clock = CpuClock.Start();
            run();
            return clock.ElapsedMilliseconds;
        }
        finally
        {
            if (noGc && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        }
    }

    private static bool TryStartNoGcRegion()
    {
        try { return GC.TryStartNoGCRegion(200L << 20); }
        catch (ArgumentOutOfRangeException) { return false; } // more than this GC can promise: time with collections
    }

    /// <summary>This thread's CPU time where the OS reports it (Linux, macOS), else wall-clock time: time spent
    /// waiting for a core that other processes hold would otherwise count, and count more for longer runs.</summary>
    private readonly struct CpuClock
    {
        private readonly long _startNs;
        private readonly Stopwatch? _wall;

        private CpuClock(long startNs, Stopwatch? wall)
        {
            _startNs = startNs;
            _wall = wall;
        }

        public static CpuClock Start() => ThreadCpuNs() is long ns ? new(ns, null) : new(0, Stopwatch.StartNew());

        public double ElapsedMilliseconds => _wall?.Elapsed.TotalMilliseconds ?? (ThreadCpuNs()!.Value - _startNs) / 1e6;

        private static long? ThreadCpuNs()
        {
            int clock = OperatingSystem.IsLinux() ? 3 : OperatingSystem.IsMacOS() ? 16 : -1; // CLOCK_THREAD_CPUTIME_ID
            if (clock < 0 || clock_gettime(clock, out var ts) != 0) return null;
            return ts.Seconds * 1_000_000_000 + ts.Nanoseconds;
        }

        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [System.Runtime.InteropServices.DllImport("libc")]
        private static extern int clock_gettime(int clock, out TimeSpec time);
    }
}

/// <summary>Runs the scale tests alone: other tests running at the same time would skew the timings.</summary>
[CollectionDefinition(nameof(InstantiationScaleTests), DisableParallelization = true)]
public sealed class InstantiationScaleCollection;
