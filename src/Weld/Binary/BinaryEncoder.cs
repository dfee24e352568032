using Weld.Syntax;

namespace Weld.Binary;

/// <summary>Encodes a module definition to the binary format (round trips, wat2wasm, tests).</summary>
internal static partial class BinaryEncoder
{
    public static byte[] Encode(ModuleDefinition module) => throw new NotImplementedException("encoder");
}
