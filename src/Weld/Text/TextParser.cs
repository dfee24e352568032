using Weld.Syntax;

namespace Weld.Text;

/// <summary>Parses the WebAssembly text format. Throws <see cref="MalformedModuleException"/> with line and column.</summary>
internal static partial class TextParser
{
    /// <summary>Parses <c>(module $id? field*)</c> or a bare sequence of fields.
    /// With memory64 (<paramref name="features"/>), limits and memarg offsets are u64 and the validator checks them.</summary>
    public static ModuleDefinition ParseModule(string text, WasmFeatures features = WasmFeatures.Default) =>
        ModuleParser.Parse(text, features);
}
