using Weld.Linking;

namespace Weld;

/// <summary>
/// The engine's registry of host ("native") functions, registered once by module name, field name and type and
/// usable by every linker of the engine: it fills function imports that a linker's own names leave open.
/// One name may be registered with several types; an import takes the one whose type equals its own.
/// </summary>
public sealed class NativeRegistry
{
    private readonly Dictionary<(string Module, string Name), List<HostFunctionDefinition>> _functions = [];
    private readonly Lock _lock = new();

    internal NativeRegistry() { }

    /// <summary>Registers <paramref name="function"/> as <paramref name="module"/>.<paramref name="name"/>. Registering the same name and type twice is an error.</summary>
    public void Register(string module, string name, HostFunction function)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(function);
        lock (_lock)
        {
            if (!_functions.TryGetValue((module, name), out var list)) _functions[(module, name)] = list = [];
            if (list.Any(d => d.Function.Type.Equals(function.Type)))
                throw new ArgumentException($"{ImportType.Quote(module)} {ImportType.Quote(name)} {function.Type} is already registered");
            list.Add(new HostFunctionDefinition(function));
        }
    }

    /// <summary>Whether a function is registered under the name with exactly this type.</summary>
    public bool Contains(string module, string name, FuncType type) => Find(module, name, type) is not null;

    internal HostFunctionDefinition? Find(string module, string name, FuncType type)
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
