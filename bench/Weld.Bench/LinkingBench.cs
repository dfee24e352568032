using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Weld.Bench;

/// <summary><c>--linking</c>: the cost of instantiating a module whose 100 imports are host functions defined in a
/// linker, through <see cref="InstancePre.Instantiate"/> (names resolved once) and <see cref="Linker.Instantiate"/>
/// (names resolved every time), with wasmtime's <c>Linker.Instantiate</c> of the same module for reference.</summary>
internal static class LinkingBench
{
    private const int Imports = 100;
    private const int PerStore = 1_000;   // instances accumulate in a store, so each batch gets a fresh one
    private const int Batches = 20;

    public static int Run()
    {
        string wat = ModuleText();
        var engine = new Engine();
        var module = Module.FromText(engine, wat);
        var linker = new Linker(engine);
        for (int i = 0; i < Imports; i++)
        {
            int k = i;
            linker.DefineFunction("env", $"f{i}", HostFunction.FromDelegate((int x) => x + k));
        }
        var pre = linker.InstantiatePre(module);
        Report("weld InstancePre.Instantiate", Measure(() => new Store(engine), s => pre.Instantiate(s)));
        Report("weld Linker.Instantiate", Measure(() => new Store(engine), s => linker.Instantiate(s, module)));

        using var wtEngine = new Wasmtime.Engine();
        using var wtModule = Wasmtime.Module.FromText(wtEngine, "imports", wat);
        using var wtLinker = new Wasmtime.Linker(wtEngine);
        for (int i = 0; i < Imports; i++)
        {
            int k = i;
            wtLinker.DefineFunction("env", $"f{i}", (int x) => x + k);
        }
        Report("wasmtime Linker.Instantiate", Measure(() => new Wasmtime.Store(wtEngine), s => wtLinker.Instantiate(s, wtModule)));
        return 0;
    }

    /// <summary>(module (import "env" "f0" (func (param i32) (result i32))) ... (func (export "sum") ...)): the export
    /// calls every import so none is dead.</summary>
    private static string ModuleText()
    {
        var sb = new StringBuilder("(module\n");
        for (int i = 0; i < Imports; i++) sb.Append($"  (import \"env\" \"f{i}\" (func $f{i} (param i32) (result i32)))\n");
        sb.Append("  (func (export \"sum\") (param i32) (result i32) (local.get 0)");
        for (int i = 0; i < Imports; i++) sb.Append($" (call $f{i})");
        return sb.Append("))\n").ToString();
    }

    /// <summary>Mean time of one instantiation in microseconds, after a warm-up batch; store creation is not timed.</summary>
    private static double Measure<TStore>(Func<TStore> newStore, Action<TStore> instantiate) where TStore : IDisposable
    {
        var elapsed = TimeSpan.Zero;
        for (int batch = -1; batch < Batches; batch++)
        {
            using var store = newStore();
            var clock = Stopwatch.StartNew();
            for (int i = 0; i < PerStore; i++) instantiate(store);
            if (batch >= 0) elapsed += clock.Elapsed;   // batch -1 warms up the JIT
        }
        return elapsed.TotalMicroseconds / (Batches * PerStore);
    }

    private static void Report(string what, double micros)
    {
        string mean = micros.ToString("F2", CultureInfo.InvariantCulture);
        Console.WriteLine($"{what,-30} {mean,8} us per instance ({Imports} function imports, mean of {Batches * PerStore})");
    }
}
