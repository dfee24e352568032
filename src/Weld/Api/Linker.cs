using System.Text;
using Weld.Diagnostics;
using Weld.Linking;

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
    private readonly Dictionary<(string Module, string Name), Definition> _items = [];
    private readonly HashSet<string> _moduleNames = new(StringComparer.Ordinal);
    private readonly List<ExternProvider> _providers = [];
    private UnknownImports _unknown = UnknownImports.Fail;

    /// <summary>Creates an empty linker for modules of <paramref name="engine"/>.</summary>
    public Linker(Engine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
    }

    /// <summary>The engine.</summary>
    public Engine Engine { get; }

    /// <summary>When true, defining a name again replaces the old definition instead of failing.</summary>
    public bool AllowShadowing { get; set; }

    /// <summary>Loading linking: finds modules on disk for import module names this linker does not define.</summary>
    public ModuleResolver? ModuleResolver { get; set; }

    /// <summary>Defines <paramref name="item"/> under <paramref name="module"/>.<paramref name="name"/>.</summary>
    public Linker Define(string module, string name, Extern item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Add(module, name, new ExternDefinition(item));
    }

    /// <summary>Defines a store-independent host function; each store gets one function made from it on first use.</summary>
    public Linker DefineFunction(string module, string name, HostFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        return Add(module, name, new HostFunctionDefinition(function));
    }

    /// <summary>Defines every export of <paramref name="instance"/> under the module name <paramref name="module"/>.</summary>
    public Linker DefineInstance(string module, Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        foreach (var (name, item) in instance.Exports) Define(module, name, item);
        return this;
    }

    /// <summary>Makes the definition of <paramref name="module"/>.<paramref name="name"/> also available as <paramref name="asModule"/>.<paramref name="asName"/>.</summary>
    public Linker Alias(string module, string name, string asModule, string asName)
    {
        if (!_items.TryGetValue((module, name), out var item))
            throw new LinkException($"{Messages.UnknownImport}: {ImportType.Quote(module)} {ImportType.Quote(name)} is not defined");
        return Add(asModule, asName, item);
    }

    /// <summary>Makes every definition under <paramref name="module"/> also available under <paramref name="asModule"/>.</summary>
    public Linker AliasModule(string module, string asModule)
    {
        foreach (var ((m, n), item) in _items.ToArray())
            if (m == module) Add(asModule, n, item);
        return this;
    }

    /// <summary>Adds a provider, consulted after the linker's names and the engine's natives.</summary>
    public Linker AddProvider(ExternProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _providers.Add(provider);
        return this;
    }

    /// <summary>Imports that nothing resolves become functions that trap when called (other kinds still fail to link).</summary>
    public Linker DefineUnknownImportsAsTraps()
    {
        _unknown = UnknownImports.Trap;
        return this;
    }

    /// <summary>Imports that nothing resolves get default values: functions returning zeros, globals holding zero,
    /// and fresh tables and memories of the imported minimum size.</summary>
    public Linker DefineUnknownImportsAsDefaultValues()
    {
        _unknown = UnknownImports.DefaultValues;
        return this;
    }

    /// <summary>The definition of a name in <paramref name="store"/>, or null (only the linker's own names).</summary>
    public Extern? Get(Store store, string module, string name) => _items.GetValueOrDefault((module, name))?.Get(store);

    /// <summary>The names this linker defines.</summary>
    public IEnumerable<(string Module, string Name)> Names => _items.Keys;

    /// <summary>The complete extern list for <paramref name="module"/>'s imports, in order, through every layer.
    /// <paramref name="given"/> (optional, one entry per import, null entries allowed) takes precedence.</summary>
    public Extern[] Resolve(Store store, Module module, IReadOnlyList<Extern?>? given = null) =>
        Resolve(store, module, given, new Resolution());

    /// <summary>Resolves and instantiates: <c>Instance.Create(store, module, Resolve(store, module, given))</c>.</summary>
    public Instance Instantiate(Store store, Module module, IReadOnlyList<Extern?>? given = null) =>
        Instance.Create(store, module, Resolve(store, module, given));

    /// <summary>Resolves the linker's names for <paramref name="module"/> once, for many fast instantiations.
    /// The plan is a snapshot: later definitions in this linker do not change it.</summary>
    public InstancePre InstantiatePre(Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var plan = new Definition?[module.Imports.Count];
        var errors = new StringBuilder();
        for (int i = 0; i < plan.Length; i++)
        {
            var imp = module.Imports[i];
            var d = _items.GetValueOrDefault((imp.Module, imp.Name));
            if (d is null && imp.Type is FuncType ft) d = Engine.Natives.Find(imp.Module, imp.Name, ft);
            if (d?.StaticType is { } st && !st.Matches(imp.Type))
                errors.Append($"\n  import {i} {imp}: {Messages.IncompatibleImportType}, got {st}");
            plan[i] = d;
        }
        if (errors.Length > 0) throw new LinkException($"{Messages.IncompatibleImportType}:{errors}");
        return new InstancePre(this, module, plan);
    }

    internal Extern[] Resolve(Store store, Module module, IReadOnlyList<Extern?>? given, Resolution resolution, Definition?[]? plan = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(module);
        var imports = module.Imports;
        if (given is not null && given.Count != imports.Count)
            throw new ArgumentException($"expected {imports.Count} entries (one per import), got {given.Count}", nameof(given));
        var result = new Extern[imports.Count];
        StringBuilder? missing = null;
        int count = 0;
        for (int i = 0; i < imports.Count; i++)
        {
            var found = given?[i] ?? plan?[i]?.Get(store) ?? Lookup(store, imports[i], resolution);
            if (found is not null)
            {
                result[i] = found;
                continue;
            }
            count++;
            (missing ??= new StringBuilder()).Append($"\n  import {i} {imports[i]}");
        }
        if (missing is not null)
            throw new LinkException($"{Messages.UnknownImport}: {count} unresolved import(s):{missing}");
        return result;
    }

    private Extern? Lookup(Store store, ImportType imp, Resolution resolution)
    {
        if (_items.TryGetValue((imp.Module, imp.Name), out var d)) return d.Get(store);
        if (imp.Type is FuncType ft && Engine.Natives.Find(imp.Module, imp.Name, ft) is { } native) return native.Get(store);
        foreach (var p in _providers)
            if (p.Provide(store, imp) is { } provided) return provided;
        if (ModuleResolver is not null && !_moduleNames.Contains(imp.Module) &&
            ModuleResolver.Instantiate(this, store, imp.Module, resolution) is { } dependency)
        {
            if (dependency.GetExport(imp.Name) is { } export) return export;
        }
        return _unknown switch
        {
            UnknownImports.Trap when imp.Type is FuncType t => HostFunction.Trapping(t, imp.Module, imp.Name).Instantiate(store),
            UnknownImports.DefaultValues => DefaultFor(store, imp),
            _ => null,
        };
    }

    private static Extern DefaultFor(Store store, ImportType imp) => imp.Type switch
    {
        FuncType t => HostFunction.Defaults(t, imp.Module, imp.Name).Instantiate(store),
        GlobalType g => new Global(store, g, Value.Default(g.ValueType)),
        TableType t => new Table(store, t),
        MemoryType m => new Memory(store, m),
        _ => throw new InvalidOperationException("unknown extern type"),
    };

    private Linker Add(string module, string name, Definition item)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(name);
        if (!AllowShadowing && _items.ContainsKey((module, name)))
            throw new LinkException($"{ImportType.Quote(module)} {ImportType.Quote(name)} is already defined (set AllowShadowing to replace it)");
        _items[(module, name)] = item;
        _moduleNames.Add(module);
        return this;
    }
}

