using Weld.Script;

namespace Weld.Fuzz.Corpus;

/// <summary>How a module appears in a script.</summary>
public enum ModuleForm
{
    /// <summary><c>(module ...)</c> in the text format.</summary>
    Text,
    /// <summary><c>(module binary "...")</c>.</summary>
    Binary,
    /// <summary><c>(module quote "...")</c>: text held in strings.</summary>
    Quote,
}

/// <summary>One module of a .wast script: its text (text and quote forms) or bytes (binary form), and whether the script
/// expects it to be malformed or invalid.</summary>
public sealed record WastModule(string Script, int Line, ModuleForm Form, string? Text, byte[]? Bytes, bool ExpectedBad)
{
    /// <summary>"script-line", unique within a suite.</summary>
    public string Name => $"{Path.GetFileNameWithoutExtension(Script)}-{Line}";

    /// <summary>The binary encoding: the bytes as written, or the text encoded by Weld (null when the text does not parse
    /// or validate).</summary>
    public byte[]? ToBinary()
    {
        if (Form == ModuleForm.Binary) return Bytes;
        try
        {
            return Module.TextToBinary(Text!);
        }
        catch (Exception e) when (e is MalformedModuleException or InvalidModuleException)
        {
            return null;
        }
    }
}

/// <summary>Reads the modules of .wast scripts with the spec runner's own script parser.</summary>
public static class WastModules
{
    /// <summary>Every module of a script, in order. A script that does not parse yields nothing.</summary>
    public static IEnumerable<WastModule> Read(string path)
    {
        List<ScriptCommand> commands;
        try
        {
            commands = ScriptParser.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is ScriptParseException or MalformedModuleException)
        {
            yield break;
        }
        foreach (var command in commands)
        {
            var (module, bad) = command switch
            {
                ModuleCommand m => (m.Module, false),
                AssertTrapCommand { Module: { } m } => (m, false),
                AssertModuleCommand m => (m.Module, m.Kind is ModuleAssertion.Malformed or ModuleAssertion.Invalid),
                _ => (null, false),
            };
            if (module is null) continue;
            var form = module.Kind switch
            {
                ScriptModuleKind.Binary => ModuleForm.Binary,
                ScriptModuleKind.Quote => ModuleForm.Quote,
                _ => ModuleForm.Text,
            };
            string? text = null;
            if (form != ModuleForm.Binary)
            {
                try { text = module.GetText(); }
                catch (MalformedModuleException) { continue; }   // quoted bytes that are not UTF-8
            }
            yield return new WastModule(path, command.Line, form, text, form == ModuleForm.Binary ? module.Bytes : null, bad);
        }
    }

    /// <summary>Every .wast file under a folder, sorted.</summary>
    public static IEnumerable<string> Scripts(string folder) =>
        Directory.EnumerateFiles(folder, "*.wast", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
}
