using System.Text;
using Weld.Diagnostics;

namespace Weld;

/// <summary>
/// Resolves a module's imports by their two-level names and instantiates it. A linker only produces the extern
/// list that <see cref="Instance.Create"/> takes: one path into instantiation.
/// </summary>
public sealed class Linker
{
    private readonly Dictionary<(string Module, string Name), Extern> _items = [];

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

    /// <summary>Defines <paramref name="item"/> under <paramref name="module"/>.<paramref name="name"/>.</summary>
    public Linker Define(string module, string name, Extern item)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(item);
        if (!AllowShadowing && _items.ContainsKey((module, name)))
            throw new LinkException($"{ImportType.Quote(module)} {ImportType.Quote(name)} is already defined");
        _items[(module, name)] = item;
        return this;
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
        return Define(asModule, asName, item);
    }

    /// <summary>The definition of a name, or null.</summary>
    public Extern? Get(string module, string name) => _items.GetValueOrDefault((module, name));

    /// <summary>Every definition, for inspection.</summary>
    public IEnumerable<(string Module, string Name, Extern Item)> Definitions =>
        _items.Select(kv => (kv.Key.Module, kv.Key.Name, kv.Value));

    /// <summary>The complete extern list for <paramref name="module"/>'s imports, in order. Throws one
    /// <see cref="LinkException"/> listing every import that has no definition.</summary>
    public Extern[] Resolve(Store store, Module module)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(module);
        var imports = module.Imports;
        var result = new Extern[imports.Count];
        StringBuilder? missing = null;
        int count = 0;
        for (int i = 0; i < imports.Count; i++)
        {
            var imp = imports[i];
            if (_items.TryGetValue((imp.Module, imp.Name), out var item))
            {
                result[i] = item;
                continue;
            }
            count++;
            (missing ??= new StringBuilder()).Append($"\n  import {i} {imp}");
        }
        if (missing is not null)
            throw new LinkException($"{Messages.UnknownImport}: {count} unresolved import(s):{missing}");
        return result;
    }

    /// <summary>Resolves and instantiates: <c>Instance.Create(store, module, Resolve(store, module))</c>.</summary>
    public Instance Instantiate(Store store, Module module) => Instance.Create(store, module, Resolve(store, module));
}
