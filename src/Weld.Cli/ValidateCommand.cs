using System.CommandLine;

namespace Weld.Cli;

/// <summary><c>weld validate FILE...</c>: decode and validate modules.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Modules (.wasm or .wat)" };
        var command = new Command("validate", "Check that modules decode and validate") { files };
        command.SetAction(parse =>
        {
            var engine = new Engine();
            int failed = 0;
            foreach (var f in parse.GetValue(files)!)
            {
                try
                {
                    Module.FromFile(engine, f.FullName);
                    Console.WriteLine($"valid {f}");
                }
                catch (Exception e) when (e is WeldException or IOException)
                {
                    Console.WriteLine($"invalid {f}: {e.Message}");
                    failed++;
                }
            }
            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}
