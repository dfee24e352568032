using Weld.Hosts;
using Weld.Linking;
using Weld.Runtime;

namespace Weld;

/// <summary>
/// A built-in source of externs consulted by a <see cref="Linker"/> after its own names and the engine's native
/// registry (e.g. the spec suite's <c>spectest</c> module, WASI). Providers are asked in the order they were added.
/// </summary>
public abstract class ExternProvider
{
    /// <summary>The extern for <paramref name="import"/> in <paramref name="store"/>, or null when this provider has none.
    /// Return the same object for the same store and name so that importers share it.</summary>
    public abstract Extern? Provide(Store store, ImportType import);

    /// <summary>The spec test suite's <c>spectest</c> module: print functions (writing nowhere), globals
    /// <c>global_i32</c>/<c>global_i64</c> = 666, <c>global_f32</c>/<c>global_f64</c> = 666.6, a funcref
    /// <c>table</c> 10..20 and a <c>memory</c> 1..2; one set per store.</summary>
    public static ExternProvider SpecTest { get; } = new BuiltInProvider(new SpecTestExterns(null));

    /// <summary>Like <see cref="SpecTest"/>, with print functions writing to <paramref name="output"/>.</summary>
    public static ExternProvider SpecTestPrintingTo(TextWriter output) => new BuiltInProvider(new SpecTestExterns(output));

    /// <summary>This provider as the linking layer asks it.</summary>
    internal virtual ExternSource AsSource() => new ProviderSource(this);

    /// <summary>A host's provider seen from the linking layer, which knows runtime objects only.</summary>
    private sealed class ProviderSource(ExternProvider provider) : ExternSource
    {
        public override ExternInstance? Provide(RuntimeStore store, ImportType import) =>
            provider.Provide(Store.Of(store), import)?.RuntimeObject;
    }
}

/// <summary>A provider built into Weld: a linking-layer source, which linkers ask directly.</summary>
internal sealed class BuiltInProvider(ExternSource source) : ExternProvider
{
    public override Extern? Provide(Store store, ImportType import)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(import);
        return source.Provide(store.Runtime, import) is { } value ? Extern.Wrap(value) : null;
    }

    internal override ExternSource AsSource() => source;
}
