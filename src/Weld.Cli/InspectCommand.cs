using System.CommandLine;
using System.Text.Json;

namespace Weld.Cli;

/// <summary><c>weld inspect [--json] FILE</c>: a module's imports and exports with their types.</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The module (.wasm or .wat)" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text-format lines" };
        var command = new Command("inspect", "Print a module's imports and exports") { file, json };
        command.SetAction(parse =>
        {
            try
            {
                var module = Module.FromFile(new Engine(), parse.GetValue(file)!.FullName);
                if (parse.GetValue(json)) WriteJson(module, Console.OpenStandardOutput());
                else
                {
                    foreach (var i in module.Imports) Console.WriteLine(i);
                    foreach (var e in module.Exports) Console.WriteLine(e);
                }
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

    internal static void WriteJson(Module module, Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteStartArray("imports");
        foreach (var i in module.Imports)
        {
            w.WriteStartObject();
            w.WriteString("module", i.Module);
            w.WriteString("name", i.Name);
            WriteType(w, i.Type);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("exports");
        foreach (var e in module.Exports)
        {
            w.WriteStartObject();
            w.WriteString("name", e.Name);
            WriteType(w, e.Type);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
        output.Flush();
    }

    private static void WriteType(Utf8JsonWriter w, ExternType type)
    {
        w.WriteString("kind", type.Kind.ToString().ToLowerInvariant());
        w.WriteString("type", type.ToString());
        switch (type)
        {
            case FuncType f:
                w.WriteStartArray("params");
                foreach (var p in f.Parameters) w.WriteStringValue(p.ToString());
                w.WriteEndArray();
                w.WriteStartArray("results");
                foreach (var r in f.Results) w.WriteStringValue(r.ToString());
                w.WriteEndArray();
                break;
            case TableType t:
                w.WriteString("element", t.ElementType.ToString());
                WriteLimits(w, t.Limits);
                break;
            case MemoryType m:
                WriteLimits(w, m.Limits);
                w.WriteBoolean("shared", m.Shared);
                break;
            case GlobalType g:
                w.WriteString("value", g.ValType.ToString());
                w.WriteBoolean("mutable", g.Mutable);
                break;
        }
    }

    private static void WriteLimits(Utf8JsonWriter w, Limits limits)
    {
        w.WriteNumber("min", limits.Min);
        if (limits.Max is ulong max) w.WriteNumber("max", max);
        else w.WriteNull("max");
    }
}
