using System.CommandLine;

namespace Weld.Cli;

/// <summary><c>weld wast [--engine ...] [--features ...] PATH...</c>: run spec test scripts (files or folders, recursively).</summary>
internal static class WastCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = ".wast files or folders" };
        var engine = new Option<Backend>("--engine")
        {
            Description = "The back end: auto (the compiler where the platform allows dynamic code), interpreter or compiler",
            DefaultValueFactory = _ => Backend.Auto,
        };
        var features = new Option<WasmFeatures>("--features")
        {
            Description = "The proposals beyond 2.0 that modules may use: default (all Weld implements: threads, exception "
                + "handling) or none (2.0 alone, as the wasm-2.0 suite expects)",
            DefaultValueFactory = _ => WasmFeatures.Default,
        };
        var command = new Command("wast", "Run WebAssembly spec test scripts") { paths, engine, features };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(engine), parse.GetValue(features)));
        return command;
    }

    private static int Run(string[] paths, Backend backend, WasmFeatures features)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*.wast", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            else if (File.Exists(path)) files.Add(path);
            else
            {
                Console.Error.WriteLine($"error: no such file or folder: {path}");
                return 2;
            }
        }
        Engine engine;
        try
        {
            engine = new Engine(new EngineOptions { Backend = backend, Features = features });
        }
        catch (NotSupportedException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        var runner = new WastRunner(engine);
        int passed = 0, failed = 0;
        foreach (var file in files)
        {
            var result = runner.RunFile(file);
            passed += result.Passed;
            failed += result.Total - result.Passed;
            Console.WriteLine($"{(result.Success ? "PASS" : "FAIL")} {file} ({result.Passed}/{result.Total})");
            if (result.Failures.Count > 0) Console.WriteLine($"    {result.Failures[0]}");
        }
        Console.WriteLine($"total: {passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
