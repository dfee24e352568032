using Weld.Execution;
using Weld.Runtime;

namespace Weld;

public sealed partial class Store
{
    /// <summary>The caps on what this store may allocate (null: only the engine's limits).</summary>
    public StoreLimits? Limits { get; private set; }

    /// <summary>Sets the caps on what this store may allocate from now on (null removes them); what the store already
    /// holds (and has allocated: <see cref="GcBytesAllocated"/>) counts against them, so a higher cap allows only the
    /// difference.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count cap is negative.</exception>
    public void SetLimits(StoreLimits? limits)
    {
        if (limits is not null)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(limits.Instances ?? 0, nameof(limits));
            ArgumentOutOfRangeException.ThrowIfNegative(limits.Memories ?? 0, nameof(limits));
            ArgumentOutOfRangeException.ThrowIfNegative(limits.Tables ?? 0, nameof(limits));
        }
        Runtime.Limits = limits is null ? null : new ResourceLimits(limits.MemoryBytes, limits.TableElements, limits.Instances,
            limits.Memories, limits.Tables, Adapt(limits.MemoryGrowing), Adapt(limits.TableGrowing), limits.GcBytes);
        Limits = limits;
    }

    /// <summary>Bytes of GC objects wasm code has allocated in this store over its life, as
    /// <see cref="StoreLimits.GcBytes"/> counts them (whether or not a cap is set).</summary>
    public ulong GcBytesAllocated => (ulong)Runtime.GcBytesAllocated;

    /// <summary>The callback as the runtime calls it. It may run inside wasm (memory.grow), so an exception it throws
    /// becomes a trap as a host function's would.</summary>
    private static Func<ulong, ulong, ulong?, bool>? Adapt(GrowthDecision? decide) =>
        decide is null ? null : (current, desired, maximum) =>
        {
            try
            {
                return decide(current, desired, maximum);
            }
            catch (Exception e) when (e is not WeldException)
            {
                throw HostEntry.Wrap(e);
            }
        };
}
