using Weld.Syntax;

namespace Weld.Text;

/// <summary>Parses the WebAssembly text format. Throws <see cref="MalformedModuleException"/> with line and column.</summary>
internal static partial class TextParser
{
    public static ModuleDefinition ParseModule(string text) => throw new NotImplementedException("text parser");
}