/// <summary>A module with its imports resolved against a linker's names once (see <see cref="Linker.InstantiatePre"/>).</summary>
public sealed class InstancePre
{
    private readonly Linker _linker;
    private readonly Definition?[] _plan;
    private readonly bool _allStatic;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Store, Extern[]> _perStore = [];

    internal InstancePre(Linker linker, Module module, Definition?[] plan)
    {
        _linker = linker;
        Module = module;
        _plan = plan;
        // Host functions have types fixed at definition (checked by InstantiatePre), so a plan made only of them
        // resolves to the same externs in a store every time: resolve once per store, skip re-matching.
        _allStatic = plan.All(d => d?.StaticType is not null);
    }

    /// <summary>The module.</summary>
    public Module Module { get; }

    /// <summary>Instantiates the module in <paramref name="store"/>.</summary>
    public Instance Instantiate(Store store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!_allStatic) return Instance.Create(store, Module, _linker.Resolve(store, Module, null, new Resolution(), _plan));
        if (Module.Engine != store.Engine) throw new LinkException("module and store belong to different engines");
        var externs = _perStore.GetValue(store, s => _plan.Select(d => d!.Get(s)).ToArray());
        return Runtime.Instantiator.Instantiate(store, Module, externs, prechecked: true);
    }
}
