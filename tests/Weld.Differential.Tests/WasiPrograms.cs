using System.Text;
using Weld.Fuzz.Sessions;
using Weld.Wasi;
using Wt = Wasmtime;

namespace Weld.Differential.Tests;

/// <summary>What a WASI program did: its exit code, its stdout and (Weld only) its memory at the end.</summary>
internal sealed record ProgramRun(int ExitCode, string Stdout, byte[]? Memory);

/// <summary>Runs a WASI command (<c>_start</c>) with arguments on one engine.</summary>
internal static class WasiPrograms
{
    /// <summary>Fuel for one program at its small argument: ample (they run well under a second), but finite.</summary>
    private const ulong ProgramFuel = 50_000_000_000;

    public static ProgramRun OnWeld(Backend backend, string wasmPath, string[] args, BoundedRunner runner) => runner.Run(() =>
    {
        var stdout = new MemoryStream();
        var engine = new Engine(new EngineOptions { Backend = backend });
        var module = Module.FromFile(engine, wasmPath);
        using var store = new Store(engine);
        using var wasi = new WasiContext(new WasiConfiguration { Stdout = WasiStdio.FromStream(stdout) }.WithArguments(args));
        var instance = wasi.AddToLinker(new Linker(engine)).Instantiate(store, module);
        int exitCode = 0;
        try
        {
            instance.GetFunction("_start")!.Invoke();
        }
        catch (ExitException e)
        {
            exitCode = e.ExitCode;
        }
        catch (TrapException e)
        {
            exitCode = 128 + (int)e.Code;
        }
        return new ProgramRun(exitCode, Encoding.UTF8.GetString(stdout.ToArray()), instance.GetMemory("memory") is { } m ? ReadAll(m) : null);
    });

    private static byte[] ReadAll(Memory memory)
    {
        var bytes = new byte[memory.Length];
        memory.Read(0, bytes);
        return bytes;
    }

    public static ProgramRun OnWasmtime(Wt.Engine engine, string wasmPath, string[] args)
    {
        string stdoutPath = Path.GetTempFileName();
        try
        {
            using var module = Wt.Module.FromFile(engine, wasmPath);
            using var linker = new Wt.Linker(engine);
            linker.DefineWasi();
            int exitCode = 0;
            using (var store = new Wt.Store(engine))
            {
                store.Fuel = ProgramFuel;
                store.SetWasiConfiguration(new Wt.WasiConfiguration().WithArgs(args).WithStandardOutput(stdoutPath));
                var start = linker.Instantiate(store, module).GetAction("_start")!;
                try
                {
                    start();
                }
                catch (Wt.WasmtimeException e) when (e.ExitCode is { } code)
                {
                    exitCode = code;
                }
                catch (Wt.TrapException e)
                {
                    exitCode = 128 + (int)(WasmtimeTraps.ToOutcome(e.Type, e.Message).Trap ?? TrapCode.HostError);
                }
            }
            // The store owns the WASI files: read stdout after disposing it.
            return new ProgramRun(exitCode, File.ReadAllText(stdoutPath), null);
        }
        finally
        {
            File.Delete(stdoutPath);
        }
    }
}
