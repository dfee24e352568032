using System.Runtime.CompilerServices;
using Weld.Execution;

namespace Weld.Runtime;

/// <summary>Why a store's running code must stop: bits of <see cref="RuntimeStore.InterruptFlags"/>.</summary>
[Flags]
internal enum InterruptReason
{
    None = 0,
    /// <summary>The engine's epoch reached the store's deadline.</summary>
    EpochDeadline = 1,
    /// <summary>The cancellation token of a call in progress was cancelled.</summary>
    Cancelled = 2,
    /// <summary>The store is being disposed.</summary>
    Disposed = 4,
}

/// <summary>The store's fuel and its interrupt word, which both back ends read while wasm runs.</summary>
internal sealed partial class RuntimeStore
{
    /// <summary>Fuel left (meaningful only when the engine consumes fuel). The back ends subtract each segment's cost
    /// (<see cref="FuelCosts"/>) before running it and trap instead when it would go negative.</summary>
    public long Fuel;

    /// <summary>Nonzero when running code must stop (<see cref="InterruptReason"/> bits). Written from any thread;
    /// the back ends read it (volatile) at every function entry and loop head: one load and a compare.</summary>
    public int InterruptFlags;

    /// <summary>The epoch at which <see cref="InterruptReason.EpochDeadline"/> is raised; <see cref="long.MaxValue"/>: never.</summary>
    public long EpochDeadline = long.MaxValue;

    /// <summary>The limits (cancellation tokens, timeout entries) of the calls in progress, innermost last.</summary>
    private readonly List<object> _limits = [];

    /// <summary>Asks code running in this store (on any thread) to stop with the trap "interrupted".</summary>
    public void RequestInterrupt(InterruptReason reason) => Interlocked.Or(ref InterruptFlags, (int)reason);

    private void ClearInterrupt(InterruptReason reason) => Interlocked.And(ref InterruptFlags, ~(int)reason);

    /// <summary>The slow path of an interrupt check that found the word set.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void ThrowInterrupted() => throw new TrapException(TrapCode.Interrupted);

    /// <summary>The slow path of a fuel charge that found too little fuel.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowOutOfFuel() => throw new TrapException(TrapCode.OutOfFuel);

    /// <summary>Sets the deadline <paramref name="ticks"/> epochs after the engine's current one and lifts a
    /// deadline that was reached.</summary>
    public void SetEpochDeadline(ulong ticks)
    {
        var clock = Engine.Epoch;
        long now = clock.Current;
        Volatile.Write(ref EpochDeadline, ticks >= (ulong)(long.MaxValue - now) ? long.MaxValue : now + (long)ticks);
        ClearInterrupt(InterruptReason.EpochDeadline);
        clock.Watch(this);
        // The clock may have ticked past the deadline before this store was watched.
        if (clock.Current >= Volatile.Read(ref EpochDeadline)) RequestInterrupt(InterruptReason.EpochDeadline);
    }

    /// <summary>Makes cancellation of <paramref name="token"/> interrupt this store's code until the returned scope is
    /// disposed (at the end of the call it was given to). Scopes nest: host → wasm → host → wasm calls each bring
    /// their own limit.</summary>
    public CallLimitScope EnterCancellation(CancellationToken token)
    {
        if (!token.CanBeCanceled) return default;
        var limit = new CancellationLimit(token);
        lock (_limits) _limits.Add(limit);
        var registration = token.UnsafeRegister(static s => ((RuntimeStore)s!).RequestInterrupt(InterruptReason.Cancelled), this);
        return new CallLimitScope(this, registration, limit);
    }

    /// <summary>Interrupts this store's code once <paramref name="timeout"/> has passed, until the returned scope is
    /// disposed. <see cref="Timeout.InfiniteTimeSpan"/>: no limit.</summary>
    public CallLimitScope EnterTimeout(TimeSpan timeout)
    {
        if (timeout == Timeout.InfiniteTimeSpan) return default;
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);
        var entry = InterruptTimer.Schedule(this, timeout);
        lock (_limits) _limits.Add(entry);
        return new CallLimitScope(this, default, entry);
    }

    private void LeaveLimit(CancellationTokenRegistration registration, object limit)
    {
        registration.Dispose(); // waits for a callback in progress, so none fires after the bit is cleared below
        (limit as InterruptTimer.Entry)?.Cancel();
        lock (_limits)
        {
            // By identity, not position: a host's scopes (Store.InterruptAfter) need not end in the order they began.
            _limits.Remove(limit);
            ClearInterrupt(InterruptReason.Cancelled);
            // A timer that fires after this point interrupts the (outer) code still running, which is harmless: an
            // outer call with a limit that fired is interrupted anyway, and one without none is left.
            foreach (var other in _limits)
            {
                if (other is CancellationLimit { Token.IsCancellationRequested: true } || other is InterruptTimer.Entry { Fired: true })
                    RequestInterrupt(InterruptReason.Cancelled);
            }
        }
    }

    /// <summary>A cancellation token in <see cref="_limits"/>, boxed once so that it is removed by identity.</summary>
    private sealed record CancellationLimit(CancellationToken Token);

    /// <summary>One call's limit: its subscription to a cancellation token or its timeout.</summary>
    public readonly struct CallLimitScope(RuntimeStore? store, CancellationTokenRegistration registration, object? limit)
        : IDisposable
    {
        public void Dispose()
        {
            if (limit is not null) store?.LeaveLimit(registration, limit);
        }
    }
}
