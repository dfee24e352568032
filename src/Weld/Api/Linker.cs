using Weld.Diagnostics;
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
public sealed partial class Linker
{
    private readonly LinkerCore _core;

    /// <summary>Creates an empty linker for modules of <paramref name="engine"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
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
    /// <exception cref="ArgumentNullException"><paramref name="module"/>, <paramref name="name"/> or <paramref name="item"/> is null.</exception>
    /// <exception cref="LinkException">The name is already defined and <see cref="AllowShadowing"/> is false.</exception>
    public Linker Define(string module, string name, Extern item)
    {
        CheckName(module, name);
        ArgumentNullException.ThrowIfNull(item);
        _core.Define(module, name, new ExternDefinition(item.RuntimeObject));
        return this;
    }

    /// <summary>Defines a store-independent host function; each store gets one function made from it on first use.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="module"/>, <paramref name="name"/> or <paramref name="function"/> is null.</exception>
    /// <exception cref="LinkException">The name is already defined and <see cref="AllowShadowing"/> is false.</exception>
    public Linker DefineFunction(string module, string name, HostFunction function)
    {
        CheckName(module, name);
        ArgumentNullException.ThrowIfNull(function);
        _core.Define(module, name, new HostFunctionDefinition(function.Template));
        return this;
    }

    /// <summary>Defines every export of <paramref name="instance"/> under the module name <paramref name="module"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="module"/> or <paramref name="instance"/> is null.</exception>
    /// <exception cref="LinkException">An export's name is already defined and <see cref="AllowShadowing"/> is false
    /// (the exports before it stay defined).</exception>
    public Linker DefineInstance(string module, Instance instance)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(instance);
        _core.DefineInstance(module, instance.Runtime);
        return this;
    }

    /// <summary>Makes the definition of <paramref name="module"/>.<paramref name="name"/> also available as <paramref name="asModule"/>.<paramref name="asName"/>.</summary>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    /// <exception cref="LinkException"><paramref name="module"/>.<paramref name="name"/> is not defined, or
    /// <paramref name="asModule"/>.<paramref name="asName"/> is already defined and <see cref="AllowShadowing"/> is
    /// false.</exception>
    public Linker Alias(string module, string name, string asModule, string asName)
    {
        CheckName(module, name);
        CheckName(asModule, asName);
        _core.Alias(module, name, asModule, asName);
        return this;
    }

    /// <summary>Makes every definition under <paramref name="module"/> also available under <paramref name="asModule"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="module"/> or <paramref name="asModule"/> is null.</exception>
    /// <exception cref="LinkException">A name under <paramref name="asModule"/> is already defined and
    /// <see cref="AllowShadowing"/> is false (the names aliased before it stay defined).</exception>
    public Linker AliasModule(string module, string asModule)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(asModule);
        _core.AliasModule(module, asModule);
        return this;
    }

    /// <summary>Adds a provider, consulted after the linker's names and the engine's natives.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
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
    /// <exception cref="ArgumentNullException"><paramref name="store"/>, <paramref name="module"/> or <paramref name="name"/> is null.</exception>
    public Extern? Get(Store store, string module, string name)
    {
        ArgumentNullException.ThrowIfNull(store);
        CheckName(module, name);
        return _core.Get(store.Runtime, module, name) is { } value ? Extern.Wrap(value) : null;
    }

    /// <summary>The names this linker defines.</summary>
    public IEnumerable<(string Module, string Name)> Names => _core.Names;

    /// <summary>The complete extern list for <paramref name="module"/>'s imports, in order, through every layer.
    /// <paramref name="given"/> (optional, one entry per import, null entries allowed) takes precedence. Loading linking
    /// instantiates dependencies here; the types of the externs found are checked only at instantiation.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="module"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="given"/> does not have one entry per import.</exception>
    /// <exception cref="LinkException">Imports are left that nothing resolves (one exception lists them all), or
    /// loading linking meets an import cycle or a dependency that fails to link.</exception>
    /// <exception cref="MalformedModuleException">Loading linking: a dependency's file is not a well-formed module.</exception>
    /// <exception cref="InvalidModuleException">Loading linking: a dependency does not validate.</exception>
    /// <exception cref="IOException">Loading linking: a dependency's file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">Loading linking: a dependency's file may not be read.</exception>
    /// <exception cref="TrapException">Loading linking: a dependency's start function or segment initialization traps.</exception>
    /// <exception cref="ExitException">Loading linking: a dependency's start function ends the program (e.g. WASI <c>proc_exit</c>).</exception>
    public Extern[] Resolve(Store store, Module module, IReadOnlyList<Extern?>? given = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(module);
        var values = _core.Resolve(store.Runtime, module.Compiled, Given(module, given), new Resolution());
        return Array.ConvertAll(values, Extern.Wrap);
    }

    /// <summary>Resolves and instantiates: <c>Instance.Create(store, module, Resolve(store, module, given))</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="module"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="given"/> does not have one entry per import.</exception>
    /// <exception cref="LinkException">Imports are left that nothing resolves, an extern does not match its import or
    /// belongs to another store (except a shared memory of the same engine), the module and the store belong to
    /// different engines, a table or memory exceeds the
    /// engine's limits, or a dependency fails to link.</exception>
    /// <exception cref="MalformedModuleException">Loading linking: a dependency's file is not a well-formed module.</exception>
    /// <exception cref="InvalidModuleException">Loading linking: a dependency does not validate.</exception>
    /// <exception cref="IOException">Loading linking: a dependency's file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">Loading linking: a dependency's file may not be read.</exception>
    /// <exception cref="TrapException">A segment or the start function (of the module or of a dependency) traps, or a
    /// memory cannot be allocated.</exception>
    /// <exception cref="ExitException">A start function ends the program (e.g. WASI <c>proc_exit</c>).</exception>
    public Instance Instantiate(Store store, Module module, IReadOnlyList<Extern?>? given = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(module);
        return Instance.Of(_core.Instantiate(store.Runtime, module.Compiled, Given(module, given), new Resolution()));
    }

    /// <summary>Resolves the linker's names (and the engine's natives) for <paramref name="module"/> once, for many fast
    /// instantiations. Imports resolved now are fixed: later definitions in this linker do not change them. Imports left
    /// open, which a provider or loading linking may still resolve, are looked up again at each instantiation, through
    /// every layer (later definitions included); imports that nothing can resolve are an error now.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="module"/> is null.</exception>
    /// <exception cref="LinkException">A host function defined for an import does not have the import's type, or
    /// imports are left that no definition, native, provider, dependency file or unknown-import policy can resolve
    /// (the message lists them).</exception>
    public InstancePre InstantiatePre(Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return new InstancePre(module, _core.Prepare(module.Compiled));
    }

    private static ExternInstance?[]? Given(Module module, IReadOnlyList<Extern?>? given)
    {
        if (given is null) return null;
        if (given.Count != module.Imports.Count)
            throw new ArgumentException(LinkErrors.ExternCountText(module.Compiled.Imports, given.Count), nameof(given));
        return Extern.ToRuntime(given);
    }

    private static void CheckName(string module, string name)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(name);
    }
}
