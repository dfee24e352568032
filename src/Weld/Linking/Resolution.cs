using Weld.Runtime;

namespace Weld.Linking;

/// <summary>State of one top-level resolution: the chain of modules being loaded (for cycles) and per-importer instances.</summary>
internal sealed class Resolution
{
    public List<string> Loading { get; } = [];
    public Dictionary<string, ModuleInstance> Fresh { get; } = new(StringComparer.Ordinal);
}

/// <summary>What a linker does with imports nothing else resolves.</summary>
internal enum UnknownImports
{
    Fail,
    Trap,
    DefaultValues,
}
