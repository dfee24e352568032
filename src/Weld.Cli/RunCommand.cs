using System.CommandLine;
using Weld.Wasi;

namespace Weld.Cli;

/// <summary>
/// <c>weld run [OPTIONS] FILE [ARGS...]</c>: instantiate a module and run it. A WASI command (exports <c>_start</c>)
/// gets FILE's name and ARGS as argv and exits with its exit code; with <c>--invoke NAME</c> ARGS are NAME's
/// parameters instead (a WASI reactor's <c>_initialize</c> runs first). Modules importing
/// <c>wasi_snapshot_preview1</c> get WASI with the console as stdio (put <c>--</c> before program arguments that
/// start with a dash). A wasi-threads program (importing a shared memory or <c>wasi</c> <c>thread-spawn</c>) gets
/// the shared memory its import asks for and <c>thread-spawn</c>. <c>--fuel N</c> and <c>--timeout DURATION</c> stop a
/// runaway module, all its threads included; <c>--max-memory SIZE</c> and <c>--gc-budget SIZE</c> cap what it allocates
/// (<see cref="RunLimits"/>).
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The module (.wasm or .wat)" };
        var args = new Argument<string[]>("args") { Description = "Program arguments (argv[1..]), or the invoked function's arguments", Arity = ArgumentArity.ZeroOrMore };
        var invoke = new Option<string?>("--invoke") { Description = "The exported function to call (default: _start if exported)" };
        var engine = new Option<Backend>("--engine")
        {
            Description = "The back end: auto (the compiler where the platform allows dynamic code), interpreter or compiler; "
                + $"this binary has: {VersionAction.Engines}",
            DefaultValueFactory = _ => Backend.Auto,
        };
        var modulePaths = new Option<string[]>("--module-path") { Description = "A folder searched for NAME.wasm / NAME.wat to satisfy imports from module NAME" };
        var preloads = new Option<string[]>("--preload") { Description = "NAME=FILE: instantiate FILE first and make its exports importable as module NAME" };
        var dirs = new Option<string[]>("--dir") { Description = "HOST[::GUEST]: give a WASI program the host directory HOST as GUEST (default: HOST)" };
        var envs = new Option<string[]>("--env") { Description = "K=V: an environment variable for a WASI program" };
        var inheritEnv = new Option<bool>("--inherit-env") { Description = "Give a WASI program this process's environment" };
        var fuel = new Option<ulong?>("--fuel") { Description = "Stop the module after N units of fuel (one per wasm instruction)" };
        var timeout = new Option<string?>("--timeout") { Description = "Stop the module after DURATION (e.g. 100ms, 2s, 1m)" };
        var maxMemory = new Option<string?>("--max-memory")
        {
            Description = "Cap the bytes of linear memory (all memories together; e.g. 64MiB): memory.grow past it returns -1",
        };
        var gcBudget = new Option<string?>("--gc-budget")
        {
            Description = "Stop the module once it has allocated SIZE bytes of GC objects (structs and arrays; e.g. 256MiB)",
        };
        var command = new Command("run", "Instantiate a module and run it (a WASI command's _start, or --invoke NAME)")
            { file, args, invoke, engine, modulePaths, preloads, dirs, envs, inheritEnv, fuel, timeout, maxMemory, gcBudget };
        command.SetAction(parse => Run(new RunOptions(parse.GetValue(file)!, parse.GetValue(args) ?? [], parse.GetValue(invoke),
            parse.GetValue(engine), parse.GetValue(modulePaths) ?? [], parse.GetValue(preloads) ?? [],
            parse.GetValue(dirs) ?? [], parse.GetValue(envs) ?? [], parse.GetValue(inheritEnv),
            parse.GetValue(fuel), parse.GetValue(timeout), parse.GetValue(maxMemory), parse.GetValue(gcBudget))));
        return command;
    }

    private sealed record RunOptions(FileInfo File, string[] Args, string? Invoke, Backend Backend, string[] ModulePaths,
        string[] Preloads, string[] Dirs, string[] Envs, bool InheritEnv, ulong? Fuel, string? Timeout, string? MaxMemory,
        string? GcBudget);

    private static int Run(RunOptions options)
    {
        WasiContext? wasi = null;
        RunLimits? limits = null;
        try
        {
            limits = RunLimits.Parse(options.Fuel, options.Timeout, options.MaxMemory, options.GcBudget);
            var engine = new Engine(new EngineOptions { Backend = options.Backend, ConsumeFuel = limits.ConsumeFuel });
            using var store = new Store(engine);
            using var timer = limits.Apply(engine, store);
            var linker = new Linker(engine);
            if (options.ModulePaths.Length > 0) linker.ModuleResolver = new ModuleResolver(options.ModulePaths);
            foreach (var preload in options.Preloads)
            {
                int eq = preload.IndexOf('=');
                if (eq <= 0) throw new FormatException($"--preload expects NAME=FILE, got '{preload}'");
                var dependency = Module.FromFile(engine, preload[(eq + 1)..]);
                linker.DefineInstance(preload[..eq], linker.Instantiate(store, dependency));
            }
            var module = Module.FromFile(engine, options.File.FullName);
            // A command's _start takes nothing; a non-WASI module's _start with parameters is invoked like --invoke.
            var start = module.Exports.FirstOrDefault(e => e.Name == "_start")?.Type as FuncType;
            bool command = options.Invoke is null && start is { Parameters.Count: 0 };
            string? name = options.Invoke ?? (start is null ? null : "_start");
            if (WasiContext.IsImportedBy(module) || WasiContext.UsesThreads(module))
            {
                wasi = new WasiContext(WasiConfig(options, command));
                linker.AddProvider(wasi);
                // wasi-threads: the shared memory the module imports, and thread-spawn; each thread's store gets the
                // same fuel and deadline as the main one.
                if (WasiContext.UsesThreads(module)) wasi.AddThreadsToLinker(linker, store, module, limits.ApplyToThread);
            }
            var instance = linker.Instantiate(store, module);
            if (name is null) return 0;
            // A command ends when _start returns or any thread exits or traps (threads still running are stopped).
            if (command && wasi is not null) return wasi.Run(instance);
            if (!command) instance.GetFunction("_initialize")?.Invoke();
            return Invoke(instance, name, command ? [] : options.Args);
        }
        catch (ExitException e)
        {
            return e.ExitCode;
        }
        catch (TrapException e) when (limits?.Explain(e) is var (message, exitCode))
        {
            Console.Error.WriteLine(message);
            return exitCode;
        }
        catch (TrapException e)
        {
            Console.Error.WriteLine($"error: wasm trap: {e.Message}");
            foreach (var frame in e.WasmBacktrace) Console.Error.WriteLine($"  at {frame}");
            return 134;
        }
        catch (Exception e) when (e is WeldException or IOException or FormatException or UnauthorizedAccessException
            or PlatformNotSupportedException or NotSupportedException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        finally
        {
            wasi?.Dispose();
        }
    }

    /// <summary>argv is FILE's name then the program arguments (only for a command: with --invoke they are the function's).</summary>
    private static WasiConfiguration WasiConfig(RunOptions options, bool command)
    {
        var config = new WasiConfiguration().InheritStdio().WithArguments(options.File.Name);
        if (command) config.WithArguments(options.Args);
        if (options.InheritEnv) config.InheritEnvironment();
        foreach (var kv in options.Envs)
        {
            int eq = kv.IndexOf('=');
            if (eq <= 0) throw new FormatException($"--env expects K=V, got '{kv}'");
            config.WithEnvironment(kv[..eq], kv[(eq + 1)..]);
        }
        foreach (var dir in options.Dirs)
        {
            int sep = dir.IndexOf("::", StringComparison.Ordinal);
            var (host, guest) = sep < 0 ? (dir, dir) : (dir[..sep], dir[(sep + 2)..]);
            if (host.Length == 0 || guest.Length == 0) throw new FormatException($"--dir expects HOST[::GUEST], got '{dir}'");
            config.PreopenDirectory(host, guest);
        }
        return config;
    }

    private static int Invoke(Instance instance, string name, string[] args)
    {
        var function = instance.GetFunction(name);
        if (function is null)
        {
            Console.Error.WriteLine($"error: no exported function named '{name}'");
            return 1;
        }
        var ps = function.Type.Parameters;
        if (ps.Count != args.Length)
        {
            Console.Error.WriteLine($"error: '{name}' takes {ps.Count} argument(s) {function.Type}, {args.Length} given");
            return 1;
        }
        var values = new Value[args.Length];
        for (int i = 0; i < args.Length; i++) values[i] = CliValues.Parse(args[i], ps[i]);
        foreach (var result in function.Invoke(values)) Console.WriteLine(CliValues.Format(result));
        return 0;
    }
}
