using System.CommandLine;

namespace Weld.Cli;

/// <summary><c>weld wat2wasm FILE [-o OUT]</c>: parse and validate a text module, write its binary encoding.</summary>
internal static class Wat2WasmCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The text module (.wat)" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Where to write the binary (default: FILE with .wasm)" };
        var command = new Command("wat2wasm", "Convert a text module to the binary format") { file, output };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(file)!;
            var target = parse.GetValue(output)?.FullName ?? Path.ChangeExtension(input.FullName, ".wasm");
            try
            {
                // Validates before encoding: an invalid module is refused, not written.
                File.WriteAllBytes(target, Module.TextToBinary(File.ReadAllText(input.FullName)));
                return 0;
            }
            catch (Exception e) when (e is WeldException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
