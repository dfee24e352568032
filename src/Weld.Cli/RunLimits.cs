using System.Globalization;

namespace Weld.Cli;

/// <summary><c>weld run --fuel N</c>, <c>--timeout DURATION</c>, <c>--max-memory SIZE</c> and <c>--gc-budget SIZE</c>:
/// the limits a runaway module hits, and the one-line message it ends with.</summary>
internal sealed record RunLimits(ulong? Fuel, TimeSpan? Timeout, string? TimeoutText)
{
    /// <summary>Bytes of linear memory the store's memories may hold together (<see cref="StoreLimits.MemoryBytes"/>):
    /// a <c>memory.grow</c> past it returns -1, a module whose memories start past it does not instantiate.</summary>
    public ulong? MaxMemory { get; init; }

    /// <summary>The text given for <see cref="MaxMemory"/>, for messages.</summary>
    public string? MaxMemoryText { get; init; }

    /// <summary>Bytes of GC objects the module may allocate over the run (<see cref="StoreLimits.GcBytes"/>).</summary>
    public ulong? GcBudget { get; init; }

    /// <summary>The text given for <see cref="GcBudget"/>, for messages.</summary>
    public string? GcBudgetText { get; init; }

    /// <summary>The exit code of a run stopped by <c>--timeout</c> (as the <c>timeout</c> command's); a run out of
    /// fuel exits like any other trap.</summary>
    public const int TimedOutExitCode = 124;

    public static RunLimits Parse(ulong? fuel, string? timeout, string? maxMemory = null, string? gcBudget = null) =>
        new(fuel, timeout is null ? null : ParseDuration(timeout), timeout)
        {
            MaxMemory = maxMemory is null ? null : ParseSize(maxMemory, "--max-memory"),
            MaxMemoryText = maxMemory,
            GcBudget = gcBudget is null ? null : ParseSize(gcBudget, "--gc-budget"),
            GcBudgetText = gcBudget,
        };

    /// <summary>A size in bytes such as <c>65536</c>, <c>64K</c>, <c>16MiB</c> or <c>1G</c>: the suffixes K, M and G
    /// (also KiB, MiB, GiB, KB, MB, GB, any case) are powers of 1024.</summary>
    public static ulong ParseSize(string text, string option)
    {
        var units = new (string Suffix, ulong Bytes)[]
        {
            ("kib", 1UL << 10), ("mib", 1UL << 20), ("gib", 1UL << 30),
            ("kb", 1UL << 10), ("mb", 1UL << 20), ("gb", 1UL << 30),
            ("k", 1UL << 10), ("m", 1UL << 20), ("g", 1UL << 30), ("b", 1),
        };
        string lower = text.Trim().ToLowerInvariant();
        ulong scale = 1;
        foreach (var (suffix, bytes) in units)
        {
            if (!lower.EndsWith(suffix, StringComparison.Ordinal)) continue;
            lower = lower[..^suffix.Length];
            scale = bytes;
            break;
        }
        if (ulong.TryParse(lower, NumberStyles.None, CultureInfo.InvariantCulture, out ulong n) && n <= ulong.MaxValue / scale)
            return n * scale;
        throw new FormatException($"{option} expects a size in bytes such as 65536, 64K, 16MiB or 1G, got '{text}'");
    }

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
        ApplyStoreLimits(store);
        if (Timeout is not { } timeout) return null;
        store.SetEpochDeadline(1);
        return new Timer(_ => engine.IncrementEpoch(), null, timeout, System.Threading.Timeout.InfiniteTimeSpan);
    }

    /// <summary>The limits for a wasi-threads thread's own store: the same fuel (each thread has its own budget) and
    /// the same epoch deadline, so the timeout's one tick stops every thread.</summary>
    public void ApplyToThread(Store store)
    {
        if (Fuel is { } fuel) store.Fuel = fuel;
        ApplyStoreLimits(store);
        if (Timeout is not null) store.SetEpochDeadline(1);
    }

    /// <summary>The size caps, on a store of their own: a thread's store gets the same caps as the main one (the
    /// shared memory counts where it was made, in the main store).</summary>
    private void ApplyStoreLimits(Store store)
    {
        if (MaxMemory is null && GcBudget is null) return;
        store.SetLimits(new StoreLimits { MemoryBytes = MaxMemory, GcBytes = GcBudget });
    }

    /// <summary>The one line (and exit code) for a trap these limits caused, or null for any other trap.</summary>
    public (string Message, int ExitCode)? Explain(TrapException trap) => trap.Code switch
    {
        TrapCode.OutOfFuel when Fuel is not null => ($"error: all fuel consumed (--fuel {Fuel})", 134),
        TrapCode.Interrupted when Timeout is not null => ($"error: timed out after {TimeoutText} (--timeout)", TimedOutExitCode),
        TrapCode.OutOfMemory when GcBudget is not null && trap.Message.Contains(nameof(StoreLimits.GcBytes), StringComparison.Ordinal)
            => ($"error: GC allocation budget exhausted (--gc-budget {GcBudgetText})", 134),
        _ => null,
    };
}
