using Weld.Binary;

namespace Weld.Runtime;

/// <summary>An engine's limits on what one module or store may make the host allocate (a snapshot of the public
/// options).</summary>
/// <param name="MaxStoreTableElements">Table elements one store may allocate in its life unless its own limits say
/// otherwise.</param>
/// <param name="MaxFunctionBodySize">Largest function body, in bytes, that decoding accepts.</param>
internal sealed record EngineLimits(ulong MaxStoreTableElements = EngineLimits.DefaultStoreTableElements,
    int MaxFunctionBodySize = EngineLimits.DefaultFunctionBodySize)
{
    /// <summary>80 MB of references on a 64-bit host: far beyond what real modules use, far below what hurts.</summary>
    public const ulong DefaultStoreTableElements = 10_000_000;

    /// <summary>The web's limit (what browsers accept), so every module that runs in a browser loads.</summary>
    public const int DefaultFunctionBodySize = BinaryDecoder.DefaultMaxFunctionBodySize;

    public static readonly EngineLimits Default = new();
}

internal sealed partial class RuntimeEngine
{
    /// <summary>Limits on what one module or store may make the host allocate.</summary>
    public EngineLimits Limits { get; init; } = EngineLimits.Default;
}
