using System.CommandLine;

namespace Weld.Cli;

/// <summary><c>weld run [--invoke NAME] FILE [ARGS...]</c>: instantiate a module and call a function.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The module (.wasm or .wat)" };
        var args = new Argument<string[]>("args") { Description = "Arguments for the invoked function", Arity = ArgumentArity.ZeroOrMore };
        var invoke = new Option<string?>("--invoke") { Description = "The exported function to call (default: _start if exported)" };
        var engine = new Option<Backend>("--engine") { Description = "The back end", DefaultValueFactory = _ => Backend.Interpreter };
        var modulePaths = new Option<string[]>("--module-path") { Description = "A folder searched for NAME.wasm / NAME.wat to satisfy imports from module NAME" };
        var preloads = new Option<string[]>("--preload") { Description = "NAME=FILE: instantiate FILE first and make its exports importable as module NAME" };
        var command = new Command("run", "Instantiate a module and call one of its functions") { file, args, invoke, engine, modulePaths, preloads };
        command.SetAction(parse => Run(new RunOptions(parse.GetValue(file)!, parse.GetValue(args) ?? [], parse.GetValue(invoke),
            parse.GetValue(engine), parse.GetValue(modulePaths) ?? [], parse.GetValue(preloads) ?? [])));
        return command;
    }

    private sealed record RunOptions(FileInfo File, string[] Args, string? Invoke, Backend Backend, string[] ModulePaths, string[] Preloads);

    private static int Run(RunOptions options)
    {
        var (file, args, invoke, backend, _, _) = options;
        try
        {
            var engine = new Engine(new EngineOptions { Backend = backend });
            using var store = new Store(engine);
            var linker = new Linker(engine);
            if (options.ModulePaths.Length > 0) linker.ModuleResolver = new ModuleResolver(options.ModulePaths);
            foreach (var preload in options.Preloads)
            {
                int eq = preload.IndexOf('=');
                if (eq <= 0) throw new FormatException($"--preload expects NAME=FILE, got '{preload}'");
                var dependency = Module.FromFile(engine, preload[(eq + 1)..]);
                linker.DefineInstance(preload[..eq], linker.Instantiate(store, dependency));
            }
            var module = Module.FromFile(engine, file.FullName);
            var instance = linker.Instantiate(store, module);
            string? name = invoke ?? (instance.GetFunction("_start") is not null ? "_start" : null);
            if (name is null) return 0;
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
        catch (TrapException e)
        {
            Console.Error.WriteLine($"error: wasm trap: {e.Message}");
            foreach (var frame in e.WasmBacktrace) Console.Error.WriteLine($"  at {frame}");
            return 134;
        }
        catch (Exception e) when (e is WeldException or IOException or FormatException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
