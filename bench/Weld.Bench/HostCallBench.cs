using System.Diagnostics;
using System.Globalization;

namespace Weld.Bench;

/// <summary><c>--host-calls</c>: what one call from wasm to a typed host function costs, on each Weld back end and
/// on wasmtime. A loop calls the host function <see cref="Calls"/> times; the same loop calling a wasm function of the
/// same shape is the baseline, and the difference per call is the host call's own cost.</summary>
internal static class HostCallBench
{
    private const int Calls = 20_000_000;

    private const string Wat = """
        (module
          (import "env" "inc" (func $inc (param i32) (result i32)))
          (func $wasm_inc (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
          (func (export "host_loop") (param $n i32) (result i32) (local $acc i32)
            (loop $l
              (local.set $acc (call $inc (local.get $acc)))
              (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
            (local.get $acc))
          (func (export "wasm_loop") (param $n i32) (result i32) (local $acc i32)
            (loop $l
              (local.set $acc (call $wasm_inc (local.get $acc)))
              (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
            (local.get $acc)))
        """;

    public static int Run(bool skipInterpreter)
    {
        foreach (var backend in skipInterpreter ? [Backend.Compiler] : new[] { Backend.Interpreter, Backend.Compiler })
        {
            var engine = new Engine(new EngineOptions { Backend = backend });
            using var store = new Store(engine);
            var inc = Function.FromDelegate(store, (int x) => x + 1);
            var instance = Instance.Create(store, Module.FromText(engine, Wat), [inc]);
            var host = instance.GetFunction<int, int>("host_loop")!;
            var wasm = instance.GetFunction<int, int>("wasm_loop")!;
            Report($"weld-{backend.ToString().ToLowerInvariant()}", Measure(() => host(Calls)), Measure(() => wasm(Calls)));
        }

        using var wtEngine = new Wasmtime.Engine();
        using var wtModule = Wasmtime.Module.FromText(wtEngine, "hostcalls", Wat);
        using var wtLinker = new Wasmtime.Linker(wtEngine);
        using var wtStore = new Wasmtime.Store(wtEngine);
        wtLinker.DefineFunction("env", "inc", (int x) => x + 1);
        var wtInstance = wtLinker.Instantiate(wtStore, wtModule);
        var wtHost = wtInstance.GetFunction<int, int>("host_loop")!;
        var wtWasm = wtInstance.GetFunction<int, int>("wasm_loop")!;
        Report("wasmtime", Measure(() => wtHost(Calls)), Measure(() => wtWasm(Calls)));
        return 0;
    }

    /// <summary>The best of five timed runs after a warm-up, in nanoseconds per loop iteration.</summary>
    private static double Measure(Func<int> loop)
    {
        if (loop() != Calls) throw new InvalidOperationException("wrong result");
        double best = double.MaxValue;
        for (int i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            loop();
            best = Math.Min(best, clock.Elapsed.TotalNanoseconds / Calls);
        }
        return best;
    }

    private static void Report(string engine, double hostLoop, double wasmLoop)
    {
        string F(double ns) => ns.ToString("F2", CultureInfo.InvariantCulture);
        Console.WriteLine($"{engine,-18} host call loop {F(hostLoop),7} ns/iteration, wasm call loop {F(wasmLoop),7} ns, " +
                          $"host call cost {F(hostLoop - wasmLoop),7} ns");
    }
}
