using System.Runtime.CompilerServices;

namespace Weld;

/// <summary>How a <see cref="ModuleResolver"/> shares the instances it loads.</summary>
public enum DependencySharing
{
    /// <summary>One instance of each dependency per store, shared by every importer (default).</summary>
    PerStore,
    /// <summary>A fresh instance of a dependency for each module instantiated with it.</summary>
    PerImporter,
}

/// <summary>
/// Loading linking: when a linker finds no definition for an import's module name, the resolver looks for
/// <c>NAME.wasm</c> or <c>NAME.wat</c> in its search paths, instantiates it (resolving its own imports through the
/// same linker, recursively) and links its exports. A dependency cycle is a <see cref="LinkException"/>.
/// </summary>
public sealed class ModuleResolver
{
    private readonly Dictionary<string, Module?> _modules = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<Store, Dictionary<string, Instance>> _shared = [];
    private readonly Lock _lock = new();

    /// <summary>Creates a resolver searching <paramref name="searchPaths"/> in order.</summary>
    public ModuleResolver(params IEnumerable<string> searchPaths)
    {
        ArgumentNullException.ThrowIfNull(searchPaths);
        SearchPaths = searchPaths.Select(Path.GetFullPath).ToArray();
    }

    /// <summary>The folders searched, in order.</summary>
    public IReadOnlyList<string> SearchPaths { get; }

    /// <summary>Whether loaded instances are shared per store (default) or made per importer.</summary>
    public DependencySharing Sharing { get; init; } = DependencySharing.PerStore;

    /// <summary>The file that would be loaded for a module name, or null.</summary>
    public string? Locate(string moduleName)
    {
        if (moduleName.Length == 0 || moduleName.IndexOfAny(['/', '\\', '\0']) >= 0 || moduleName is "." or "..") return null;
        foreach (var dir in SearchPaths)
            foreach (var ext in new[] { ".wasm", ".wat" })
            {
                var path = Path.Combine(dir, moduleName + ext);
                if (File.Exists(path)) return path;
            }
        return null;
    }

    internal Module? LoadModule(Engine engine, string moduleName)
    {
        lock (_lock)
        {
            if (_modules.TryGetValue(moduleName, out var cached)) return cached;
            var path = Locate(moduleName);
            var module = path is null ? null : Module.FromFile(engine, path);
            _modules[moduleName] = module;
            return module;
        }
    }

    /// <summary>The instance of <paramref name="moduleName"/> for one resolution, loading it when needed.</summary>
    internal Instance? Instantiate(Linker linker, Store store, string moduleName, Linking.Resolution resolution)
    {
        var cache = Sharing == DependencySharing.PerStore ? _shared.GetValue(store, _ => new(StringComparer.Ordinal)) : resolution.Fresh;
        if (cache.TryGetValue(moduleName, out var existing)) return existing;
        var module = LoadModule(linker.Engine, moduleName);
        if (module is null) return null;
        if (resolution.Loading.Contains(moduleName))
            throw new LinkException($"import cycle: {string.Join(" -> ", resolution.Loading.Append(moduleName))}");
        resolution.Loading.Add(moduleName);
        try
        {
            var externs = linker.Resolve(store, module, null, resolution);
            var instance = Instance.Create(store, module, externs);
            cache[moduleName] = instance;
            return instance;
        }
        finally
        {
            resolution.Loading.RemoveAt(resolution.Loading.Count - 1);
        }
    }
}
