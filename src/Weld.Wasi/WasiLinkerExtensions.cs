namespace Weld.Wasi;

/// <summary>WASI on a <see cref="Linker"/> in one call.</summary>
public static class WasiLinkerExtensions
{
    /// <summary>
    /// Makes a <see cref="WasiContext"/> from <paramref name="configuration"/> and defines every WASI function in
    /// <paramref name="linker"/> (<see cref="WasiContext.AddToLinker"/>). The caller owns the context: dispose it
    /// when the program is done, and read its <see cref="WasiContext.ExitCode"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="linker"/> or <paramref name="configuration"/> is null.</exception>
    /// <exception cref="LinkException">A WASI name is already defined and <see cref="Linker.AllowShadowing"/> is off.</exception>
    public static WasiContext DefineWasi(this Linker linker, WasiConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(linker);
        ArgumentNullException.ThrowIfNull(configuration);
        var wasi = new WasiContext(configuration);
        try
        {
            wasi.AddToLinker(linker);
            return wasi;
        }
        catch
        {
            wasi.Dispose();
            throw;
        }
    }

    /// <summary>Makes a WASI context with the default configuration (<see cref="WasiConfiguration"/>: nothing granted)
    /// and defines it in <paramref name="linker"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="linker"/> is null.</exception>
    /// <exception cref="LinkException">A WASI name is already defined and <see cref="Linker.AllowShadowing"/> is off.</exception>
    public static WasiContext DefineWasi(this Linker linker) => DefineWasi(linker, new WasiConfiguration());
}
