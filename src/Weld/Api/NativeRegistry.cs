using Weld.Linking;

namespace Weld;

/// <summary>
/// The engine's registry of host ("native") functions, registered once by module name, field name and type and
/// usable by every linker of the engine: it fills function imports that a linker's own names leave open.
/// One name may be registered with several types; an import takes the one whose type equals its own.
/// </summary>
public sealed class NativeRegistry
{
    internal NativeRegistry() { }

    /// <summary>The registry's contents, as linkers read them.</summary>
    internal NativeTable Table { get; } = new();

    /// <summary>Registers <paramref name="function"/> as <paramref name="module"/>.<paramref name="name"/>. Registering the same name and type twice is an error.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="module"/>, <paramref name="name"/> or <paramref name="function"/> is null.</exception>
    /// <exception cref="ArgumentException">A function of the same type is already registered under
    /// <paramref name="module"/>.<paramref name="name"/>.</exception>
    public void Register(string module, string name, HostFunction function)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(function);
        Table.Register(module, name, function.Template);
    }

    /// <summary>Whether a function is registered under the name with exactly this type.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="module"/>, <paramref name="name"/> or <paramref name="type"/> is null.</exception>
    public bool Contains(string module, string name, FuncType type)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(type);
        return Table.Find(module, name, type) is not null;
    }
}
