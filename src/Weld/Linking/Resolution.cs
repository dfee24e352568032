using Weld.Diagnostics;
using Weld.Runtime;

namespace Weld.Linking;

/// <summary>State of one top-level resolution: the chain of modules being loaded (for cycles) and per-importer instances.</summary>
internal sealed class Resolution
{
    private readonly HashSet<string> _loading = new(StringComparer.Ordinal);

    /// <summary>The modules being loaded, outermost first.</summary>
    public List<string> Loading { get; } = [];
    public Dictionary<string, ModuleInstance> Fresh { get; } = new(StringComparer.Ordinal);

    /// <summary>Starts loading <paramref name="module"/>; a module already being loaded is a cycle.</summary>
    public void Enter(string module)
    {
        if (!_loading.Add(module)) throw LinkErrors.ImportCycle(Loading.Append(module));
        Loading.Add(module);
    }

    /// <summary>Finishes loading the innermost module.</summary>
    public void Leave()
    {
        _loading.Remove(Loading[^1]);
        Loading.RemoveAt(Loading.Count - 1);
    }
}

/// <summary>What a linker does with imports nothing else resolves.</summary>
internal enum UnknownImports
{
    Fail,
    Trap,
    DefaultValues,
}
