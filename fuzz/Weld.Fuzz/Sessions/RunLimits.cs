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
}
