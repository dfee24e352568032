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

    /// <summary>
    /// Interrupts wasm code running in this store with <see cref="TrapCode.Interrupted"/> once
    /// <paramref name="timeout"/> has passed, until the returned scope is disposed: the time limit for calls that take
    /// no timeout, such as typed delegates (<c>using (store.InterruptAfter(TimeSpan.FromMilliseconds(100))) add(2, 3);</c>).
    /// Scopes nest with each other and with the limits of <see cref="Function.Invoke(ReadOnlySpan{Value}, TimeSpan)"/>;
    /// the store stays usable after the trap. <see cref="Timeout.InfiniteTimeSpan"/>: no limit.
    /// </summary>
    /// <exception cref="InvalidOperationException">The engine's code cannot be interrupted
    /// (<see cref="EngineOptions.Interruptible"/> is off).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is negative (other than
    /// <see cref="Timeout.InfiniteTimeSpan"/>).</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public IDisposable InterruptAfter(TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : timeout, TimeSpan.Zero);
        RequireInterruptible();
        Runtime.ThrowIfDisposed();
        return new InterruptScope(Runtime.EnterTimeout(timeout));
    }

    /// <summary>Interrupts wasm code running in this store with <see cref="TrapCode.Interrupted"/> when
    /// <paramref name="cancellationToken"/> is cancelled (or at once if it is), until the returned scope is disposed:
    /// cancellation for calls that take no token, such as typed delegates. See <see cref="InterruptAfter"/>.</summary>
    /// <exception cref="InvalidOperationException">The engine's code cannot be interrupted
    /// (<see cref="EngineOptions.Interruptible"/> is off).</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public IDisposable InterruptWhen(CancellationToken cancellationToken)
    {
        RequireInterruptible();
        Runtime.ThrowIfDisposed();
        return new InterruptScope(Runtime.EnterCancellation(cancellationToken));
    }

    /// <summary>A host's interruption scope: ends its limit once, however often it is disposed.</summary>
    private sealed class InterruptScope(RuntimeStore.CallLimitScope limit) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) limit.Dispose();
        }
    }

    internal void RequireInterruptible()
    {
        if (!Engine.Options.Interruptible)
            throw new InvalidOperationException("interruption is off: create the engine with EngineOptions.Interruptible");
    }
}
