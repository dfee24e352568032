using Weld.Diagnostics;
using Weld.Runtime;

namespace Weld.Linking;

/// <summary>The engine's native registry: host functions registered once by module name, field name and type, for
/// every linker of the engine. One name may carry several types; an import takes the one whose type equals its own.</summary>
internal sealed class NativeTable
{
    private readonly Dictionary<(string Module, string Name), List<HostFunctionDefinition>> _functions = [];
    private readonly Lock _lock = new();

    /// <summary>Registers <paramref name="function"/>; the same name with the same type twice is an error.</summary>
    public void Register(string module, string name, HostFunctionTemplate function)
    {
        lock (_lock)
        {
            if (!_functions.TryGetValue((module, name), out var list)) _functions[(module, name)] = list = [];
            foreach (var d in list)
                if (d.Function.Type.Equals(function.Type))
                    throw new ArgumentException(LinkErrors.AlreadyRegistered(module, name, function.Type));
            list.Add(new HostFunctionDefinition(function));
        }
    }

    /// <summary>The definition registered under the name with exactly <paramref name="type"/>, or null.</summary>
    public HostFunctionDefinition? Find(string module, string name, FuncType type)
    {
        lock (_lock)
        {
            if (!_functions.TryGetValue((module, name), out var list)) return null;
            foreach (var d in list)
                if (d.Function.Type.Equals(type)) return d;
            return null;
        }
    }
}
