using System.Text;
using Weld.Diagnostics;
using Weld.Runtime;

namespace Weld.Linking;

/// <summary>
/// The linker's logic (the public <c>Linker</c> validates arguments and delegates here): two-level names with
/// shadowing, and resolution of a module's imports through the layers in order: the externs given explicitly, the
/// names, the engine's natives, the sources (providers), loading linking, the unknown-import stubs. Resolution only
/// produces the extern list; instantiation is <see cref="Instantiator"/>'s, as for every other route.
/// </summary>
internal sealed class LinkerCore(RuntimeEngine engine, NativeTable natives)
{
    private readonly Dictionary<(string Module, string Name), Definition> _items = [];
    private readonly HashSet<string> _moduleNames = new(StringComparer.Ordinal);
    private readonly List<ExternSource> _sources = [];

    public RuntimeEngine Engine { get; } = engine;
    public bool AllowShadowing { get; set; }
    public ModuleLoader? Loader { get; set; }
    public UnknownImports Unknown { get; set; } = UnknownImports.Fail;

    public IEnumerable<(string Module, string Name)> Names => _items.Keys;

    public void Define(string module, string name, Definition item)
    {
        if (!AllowShadowing && _items.ContainsKey((module, name))) throw LinkErrors.AlreadyDefined(module, name);
        _items[(module, name)] = item;
        _moduleNames.Add(module);
    }

    /// <summary>Defines every export of <paramref name="instance"/> under <paramref name="module"/>, in order.</summary>
    public void DefineInstance(string module, ModuleInstance instance)
    {
        foreach (var e in instance.Definition.Exports) Define(module, e.Name, new ExternDefinition(instance.ExternOf(e)));
    }

    public void Alias(string module, string name, string asModule, string asName)
    {
        if (!_items.TryGetValue((module, name), out var item)) throw LinkErrors.NotDefined(module, name);
        Define(asModule, asName, item);
    }

    public void AliasModule(string module, string asModule)
    {
        foreach (var ((m, n), item) in _items.ToArray())
            if (m == module) Define(asModule, n, item);
    }

    public void AddSource(ExternSource source) => _sources.Add(source);

    /// <summary>The definition of a name in <paramref name="store"/>, or null (only the linker's own names).</summary>
    public ExternInstance? Get(RuntimeStore store, string module, string name) =>
        _items.GetValueOrDefault((module, name))?.Get(store);

    /// <summary>Resolves and instantiates through the one instantiation path.</summary>
    public ModuleInstance Instantiate(RuntimeStore store, CompiledModule module, ExternInstance?[]? given, Resolution resolution) =>
        Instantiator.Instantiate(store, module, Resolve(store, module, given, resolution));

    /// <summary>The complete extern list for <paramref name="module"/>, one per import, through every layer;
    /// <paramref name="plan"/> (from <see cref="Prepare"/>) stands for the linker's names when given. One error
    /// lists every import nothing resolves.</summary>
    public ExternInstance[] Resolve(RuntimeStore store, CompiledModule module, ExternInstance?[]? given, Resolution resolution,
        Definition?[]? plan = null)
    {
        var imports = module.Imports;
        var result = new ExternInstance[imports.Length];
        StringBuilder? missing = null;
        int count = 0;
        for (int i = 0; i < imports.Length; i++)
        {
            var found = given?[i] ?? plan?[i]?.Get(store) ?? Lookup(store, imports[i], module.ClosedImportTypes[i], resolution);
            if (found is not null)
            {
                result[i] = found;
                continue;
            }
            count++;
            (missing ??= new StringBuilder()).Append(LinkErrors.UnresolvedLine(i, imports[i]));
        }
        if (missing is not null) throw LinkErrors.Unresolved(count, missing.ToString());
        return result;
    }

    /// <summary>Resolves the linker's names (and natives) for <paramref name="module"/> once and checks the types
    /// known without a store; later definitions do not change the plan. An import that no layer can resolve (no name,
    /// no native, no provider that may have it, no file for loading linking now, no unknown-import stubs) is reported now, as
    /// wasmtime's instantiate_pre does, instead of at every instantiation.</summary>
    public InstancePlan Prepare(CompiledModule module)
    {
        var plan = new Definition?[module.Imports.Length];
        var errors = new StringBuilder();
        StringBuilder? unresolved = null;
        int unresolvedCount = 0;
        for (int i = 0; i < plan.Length; i++)
        {
            var imp = module.Imports[i];
            var d = _items.GetValueOrDefault((imp.Module, imp.Name));
            if (d is null && imp.Type is FuncType ft) d = natives.Find(imp.Module, imp.Name, ft);
            if (d?.StaticType is { } st && !st.Matches(module.ClosedImportTypes[i])) errors.Append(LinkErrors.IncompatibleLine(i, imp, st));
            if (d is null && !MayResolveLater(imp))
            {
                unresolvedCount++;
                (unresolved ??= new StringBuilder()).Append(LinkErrors.UnresolvedLine(i, imp));
            }
            plan[i] = d;
        }
        if (errors.Length > 0) throw LinkErrors.Incompatible(errors.ToString());
        if (unresolved is not null) throw LinkErrors.UnresolvedAtPrepare(unresolvedCount, unresolved.ToString());
        return new InstancePlan(this, module, plan);
    }

    /// <summary>Whether a layer after the names may still resolve <paramref name="import"/> at instantiation.</summary>
    private bool MayResolveLater(ImportType import) =>
        Unknown != UnknownImports.Fail || (Loads(import.Module) && Loader!.Locate(import.Module) is not null)
        || _sources.Exists(s => s.MayProvide(import));

    /// <summary>The later layers for one import; <paramref name="closed"/> is its type as the module's instances see it
    /// (type indices closed to the engine's types), which a stub must have to match it.</summary>
    private ExternInstance? Lookup(RuntimeStore store, ImportType imp, ExternType closed, Resolution resolution)
    {
        if (LookupBeforeLoading(store, imp) is { } found) return found;
        if (Loads(imp.Module) && Loader!.Instantiate(this, store, imp.Module, resolution)?.Export(imp.Name) is { } export)
            return export;
        return UnknownImportStubs.For(Unknown, store, imp, closed);
    }

    /// <summary>The layers of lookup that come before loading linking: names, natives, providers.</summary>
    public ExternInstance? LookupBeforeLoading(RuntimeStore store, ImportType imp)
    {
        if (_items.TryGetValue((imp.Module, imp.Name), out var d)) return d.Get(store);
        if (imp.Type is FuncType ft && natives.Find(imp.Module, imp.Name, ft) is { } native) return native.Get(store);
        foreach (var source in _sources)
            if (source.Provide(store, imp) is { } provided) return provided;
        return null;
    }

    /// <summary>Whether loading linking may provide an import of <paramref name="module"/> (a loader is set and no
    /// instance of that name is defined).</summary>
    public bool Loads(string module) => Loader is not null && !_moduleNames.Contains(module);
}
