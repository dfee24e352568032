using Weld.Runtime;

namespace Weld;

public sealed partial class EngineOptions
{
    /// <summary>Table elements one store may allocate over its life, all tables together (default: 10,000,000, about
    /// 80 MB of references), unless <see cref="StoreLimits.TableElements"/> says otherwise. Bounds the host memory a
    /// small module can take by growing many tables.</summary>
    public ulong MaxStoreTableElements { get; init; } = EngineLimits.DefaultStoreTableElements;

    /// <summary>Largest function body, in bytes, that decoding accepts (default: 7,654,321, the limit browsers apply).
    /// Decoded code takes up to 32 bytes of host memory per byte of body, so this bounds a module's host memory per
    /// function; larger bodies are refused with <see cref="MalformedModuleException"/>.</summary>
    public int MaxFunctionBodySize { get; init; } = EngineLimits.DefaultFunctionBodySize;

    internal EngineLimits ToLimits()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFunctionBodySize, nameof(MaxFunctionBodySize));
        return new EngineLimits(MaxStoreTableElements, MaxFunctionBodySize);
    }
}
