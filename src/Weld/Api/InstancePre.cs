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
    public Instance Instantiate(Store store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Instance.Of(_plan.Instantiate(store.Runtime));
    }
}
