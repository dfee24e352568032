using Weld.Execution;

namespace Weld;

public sealed partial class Function
{
    /// <summary>Calls the function like <see cref="Invoke(ReadOnlySpan{Value})"/>; if
    /// <paramref name="cancellationToken"/> is cancelled while it runs (or before), the call ends with
    /// <see cref="TrapException"/> of code <see cref="TrapCode.Interrupted"/> and the store stays usable.</summary>
    /// <exception cref="TrapException">The call trapped or was interrupted.</exception>
    /// <exception cref="ArgumentException">The arguments do not match the function's type.</exception>
    /// <exception cref="InvalidOperationException">The engine's code cannot be interrupted
    /// (<see cref="EngineOptions.Interruptible"/> is off).</exception>
    public Value[] Invoke(ReadOnlySpan<Value> args, CancellationToken cancellationToken)
    {
        var results = new Value[Type.ResultArray.Length];
        Invoke(args, results, cancellationToken);
        return results;
    }

    /// <summary>Calls the function like <see cref="Invoke(ReadOnlySpan{Value}, Span{Value})"/>, interruptible by
    /// <paramref name="cancellationToken"/> (see <see cref="Invoke(ReadOnlySpan{Value}, CancellationToken)"/>).</summary>
    /// <exception cref="TrapException">The call trapped or was interrupted.</exception>
    /// <exception cref="ArgumentException">The arguments or the room for results do not match the function's type.</exception>
    /// <exception cref="InvalidOperationException">The engine's code cannot be interrupted
    /// (<see cref="EngineOptions.Interruptible"/> is off).</exception>
    public void Invoke(ReadOnlySpan<Value> args, Span<Value> results, CancellationToken cancellationToken)
    {
        Store.RequireInterruptible();
        using var scope = Instance.Store.EnterCancellation(cancellationToken);
        Invoke(args, results);
    }

    /// <summary>Calls the function for at most <paramref name="timeout"/>: if it runs longer, it ends with
    /// <see cref="TrapException"/> of code <see cref="TrapCode.Interrupted"/> and the store stays usable.</summary>
    /// <exception cref="TrapException">The call trapped or ran out of time.</exception>
    /// <exception cref="ArgumentException">The arguments do not match the function's type.</exception>
    /// <exception cref="InvalidOperationException">The engine's code cannot be interrupted
    /// (<see cref="EngineOptions.Interruptible"/> is off).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is negative (other than
    /// <see cref="Timeout.InfiniteTimeSpan"/>).</exception>
    public Value[] Invoke(ReadOnlySpan<Value> args, TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : timeout, TimeSpan.Zero);
        var results = new Value[Type.ResultArray.Length];
        Store.RequireInterruptible();
        using var scope = Instance.Store.EnterTimeout(timeout);
        Invoke(args, results);
        return results;
    }
}
