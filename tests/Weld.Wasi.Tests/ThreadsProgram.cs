using System.Diagnostics;
using System.Text;

namespace Weld.Wasi.Tests;

/// <summary>Runs a wasi-threads program (a .wasm of tests/wasi-threads, or text) through the public API the way an
/// embedder would: <see cref="WasiContext.AddThreadsToLinker"/>, then <see cref="WasiContext.Run"/>.</summary>
internal sealed class ThreadsProgram : IDisposable
{
    private readonly MemoryStream _stdout = new();

    public ThreadsProgram(Backend backend, Func<Engine, Module> load, Action<Store>? configureStore = null, WasiConfiguration? config = null)
    {
        Engine = new Engine(new EngineOptions { Backend = backend });
        Store = new Store(Engine);
        configureStore?.Invoke(Store);
        config ??= new WasiConfiguration();
        config.Stdout = WasiStdio.FromStream(_stdout);
        Wasi = new WasiContext(config);
        Module = load(Engine);
        var linker = new Linker(Engine);
        Wasi.AddToLinker(linker);
        Memory = Wasi.AddThreadsToLinker(linker, Store, Module, configureStore);
        Instance = linker.Instantiate(Store, Module);
    }

    public static ThreadsProgram FromFile(Backend backend, string name, Action<Store>? configureStore = null) =>
        new(backend, engine => Module.FromFile(engine, Path.Combine(Folder, name + ".wasm")), configureStore);

    /// <summary>tests/wasi-threads, where the programs and their sources are.</summary>
    public static string Folder { get; } = FindFolder();

    public Engine Engine { get; }
    public Store Store { get; }
    public WasiContext Wasi { get; }
    public Module Module { get; }
    public Memory? Memory { get; }
    public Instance Instance { get; }

    /// <summary>What the program's threads wrote to stdout so far.</summary>
    public string Stdout => Encoding.UTF8.GetString(_stdout.ToArray());

    public int Run() => Wasi.Run(Instance);

    /// <summary>True once every spawned thread has stopped (waits up to <paramref name="seconds"/>).</summary>
    public bool AllThreadsStop(double seconds = 10)
    {
        var clock = Stopwatch.StartNew();
        while (Wasi.RunningThreads > 0 && clock.Elapsed.TotalSeconds < seconds) Thread.Sleep(10);
        return Wasi.RunningThreads == 0;
    }

    public void Dispose()
    {
        Wasi.Dispose();
        Store.Dispose();
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Weld.slnx"))) return Path.Combine(dir.FullName, "tests", "wasi-threads");
        throw new InvalidOperationException("repository root not found");
    }
}
