using Weld.Syntax;

namespace Weld.Binary;

/// <summary>Decodes the binary format. Throws <see cref="MalformedModuleException"/>.</summary>
internal static partial class BinaryDecoder
{
    public static ModuleDefinition Decode(ReadOnlySpan<byte> bytes) => throw new NotImplementedException("decoder");
}
