using System.Text;

namespace Weld.IsaGen;

/// <summary>Builds C# text: lines with indentation, "\n" line ends.</summary>
public sealed class CodeWriter
{
    public const string TablePath = "src/Weld/Isa/instructions.txt";
    public const string Command = "dotnet run --project tools/Weld.IsaGen";

    private readonly StringBuilder _sb = new();
    private int _indent;

    /// <summary>A writer for a whole generated file, starting with the header every generated file carries.</summary>
    public static CodeWriter File() =>
        File($"// Generated from {TablePath} by tools/Weld.IsaGen ({Command}). Do not edit:",
            "// change the table (or the generator) and run the command again.");

    /// <summary>A writer for a whole generated file whose header is <paramref name="header"/> (the source, and that
    /// the file is not to be edited).</summary>
    public static CodeWriter File(params string[] header)
    {
        var w = new CodeWriter();
        foreach (string line in header) w.Line(line);
        w.Line("#nullable enable"); // a *.g.cs file counts as generated code, where nullable annotations are off by default
        return w;
    }

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0) _sb.Append(' ', 4 * _indent).Append(text);
        _sb.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/> (unless empty), an opening brace, the body indented, and the closing brace
    /// (or the brackets given).</summary>
    public CodeWriter Block(string header, Action body, string close = "}", string open = "{")
    {
        if (header.Length > 0) Line(header);
        Line(open);
        _indent++;
        body();
        _indent--;
        Line(close);
        return this;
    }

    public CodeWriter Indented(Action body)
    {
        _indent++;
        body();
        _indent--;
        return this;
    }

    public override string ToString() => _sb.ToString();
}
