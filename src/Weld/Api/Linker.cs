using Weld.Linking;
using Weld.Runtime;

namespace Weld;

/// <summary>
/// Resolves a module's imports by their two-level names and instantiates it. A linker only produces the extern list
/// that <see cref="Instance.Create"/> takes: one path into instantiation. For one instantiation each import is taken
/// from, in order: the externs the caller gives explicitly, the linker's names, the engine's native registry, the
/// linker's providers, the module resolver (loading linking), and the unknown-import stubs if enabled. What is still
/// missing is one <see cref="LinkException"/> listing every unresolved import.
/// </summary>
public sealed class Linker
{
    private readonly LinkerCore _core;

    /// <summary>Creates an empty linker for modules of <paramref name="engine"/>.</summary>
    public Linker(Engine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
        _core = new LinkerCore(engine.Runtime, engine.Natives.Table);
    }

    /// <summary>The engine.</summary>
    public Engine Engine { get; }

    /// <summary>When true, defining a name again replaces the old definition instead of failing.</summary>
    public bool AllowShadowing
    {
        get => _core.AllowShadowing;
        set => _core.AllowShadowing = value;
    }

    /// <summary>Loading linking: finds modules on disk for import module names this linker does not define.</summary>
    public ModuleResolver? ModuleResolver
    {
        get;
        set
        {
            field = value;
            _core.Loader = value?.Loader;
        }
    }

    /// <summary>Defines <paramref name="item"/> under <paramref name="module"/>.<paramref name="name"/>.</summary>
    public Linker Define(string module, string name, Extern item)
    {
        CheckName(module, name);
        ArgumentNullException.ThrowIfNull(item);
        _core.Define(module, name, new ExternDefinition(item.RuntimeObject));
        return this;
    }

    /// <summary>Defines a store-independent host function; each store gets one function made from it on first use.</summary>
    public Linker DefineFunction(string module, string name, HostFunction function)
    {
        CheckName(module, name);
        ArgumentNullException.ThrowIfNull(function);
        _core.Define(module, name, new HostFunctionDefinition(function.Template));
        return this;
    }

    /// <summary>Defines every export of <paramref name="instance"/> under the module name <paramref name="module"/>.</summary>
    public Linker DefineInstance(string module, Instance instance)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(instance);
        _core.DefineInstance(module, instance.Runtime);
        return this;
    }

    /// <summary>Makes the definition of <paramref name="module"/>.<paramref name="name"/> also available as <paramref name="asModule"/>.<paramref name="asName"/>.</summary>
    public Linker Alias(string module, string name, string asModule, string asName)
    {
        CheckName(module, name);
        CheckName(asModule, asName);
        _core.Alias(module, name, asModule, asName);
        return this;
    }

    /// <summary>Makes every definition under <paramref name="module"/> also available under <paramref name="asModule"/>.</summary>
    public Linker AliasModule(string module, string asModule)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(asModule);
        _core.AliasModule(module, asModule);
        return this;
    }

    /// <summary>Adds a provider, consulted after the linker's names and the engine's natives.</summary>
    public Linker AddProvider(ExternProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _core.AddSource(provider.AsSource());
        return this;
    }

    /// <summary>Imports that nothing resolves become functions that trap when called (other kinds still fail to link).</summary>
    public Linker DefineUnknownImportsAsTraps()
    {
        _core.Unknown = UnknownImports.Trap;
        return this;
    }

    /// <summary>Imports that nothing resolves get default values: functions returning zeros, globals holding zero,
    /// and fresh tables and memories of the imported minimum size.</summary>
    public Linker DefineUnknownImportsAsDefaultValues()
    {
        _core.Unknown = UnknownImports.DefaultValues;
        return this;
    }

    /// <summary>The definition of a name in <paramref name="store"/>, or null (only the linker's own names).</summary>
    public Extern? Get(Store store, string module, string name)
    {
        ArgumentNullException.ThrowIfNull(store);
        CheckName(module, name);
        return _core.Get(store.Runtime, module, name) is { } value ? Extern.Wrap(value) : null;
    }

    /// <summary>The names this linker defines.</summary>
    public IEnumerable<(string Module, string Name)> Names => _core.Names;

    /// <summary>The complete extern list for <paramref name="module"/>'s imports, in order, through every layer.
    /// <paramref name="given"/> (optional, one entry per import, null entries allowed) takes precedence.</summary>
    public Extern[] Resolve(Store store, Module module, IReadOnlyList<Extern?>? given = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(module);
        var values = _core.Resolve(store.Runtime, module.Compiled, Given(module, given), new Resolution());
        return Array.ConvertAll(values, Extern.Wrap);
    }

    /// <summary>Resolves and instantiates: <c>Instance.Create(store, module, Resolve(store, module, given))</c>.</summary>
    public Instance Instantiate(Store store, Module module, IReadOnlyList<Extern?>? given = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(module);
        return Instance.Of(_core.Instantiate(store.Runtime, module.Compiled, Given(module, given), new Resolution()));
    }

    /// <summary>Resolves the linker's names for <paramref name="module"/> once, for many fast instantiations.
    /// The plan is a snapshot: later definitions in this linker do not change it.</summary>
    public InstancePre InstantiatePre(Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return new InstancePre(module, _core.Prepare(module.Compiled));
    }

    private static ExternInstance?[]? Given(Module module, IReadOnlyList<Extern?>? given)
    {
        if (given is null) return null;
        if (given.Count != module.Imports.Count)
            throw new ArgumentException($"expected {module.Imports.Count} entries (one per import), got {given.Count}", nameof(given));
        return Extern.ToRuntime(given);
    }

    private static void CheckName(string module, string name)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(name);
    }
}
