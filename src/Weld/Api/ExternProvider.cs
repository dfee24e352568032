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
    public static ExternProvider SpecTest { get; } = new Hosts.SpecTestProvider(null);

    /// <summary>Like <see cref="SpecTest"/>, with print functions writing to <paramref name="output"/>.</summary>
    public static ExternProvider SpecTestPrintingTo(TextWriter output) => new Hosts.SpecTestProvider(output);
}
