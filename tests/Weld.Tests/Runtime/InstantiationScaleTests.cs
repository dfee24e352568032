using System.Diagnostics;
using Xunit.Abstractions;

namespace Weld.Tests.Runtime;

/// <summary>
/// Instantiation is linear in the module's size: each test times a module with N entries of one kind and one with
/// N/4, in the same process after a warm-up, and requires time(N) &lt; 8 x time(N/4) + a small constant. Linear
/// work gives a ratio near 4; quadratic work gives 16, which the bound cannot meet.
/// </summary>
[Collection(nameof(InstantiationScaleTests))]
public class InstantiationScaleTests(ITestOutputHelper output)
{
    private const int N = 100_000;
    // Small next to 8 x time(N/4), so that quadratic growth (16 x) fails even where N/4 takes well under a millisecond.
    private const double SlackMs = 2;
    private const int Rounds = 5;

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

    /// <summary>Times <paramref name="prepare"/>'s action on modules of N/4 and N entries (best of five after a
    /// warm-up each) and checks the ratio. <paramref name="prepare"/> does the per-size setup outside the timing.</summary>
    private void AssertLinear(string what, Func<int, byte[]> build, Func<Engine, Module, Action> prepare)
    {
        var engine = new Engine();
        var small = Module.FromBytes(engine, build(N / 4));
        var big = Module.FromBytes(engine, build(N));
        var runSmall = prepare(engine, small);
        var runBig = prepare(engine, big);
        runSmall(); // warm-up: JIT and first-touch costs
        runBig();
        double tSmall = Best(runSmall), tBig = Best(runBig);
        output.WriteLine($"{what}: N/4 = {N / 4}: {tSmall:F1} ms, N = {N}: {tBig:F1} ms, ratio {tBig / tSmall:F2}");
        Assert.True(tBig < 8 * tSmall + SlackMs,
            $"{what}: instantiating {N} took {tBig:F1} ms, {N / 4} took {tSmall:F1} ms: more than linear growth");
    }

    private static double Best(Action run)
    {
        double best = double.MaxValue;
        for (int i = 0; i < Rounds; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            // Without collections during the timing: the bigger run would otherwise pay for gen0 collections (of
            // everything it keeps alive) that the smaller one fits under, which is GC budget, not the algorithm.
            bool noGc = TryStartNoGcRegion();
            try
            {
                var sw = Stopwatch.StartNew();
                run();
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            }
            finally
            {
                if (noGc && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
            }
        }
        return best;
    }

    private static bool TryStartNoGcRegion()
    {
        try { return GC.TryStartNoGCRegion(200L << 20); }
        catch (ArgumentOutOfRangeException) { return false; } // more than this GC can promise: time with collections
    }
}
