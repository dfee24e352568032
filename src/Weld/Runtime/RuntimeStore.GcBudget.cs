namespace Weld.Runtime;

/// <summary>
/// The store's budget for GC objects (the cap <c>StoreLimits.GcBytes</c>), shaped so that a charge costs a subtraction
/// and a branch whether a cap is set or not: <see cref="GcBytesLeft"/> is the cap minus what the store has allocated,
/// and without a cap it starts at <see cref="long.MaxValue"/>. What an object costs, and the refusal, are
/// <c>Execution.Gc.GcOps</c>' (GcOps.Budget.cs).
/// </summary>
internal sealed partial class RuntimeStore
{
    /// <summary>Bytes of GC objects the store may still allocate; below zero after a charge means refused. Both back
    /// ends subtract each allocation's cost from it (one thread at a time is inside a store).</summary>
    public long GcBytesLeft = long.MaxValue;

    /// <summary>The cap <see cref="GcBytesLeft"/> counts down from (<see cref="long.MaxValue"/>: no cap).</summary>
    private long _gcBytesCap = long.MaxValue;

    /// <summary>Bytes of GC objects the store has allocated (summed over its life, like the other counts).</summary>
    public long GcBytesAllocated => _gcBytesCap - GcBytesLeft;

    /// <summary>The cap in force, or null for none.</summary>
    public ulong? GcBytesCap => Limits?.GcBytes;

    /// <summary>Counts down from a new cap (null: none); what the store allocated before still counts against it.</summary>
    private void SetGcBytesCap(ulong? cap)
    {
        long allocated = GcBytesAllocated;
        long next = cap is ulong c ? (long)Math.Min(c, long.MaxValue) : long.MaxValue;
        _gcBytesCap = next;
        GcBytesLeft = next - allocated; // negative when the store already holds more: every allocation is refused
    }
}
