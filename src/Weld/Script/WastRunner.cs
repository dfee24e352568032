namespace Weld;

/// <summary>Runs WebAssembly spec test scripts (.wast) through the public API: every module is instantiated through a
/// <see cref="Linker"/> in which <c>register</c> defines instances and <c>spectest</c> is an ordinary set of externs.</summary>
public sealed class WastRunner
{
    /// <summary>Creates a runner whose modules compile for <paramref name="engine"/>.</summary>
    public WastRunner(Engine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
    }

    /// <summary>The engine.</summary>
    public Engine Engine { get; }

    /// <summary>Where spectest's print functions write (default: nowhere).</summary>
    public TextWriter? Output { get; set; }

    /// <summary>Runs a script file.</summary>
    public WastResult RunFile(string path) => Run(File.ReadAllText(path), path);

    /// <summary>Runs script text; <paramref name="name"/> labels the result.</summary>
    public WastResult Run(string script, string name) => throw new NotImplementedException("wast runner");
}
