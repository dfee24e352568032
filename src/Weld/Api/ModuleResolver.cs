using Weld.Linking;

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
/// same linker, dependencies first) and links its exports. Chains of any length load without deep .NET recursion.
/// A dependency cycle is a <see cref="LinkException"/>.
/// </summary>
public sealed class ModuleResolver
{
    /// <summary>Creates a resolver searching <paramref name="searchPaths"/> in order.</summary>
    public ModuleResolver(params IEnumerable<string> searchPaths)
    {
        ArgumentNullException.ThrowIfNull(searchPaths);
        SearchPaths = searchPaths.Select(Path.GetFullPath).ToArray();
        Loader = new ModuleLoader(SearchPaths, sharePerStore: true);
    }

    /// <summary>The folders searched, in order.</summary>
    public IReadOnlyList<string> SearchPaths { get; }

    /// <summary>Whether loaded instances are shared per store (default) or made per importer.</summary>
    public DependencySharing Sharing
    {
        get;
        init
        {
            field = value;
            Loader = new ModuleLoader(SearchPaths, value == DependencySharing.PerStore);
        }
    } = DependencySharing.PerStore;

    /// <summary>The loading logic the linkers use.</summary>
    internal ModuleLoader Loader { get; private set; }

    /// <summary>The file that would be loaded for a module name, or null.</summary>
    public string? Locate(string moduleName)
    {
        ArgumentNullException.ThrowIfNull(moduleName);
        return Loader.Locate(moduleName);
    }
}
