using System.Diagnostics;
using System.Text;
using Weld.Wasi;

namespace Weld.Bench;

/// <summary>Runs a program on one Weld back end, with WASI stdout and stderr going to memory.</summary>
internal sealed class WeldRunner : IEngineRunner
{
    private readonly Backend _backend;
    private readonly ControlMode _control;
    private readonly bool _eager;
    private readonly bool _interruptible;

    /// <param name="bare">Engines without interruption checks (epoch runs keep them: they need them).</param>
    public WeldRunner(Backend backend, ControlMode control = ControlMode.Off, bool eager = false, bool bare = false)
    {
        _backend = backend;
        _control = control;
        _eager = eager;
        _interruptible = !bare || control == ControlMode.Epoch;
        Name = ControlModes.Suffixed(Family, control);
        try
        {
            _ = new Engine(new EngineOptions { Backend = backend });
        }
        catch (NotSupportedException e)
        {
            Unavailable = e.Message;   // a back end that does not exist yet is a column of "n/a", not a failure
        }
    }

    public string Name { get; }

    public Backend Backend => _backend;

    public string Family => $"weld-{_backend.ToString().ToLowerInvariant()}";

    public ControlMode Control => _control;

    public string? Unavailable { get; }

    public RunResult Run(BenchCase c)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var clock = Stopwatch.StartNew();
        var engine = new Engine(new EngineOptions
        {
            Backend = _backend, ConsumeFuel = _control == ControlMode.Fuel, Interruptible = _interruptible,
        });
        var module = Module.FromFile(engine, c.WasmPath);
        // Functions are prepared (compiled or lowered) on their first call, inside _start; that time is moved from
        // exec to prep below, so prep is decode + validate + compile what runs, and exec is execution alone.
        if (_eager) module.Compile();
        using var store = new Store(engine);
        if (_control == ControlMode.Fuel) store.Fuel = ulong.MaxValue;
        if (_control == ControlMode.Epoch) store.SetEpochDeadline(ControlModes.FarDeadline);
        using var ticker = _control == ControlMode.Epoch
            ? new Timer(_ => engine.IncrementEpoch(), null, ControlModes.TickPeriod, ControlModes.TickPeriod)
            : null;
        using var wasi = new WasiContext(new WasiConfiguration { Stdout = WasiStdio.FromStream(stdout), Stderr = WasiStdio.FromStream(stderr) }
            .WithArguments(Path.GetFileName(c.WasmPath), c.Argument));
        var linker = new Linker(engine);
        wasi.AddToLinker(linker);
        var start = linker.Instantiate(store, module).GetFunction("_start")
            ?? throw new InvalidOperationException($"{c.Name}: no _start export");
        var prepare = clock.Elapsed;

        clock.Restart();
        var cpuBefore = ThreadCpuClock.Now();
        int exitCode = 0;
        string trap = "";
        try
        {
            start.Invoke();
        }
        catch (ExitException e)
        {
            exitCode = e.ExitCode;
        }
        catch (TrapException e)
        {
            exitCode = 134;   // as `weld run` reports a trap
            trap = $"wasm trap: {e.Message}\n";
        }
        var execute = clock.Elapsed;
        var lazy = _eager ? TimeSpan.Zero : module.Compiled.PrepareTime;
        prepare += lazy;
        execute -= lazy;
        var cpu = ThreadCpuClock.Now() - cpuBefore - lazy;
        return new RunResult(prepare, execute, exitCode, Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()) + trap)
        {
            ExecuteCpu = cpu,
        };
    }
}
