using System.Runtime.CompilerServices;
using Weld.Diagnostics;
using Weld.Runtime;

namespace Weld.Linking;

/// <summary>
/// Loading linking (the public <c>ModuleResolver</c> delegates here): finds <c>NAME.wasm</c> or <c>NAME.wat</c> in
/// the search paths for an import module name, compiles it once per engine, resolves its imports through the same
/// linker (recursively) and instantiates it through the one instantiation path. A dependency cycle is a link error.
/// </summary>
internal sealed class ModuleLoader(IReadOnlyList<string> searchPaths, bool sharePerStore)
{
    private static readonly string[] Extensions = [".wasm", ".wat"];

    private readonly ConditionalWeakTable<RuntimeEngine, Dictionary<string, CompiledModule?>> _modules = [];
    private readonly ConditionalWeakTable<RuntimeStore, Dictionary<string, ModuleInstance>> _shared = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<string> SearchPaths { get; } = searchPaths;

    /// <summary>One instance of each dependency per store (else one per top-level resolution).</summary>
    public bool SharePerStore { get; } = sharePerStore;

    /// <summary>The file that would be loaded for a module name, or null. Names that could leave the search paths
    /// (separators, "." and "..") are never looked up.</summary>
    public string? Locate(string moduleName)
    {
        if (moduleName.Length == 0 || moduleName.IndexOfAny(['/', '\\', '\0']) >= 0 || moduleName is "." or "..") return null;
        foreach (var dir in SearchPaths)
            foreach (var ext in Extensions)
            {
                var path = Path.Combine(dir, moduleName + ext);
                if (File.Exists(path)) return path;
            }
        return null;
    }

    /// <summary>The module for a name, compiled for <paramref name="engine"/> on first use (null: no such file).</summary>
    public CompiledModule? Load(RuntimeEngine engine, string moduleName)
    {
        lock (_lock)
        {
            var modules = _modules.GetValue(engine, _ => new(StringComparer.Ordinal));
            if (modules.TryGetValue(moduleName, out var cached)) return cached;
            var path = Locate(moduleName);
            var module = path is null ? null : CompiledModule.FromFile(engine, path);
            modules[moduleName] = module;
            return module;
        }
    }

    /// <summary>The instance of <paramref name="moduleName"/> for one resolution, loading it when needed.</summary>
    public ModuleInstance? Instantiate(LinkerCore linker, RuntimeStore store, string moduleName, Resolution resolution)
    {
        var cache = SharePerStore ? _shared.GetValue(store, _ => new(StringComparer.Ordinal)) : resolution.Fresh;
        if (cache.TryGetValue(moduleName, out var existing)) return existing;
        var module = Load(linker.Engine, moduleName);
        if (module is null) return null;
        if (resolution.Loading.Contains(moduleName)) throw LinkErrors.ImportCycle(resolution.Loading.Append(moduleName));
        resolution.Loading.Add(moduleName);
        try
        {
            var instance = linker.Instantiate(store, module, null, resolution);
            cache[moduleName] = instance;
            return instance;
        }
        finally
        {
            resolution.Loading.RemoveAt(resolution.Loading.Count - 1);
        }
    }
}
