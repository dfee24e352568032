using System.Globalization;

namespace Weld.Cli;

/// <summary><c>weld run --fuel N</c> and <c>--timeout DURATION</c>: the limits a runaway module hits, and the one-line
/// message it ends with.</summary>
internal sealed record RunLimits(ulong? Fuel, TimeSpan? Timeout, string? TimeoutText)
{
    /// <summary>The exit code of a run stopped by <c>--timeout</c> (as the <c>timeout</c> command's); a run out of
    /// fuel exits like any other trap.</summary>
    public const int TimedOutExitCode = 124;

    public static RunLimits Parse(ulong? fuel, string? timeout) =>
        new(fuel, timeout is null ? null : ParseDuration(timeout), timeout);

    /// <summary>A duration such as <c>100ms</c>, <c>2s</c>, <c>1.5m</c> or <c>1h</c>; a bare number is seconds.</summary>
    public static TimeSpan ParseDuration(string text)
    {
        var units = new (string Suffix, double Ms)[] { ("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000) };
        foreach (var (suffix, ms) in units)
        {
            if (!text.EndsWith(suffix, StringComparison.Ordinal)) continue;
            if (TryNumber(text[..^suffix.Length], out double n)) return TimeSpan.FromMilliseconds(n * ms);
            break;
        }
        if (TryNumber(text, out double seconds)) return TimeSpan.FromSeconds(seconds);
        throw new FormatException($"--timeout expects a duration such as 100ms, 2s or 1m, got '{text}'");
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value >= 0 && value <= 1e9;

    /// <summary>The engine options these limits need.</summary>
    public bool ConsumeFuel => Fuel is not null;

    /// <summary>Gives the store its fuel and starts the timeout's clock: one epoch tick when the time is up, against
    /// a deadline of one tick, interrupts whatever the store runs (start functions included).</summary>
    public IDisposable? Apply(Engine engine, Store store)
    {
        if (Fuel is { } fuel) store.Fuel = fuel;
        if (Timeout is not { } timeout) return null;
        store.SetEpochDeadline(1);
        return new Timer(_ => engine.IncrementEpoch(), null, timeout, System.Threading.Timeout.InfiniteTimeSpan);
    }

    /// <summary>The limits for a wasi-threads thread's own store: the same fuel (each thread has its own budget) and
    /// the same epoch deadline, so the timeout's one tick stops every thread.</summary>
    public void ApplyToThread(Store store)
    {
        if (Fuel is { } fuel) store.Fuel = fuel;
        if (Timeout is not null) store.SetEpochDeadline(1);
    }

    /// <summary>The one line (and exit code) for a trap these limits caused, or null for any other trap.</summary>
    public (string Message, int ExitCode)? Explain(TrapException trap) => trap.Code switch
    {
        TrapCode.OutOfFuel when Fuel is not null => ($"error: all fuel consumed (--fuel {Fuel})", 134),
        TrapCode.Interrupted when Timeout is not null => ($"error: timed out after {TimeoutText} (--timeout)", TimedOutExitCode),
        _ => null,
    };
}
