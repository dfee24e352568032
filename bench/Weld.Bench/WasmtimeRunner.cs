using System.Diagnostics;

namespace Weld.Bench;

/// <summary>Runs a program on wasmtime (the Wasmtime NuGet package, Cranelift), with WASI stdout and stderr going to
/// temporary files: its .NET binding has no in-memory stdout.</summary>
internal sealed class WasmtimeRunner : IEngineRunner, IDisposable
{
    private readonly Wasmtime.Engine _engine = new();
    private readonly string _stdoutPath = Path.GetTempFileName();
    private readonly string _stderrPath = Path.GetTempFileName();

    public string Name => "wasmtime";

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
        var start = linker.Instantiate(store, module).GetAction("_start")
            ?? throw new InvalidOperationException($"{c.Name}: no _start export");
        var prepare = clock.Elapsed;

        clock.Restart();
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
        // The store owns the WASI files: dispose it before reading them back.
        store.Dispose();
        return new RunResult(prepare, execute, exitCode, File.ReadAllText(_stdoutPath), File.ReadAllText(_stderrPath) + trap);
    }

    public void Dispose()
    {
        _engine.Dispose();
        File.Delete(_stdoutPath);
        File.Delete(_stderrPath);
    }
}
