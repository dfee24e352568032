using System.Runtime.CompilerServices;
using Weld.Wasi.Functions;

namespace Weld.Wasi;

/// <summary>
/// A running WASI preview 1 environment (<c>wasi_snapshot_preview1</c>) for one program: its arguments, environment,
/// open descriptors and exit code. Give it to a module in one of three ways: <see cref="AddToLinker"/>, as a linker
/// provider (it is an <see cref="ExternProvider"/>), or as an explicit extern list (<see cref="GetExterns"/>).
/// The guest's memory is the calling instance's export named <c>memory</c>. <c>proc_exit</c> throws
/// <see cref="ExitException"/> (or, through <see cref="Run"/>, ends the program with its code). Programs built for
/// wasi-threads also need <see cref="AddThreadsToLinker"/>. All threads of a program share the context: its
/// descriptors, arguments and environment. Dispose the context to close the descriptors it opened.
/// </summary>
public sealed partial class WasiContext : ExternProvider, IDisposable
{
    private readonly WasiSystem _system;
    private readonly Dictionary<string, HostFunction> _functions;
    private readonly ConditionalWeakTable<Store, Dictionary<string, Function>> _perStore = [];

    /// <summary>The import module name of WASI preview 1.</summary>
    public const string ModuleName = Bindings.Module;

    /// <summary>Creates the environment: opens the standard streams and preopened directories.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="configuration"/> is null.</exception>
    /// <exception cref="DirectoryNotFoundException">A preopened directory cannot be opened.</exception>
    /// <exception cref="PlatformNotSupportedException">Preopened directories were configured on a system other than Linux.</exception>
    /// <exception cref="IOException">A standard stream configured with <see cref="WasiStdio.File"/> cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">A standard stream's file may not be opened as configured.</exception>
    public WasiContext(WasiConfiguration configuration)
    {
        _system = new WasiSystem(configuration);
        _functions = Bindings.Create(_system);
    }

    /// <summary>The code the program passed to <c>proc_exit</c>, or null while it has not called it.</summary>
    public int? ExitCode => _system.ExitCode;

    /// <summary>The names of every function this context defines.</summary>
    public static IReadOnlyList<string> FunctionNames { get; } = [.. Bindings.Names.Order(StringComparer.Ordinal)];

    /// <summary>True when <paramref name="module"/> imports anything from <c>wasi_snapshot_preview1</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="module"/> is null.</exception>
    public static bool IsImportedBy(Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return module.Imports.Any(i => i.Module == ModuleName);
    }

    /// <summary>Defines every WASI function in <paramref name="linker"/> under <see cref="ModuleName"/>.</summary>
    /// <returns><paramref name="linker"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="linker"/> is null.</exception>
    /// <exception cref="LinkException">A WASI name is already defined and <see cref="Linker.AllowShadowing"/> is off.</exception>
    public Linker AddToLinker(Linker linker)
    {
        ArgumentNullException.ThrowIfNull(linker);
        foreach (var (name, f) in _functions) linker.DefineFunction(ModuleName, name, f);
        return linker;
    }

    /// <summary>The WASI function for <paramref name="import"/> (one per store and name), or null for other imports.
    /// A WASI name imported with the wrong type is still returned, so instantiation reports the type mismatch.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="import"/> is null.</exception>
    public override Extern? Provide(Store store, ImportType import)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(import);
        if (import.Module != ModuleName || !_functions.TryGetValue(import.Name, out var host)) return null;
        var cache = _perStore.GetValue(store, _ => new Dictionary<string, Function>(StringComparer.Ordinal));
        lock (cache)
        {
            if (!cache.TryGetValue(import.Name, out var f)) cache[import.Name] = f = host.Instantiate(store);
            return f;
        }
    }

    /// <summary>One entry per import of <paramref name="module"/>: the WASI function for WASI imports, null for the
    /// others (pass it as <c>given</c> to <see cref="Linker.Resolve(Store, Module, IReadOnlyList{Extern?}?)"/>, or
    /// straight to <see cref="Instance.Create"/> when every import is WASI).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="module"/> is null.</exception>
    public Extern?[] GetExterns(Store store, Module module)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(module);
        return [.. module.Imports.Select(i => Provide(store, i))];
    }

    /// <summary>Closes every descriptor the guest still holds (the standard streams' own .NET streams are closed
    /// only when the context opened them). Threads the program spawned (wasi-threads) are interrupted first.</summary>
    public void Dispose()
    {
        _system.Lifetime.Stop();
        _system.Dispose();
    }
}
