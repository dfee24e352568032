namespace Weld.Fuzz.Sessions;

/// <summary>The resource limits every engine runs fuzzed and differential modules with, so that growth fails at the
/// same point everywhere.</summary>
public static class RunLimits
{
    /// <summary>Deep enough for every spec test that recurses on purpose, shallow enough to end runaway recursion fast.</summary>
    public const int MaxCallDepth = 1000;

    /// <summary>4 MiB per memory.</summary>
    public const ulong MaxMemoryPages = 64;

    public const uint MaxTableElements = 10_000;

    /// <summary>Fuel for instantiation and for each call: every call ends, as out of budget when it runs out. Both Weld
    /// back ends count fuel the same, so they run out at the same point; the bounded runner's timeout stays as the
    /// backstop that reports a hang (a call that fuel did not stop is a bug).</summary>
    public const ulong FuelPerCall = 20_000_000;
}
