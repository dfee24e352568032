using Weld;
using Weld.Bench;

// Runs the shared WASI benchmark programs on every Weld back end and on wasmtime, checks every output line, and
// prints a Markdown table. The exit code is non-zero when any output was wrong.
var options = BenchOptions.Parse(args);
if (options is null) return 2;
if (options.Linking) return LinkingBench.Run();
if (options.HostCalls) return HostCallBench.Run(options.SkipInterpreter);
if (options.Density) return DensityBench.Run();
if (options.Gc) return GcBench.Run(options.Small, options.Runs, options.SkipInterpreter);

#if DEBUG
Console.Error.WriteLine("warning: a Debug build; timings mean little (use -c Release)");
#endif

string dir = BenchSuite.FindDirectory();
var cases = BenchSuite.Load(dir, options.Small, options.Filter);
if (cases.Count == 0)
{
    Console.Error.WriteLine($"error: no program matches '{options.Filter}'");
    return 2;
}

Backend[] backends = options.SkipInterpreter ? [Backend.Compiler] : [Backend.Interpreter, Backend.Compiler];
ControlMode[] modes = [ControlMode.Off, .. options.Fuel ? [ControlMode.Fuel] : Array.Empty<ControlMode>(),
    .. options.Epoch ? [ControlMode.Epoch] : Array.Empty<ControlMode>()];
// wasmtime with the same controls on, for their overhead on the reference engine; its plain run is the reference.
WasmtimeRunner[] wasmtimes = [.. modes.Select(m => new WasmtimeRunner(m))];
var wasmtime = wasmtimes[0];
IEngineRunner[] engines = [.. backends.SelectMany(b => modes.Select(m => new WeldRunner(b, m, options.Eager, options.Bare))), .. wasmtimes];
foreach (var e in engines.Where(e => e.Unavailable is not null)) Console.Error.WriteLine($"{e.Name}: n/a ({e.Unavailable})");

var runner = new BenchRunner(engines, options.Runs);
var results = runner.RunAll(cases);
Console.WriteLine();
Console.WriteLine($"{(options.Small ? "small" : "default")} arguments, " +
                  $"{options.Runs} run(s) each ({(options.Runs > 1 ? "minimum" : "single run")}); " +
                  (options.Eager
                      ? "prep = decode/validate + compile every function + link + instantiate"
                      : "prep = decode/validate + link + instantiate + compile what runs (on first call)") +
                  ", exec = _start alone");
Console.WriteLine();
Console.Write(ResultTable.Format(results, engines, wasmtime));
if (modes.Length > 1)
{
    Console.WriteLine();
    Console.Write(ResultTable.ControlOverhead(results, engines));
}
foreach (var w in wasmtimes) w.Dispose();
if (runner.Failures.Count == 0) return 0;

Console.WriteLine();
Console.WriteLine($"!!! {runner.Failures.Count} FAILURE(S): wrong output or error");
foreach (var f in runner.Failures) Console.WriteLine($"!!! {f}");
return 1;
