using Weld.Syntax;

namespace Weld.Text;

/// <summary>Parses the WebAssembly text format. Throws <see cref="MalformedModuleException"/> with line and column.</summary>
internal static partial class TextParser
{
    /// <summary>Parses <c>(module $id? field*)</c> or a bare sequence of fields.</summary>
    public static ModuleDefinition ParseModule(string text) => ModuleParser.Parse(text);
}
