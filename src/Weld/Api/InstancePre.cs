using Weld.Linking;

namespace Weld;

/// <summary>A module with its imports resolved against a linker's names once (see <see cref="Linker.InstantiatePre"/>).</summary>
public sealed class InstancePre
{
    private readonly InstancePlan _plan;

    internal InstancePre(Module module, InstancePlan plan)
    {
        Module = module;
        _plan = plan;
    }

    /// <summary>The module.</summary>
    public Module Module { get; }

    /// <summary>Instantiates the module in <paramref name="store"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    /// <exception cref="LinkException">Imports are left that nothing resolves, an extern does not match its import or
    /// belongs to another store (except a shared memory of the same engine), the module and the store belong to
    /// different engines, a table or memory exceeds the
    /// engine's limits, or a dependency fails to link.</exception>
    /// <exception cref="MalformedModuleException">Loading linking: a dependency's file is not a well-formed module.</exception>
    /// <exception cref="InvalidModuleException">Loading linking: a dependency does not validate.</exception>
    /// <exception cref="IOException">Loading linking: a dependency's file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">Loading linking: a dependency's file may not be read.</exception>
    /// <exception cref="TrapException">A segment or the start function (of the module or of a dependency) traps, or a
    /// memory cannot be allocated.</exception>
    /// <exception cref="ExitException">A start function ends the program (e.g. WASI <c>proc_exit</c>).</exception>
    public Instance Instantiate(Store store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Instance.Of(_plan.Instantiate(store.Runtime));
    }
}
