using System.Diagnostics;

namespace Weld.Bench;

/// <summary>Runs a program on wasmtime (the Wasmtime NuGet package, Cranelift), with WASI stdout and stderr going to
/// temporary files: its .NET binding has no in-memory stdout. With fuel or an epoch deadline on, as Weld's runner
/// does, so that the overheads of the two runtimes' controls can be compared in one run.</summary>
internal sealed class WasmtimeRunner : IEngineRunner, IDisposable
{
    private readonly Wasmtime.Engine _engine;
    private readonly string _stdoutPath = Path.GetTempFileName();
    private readonly string _stderrPath = Path.GetTempFileName();

    public WasmtimeRunner(ControlMode control = ControlMode.Off)
    {
        Control = control;
        using var config = new Wasmtime.Config()
            .WithFuelConsumption(control == ControlMode.Fuel)
            .WithEpochInterruption(control == ControlMode.Epoch);
        _engine = new Wasmtime.Engine(config);
        Name = ControlModes.Suffixed(Family, control);
    }

    public string Name { get; }

    public string Family => "wasmtime";

    public ControlMode Control { get; }

    public string? Unavailable => null;

    public RunResult Run(BenchCase c)
    {
        var clock = Stopwatch.StartNew();
        using var module = Wasmtime.Module.FromFile(_engine, c.WasmPath);
        using var linker = new Wasmtime.Linker(_engine);
        linker.DefineWasi();
        using var store = new Wasmtime.Store(_engine);
        store.SetWasiConfiguration(new Wasmtime.WasiConfiguration()
            .WithArgs(Path.GetFileName(c.WasmPath), c.Argument)
            .WithStandardOutput(_stdoutPath)
            .WithStandardError(_stderrPath));
        if (Control == ControlMode.Fuel) store.Fuel = ulong.MaxValue / 2;
        if (Control == ControlMode.Epoch) store.SetEpochDeadline(ControlModes.FarDeadline);
        var start = linker.Instantiate(store, module).GetAction("_start")
            ?? throw new InvalidOperationException($"{c.Name}: no _start export");
        var prepare = clock.Elapsed;

        using var ticker = Control == ControlMode.Epoch
            ? new Timer(_ => _engine.IncrementEpoch(), null, ControlModes.TickPeriod, ControlModes.TickPeriod)
            : null;
        clock.Restart();
        var cpuBefore = ThreadCpuClock.Now();
        int exitCode = 0;
        string trap = "";
        try
        {
            start();
        }
        catch (Wasmtime.WasmtimeException e) when (e.ExitCode is { } code)
        {
            exitCode = code;
        }
        catch (Wasmtime.TrapException e)
        {
            exitCode = 134;
            trap = $"wasm trap: {e.Message}\n";
        }
        var execute = clock.Elapsed;
        var cpu = ThreadCpuClock.Now() - cpuBefore;
        // The store owns the WASI files: dispose it before reading them back.
        store.Dispose();
        return new RunResult(prepare, execute, exitCode, File.ReadAllText(_stdoutPath), File.ReadAllText(_stderrPath) + trap)
        {
            ExecuteCpu = cpu,
        };
    }

    public void Dispose()
    {
        _engine.Dispose();
        File.Delete(_stdoutPath);
        File.Delete(_stderrPath);
    }
}
