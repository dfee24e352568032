using System.Runtime.CompilerServices;
using Weld.Diagnostics;
using Weld.Runtime;

namespace Weld.Linking;

/// <summary>
/// Loading linking (the public <c>ModuleResolver</c> delegates here): finds <c>NAME.wasm</c> or <c>NAME.wat</c> in
/// the search paths for an import module name, compiles it once per engine, resolves its imports through the same
/// linker and instantiates it through the one instantiation path. Dependencies are instantiated deepest first from an
/// explicit stack, not by recursion, so a chain of any length takes no more .NET stack than one module. A dependency
/// cycle is a link error.
/// </summary>
internal sealed class ModuleLoader(IReadOnlyList<string> searchPaths, bool sharePerStore)
{
    private static readonly string[] Extensions = [".wasm", ".wat"];

    private readonly ConditionalWeakTable<RuntimeEngine, Dictionary<string, (CompiledModule Module, string Path)>> _modules = [];
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

    /// <summary>The module for a name and its file, compiled for <paramref name="engine"/> on first use (null: no
    /// such file). A miss is not remembered: a file added later is found. An error in the file names it.</summary>
    public (CompiledModule Module, string Path)? Load(RuntimeEngine engine, string moduleName)
    {
        lock (_lock)
        {
            var modules = _modules.GetValue(engine, _ => new(StringComparer.Ordinal));
            if (modules.TryGetValue(moduleName, out var cached)) return cached;
            if (Locate(moduleName) is not { } path) return null;
            CompiledModule module;
            try
            {
                module = CompiledModule.FromFile(engine, path);
            }
            catch (MalformedModuleException e)
            {
                throw new MalformedModuleException(path, e);
            }
            catch (InvalidModuleException e)
            {
                throw new InvalidModuleException(path, e);
            }
            modules[moduleName] = (module, path);
            return (module, path);
        }
    }

    /// <summary>The instance of <paramref name="moduleName"/> for one resolution, loading it when needed. Walks the
    /// module's imports depth first with an explicit stack: each import is resolved through the linker's layers that come
    /// before loading (<see cref="LinkerCore.LookupBeforeLoading"/>); one left to loading pushes its module, and a module
    /// whose imports are all resolved is instantiated and hands its export to the module below it. Resolution order and
    /// instantiation order are those of a recursive walk.</summary>
    public ModuleInstance? Instantiate(LinkerCore linker, RuntimeStore store, string moduleName, Resolution resolution)
    {
        var cache = SharePerStore ? _shared.GetValue(store, _ => new(StringComparer.Ordinal)) : resolution.Fresh;
        if (cache.TryGetValue(moduleName, out var existing)) return existing;
        if (Load(linker.Engine, moduleName) is not var (module, path)) return null;
        int depth = resolution.Loading.Count;
        var pending = new Stack<PendingModule>();
        try
        {
            resolution.Enter(moduleName);
            pending.Push(new PendingModule(moduleName, module, path));
            while (true)
            {
                var top = pending.Peek();
                if (top.Next < top.Given.Length)
                {
                    var import = top.Module.Imports[top.Next++];
                    if ((top.Given[top.Next - 1] = linker.LookupBeforeLoading(store, import)) is not null) continue;
                    if (!linker.Loads(import.Module)) continue;
                    if (cache.TryGetValue(import.Module, out var loaded))
                    {
                        top.Given[top.Next - 1] = loaded.Export(import.Name);
                        continue;
                    }
                    if (Load(linker.Engine, import.Module) is not var (dependency, dependencyPath)) continue;
                    resolution.Enter(import.Module);
                    pending.Push(new PendingModule(import.Module, dependency, dependencyPath));
                    continue;
                }
                pending.Pop();
                // Imports left null (a missing export, nothing found) go through the linker's whole lookup again,
                // which reports them as it always does.
                ModuleInstance instance;
                try
                {
                    instance = linker.Instantiate(store, top.Module, top.Given, resolution);
                }
                catch (LinkException e) when (e.InnerException is not LinkException)
                {
                    throw LinkErrors.InDependency(e, top.Name, top.Path); // the innermost module that failed, once
                }
                cache[top.Name] = instance;
                resolution.Leave();
                if (pending.Count == 0) return instance;
                var importer = pending.Peek();
                importer.Given[importer.Next - 1] = instance.Export(importer.Module.Imports[importer.Next - 1].Name);
            }
        }
        finally
        {
            while (resolution.Loading.Count > depth) resolution.Leave();
        }
    }

    /// <summary>A module being loaded: its imports resolved so far, and the next one to resolve.</summary>
    private sealed class PendingModule(string name, CompiledModule module, string path)
    {
        public string Name { get; } = name;
        public string Path { get; } = path;
        public CompiledModule Module { get; } = module;
        public ExternInstance?[] Given { get; } = new ExternInstance?[module.Imports.Length];
        public int Next;
    }
}
