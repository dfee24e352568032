namespace Weld;

public sealed partial class EngineOptions
{
    /// <summary>Whether wasm code consumes fuel: every instruction costs one unit, charged per straight-line segment
    /// before it runs, and a store whose fuel runs out traps with <see cref="TrapCode.OutOfFuel"/>. Off by default,
    /// and then no fuel code exists at all. When on, a store starts with no fuel: give it some with
    /// <see cref="Store.Fuel"/> or <see cref="Store.AddFuel"/>.</summary>
    public bool ConsumeFuel { get; init; }
}

public sealed partial class Engine
{
    /// <summary>The engine's current epoch (0 when created).</summary>
    public ulong CurrentEpoch => (ulong)Runtime.Epoch.Current;

    /// <summary>Advances the epoch by one, interrupting the code of every store whose deadline
    /// (<see cref="Store.SetEpochDeadline"/>) it reaches. Thread-safe: meant to be called from a timer.</summary>
    public void IncrementEpoch() => Runtime.Epoch.Increment();
}
