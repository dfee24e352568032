using Weld.Runtime;

namespace Weld;

public sealed partial class Store
{
    /// <summary>The fuel left (<see cref="EngineOptions.ConsumeFuel"/>). Set it to refuel, also after a trap with
    /// <see cref="TrapCode.OutOfFuel"/>: the store is usable again.</summary>
    /// <exception cref="InvalidOperationException">The engine does not consume fuel.</exception>
    public ulong Fuel
    {
        get
        {
            RequireFuel();
            return (ulong)Runtime.Fuel;
        }
        set
        {
            RequireFuel();
            Runtime.Fuel = (long)Math.Min(value, long.MaxValue);
        }
    }

    /// <summary>Adds <paramref name="fuel"/> units to <see cref="Fuel"/> (saturating at <see cref="long.MaxValue"/>).</summary>
    /// <exception cref="InvalidOperationException">The engine does not consume fuel.</exception>
    public void AddFuel(ulong fuel)
    {
        RequireFuel();
        Runtime.Fuel = (long)Math.Min((ulong)Runtime.Fuel + Math.Min(fuel, long.MaxValue), long.MaxValue);
    }

    private void RequireFuel()
    {
        if (!Engine.Options.ConsumeFuel) throw new InvalidOperationException("fuel is off: create the engine with EngineOptions.ConsumeFuel");
    }

    /// <summary>Interrupts this store's code with <see cref="TrapCode.Interrupted"/> once the engine's epoch has
    /// advanced <paramref name="ticks"/> times from now (<see cref="Engine.IncrementEpoch"/>); 0 interrupts the next
    /// check. Setting a new deadline makes a store whose deadline passed usable again. Without a deadline, epochs never
    /// interrupt.</summary>
    /// <exception cref="InvalidOperationException">The engine's code cannot be interrupted
    /// (<see cref="EngineOptions.Interruptible"/> is off).</exception>
    public void SetEpochDeadline(ulong ticks)
    {
        RequireInterruptible();
        Runtime.SetEpochDeadline(ticks);
    }

    internal void RequireInterruptible()
    {
        if (!Engine.Options.Interruptible)
            throw new InvalidOperationException("interruption is off: create the engine with EngineOptions.Interruptible");
    }
}
