namespace Weld;

public sealed partial class EngineOptions
{
    /// <summary>Whether wasm code consumes fuel: every instruction costs one unit, charged per straight-line segment
    /// before it runs, and a store whose fuel runs out traps with <see cref="TrapCode.OutOfFuel"/>. Off by default,
    /// and then no fuel code exists at all. When on, a store starts with no fuel: give it some with
    /// <see cref="Store.Fuel"/> or <see cref="Store.AddFuel"/>.</summary>
    public bool ConsumeFuel { get; init; }

    /// <summary>Whether running code can be interrupted (default: true): every function entry and loop head checks the
    /// store's interrupt word, so epoch deadlines (<see cref="Store.SetEpochDeadline"/>), cancellation tokens and
    /// timeouts (<see cref="Function.Invoke(ReadOnlySpan{Value}, CancellationToken)"/>) and <see cref="Store.Dispose"/>
    /// from another thread stop it with <see cref="TrapCode.Interrupted"/>. Turning it off removes the checks (compiled
    /// loops run up to about a tenth faster) for hosts that trust the code they run or bound it with fuel alone: the
    /// interruption APIs then throw <see cref="InvalidOperationException"/>, and a store disposed while its code runs
    /// is freed when that code returns.</summary>
    public bool Interruptible { get; init; } = true;
}

public sealed partial class Engine
{
    /// <summary>The engine's current epoch (0 when created).</summary>
    public ulong CurrentEpoch => (ulong)Runtime.Epoch.Current;

    /// <summary>Advances the epoch by one, interrupting the code of every store whose deadline
    /// (<see cref="Store.SetEpochDeadline"/>) it reaches. Thread-safe: meant to be called from a timer.</summary>
    public void IncrementEpoch() => Runtime.Epoch.Increment();
}
