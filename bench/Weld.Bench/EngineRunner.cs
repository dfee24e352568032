namespace Weld.Bench;

/// <summary>What one run of a program produced, and how long its two phases took.</summary>
internal sealed record RunResult(TimeSpan Prepare, TimeSpan Execute, int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The CPU time of the thread that ran <c>_start</c>, where the runner measures it.</summary>
    public TimeSpan? ExecuteCpu { get; init; }
}

/// <summary>Runs a WASI command module on one engine, capturing its output.</summary>
internal interface IEngineRunner
{
    /// <summary>The column heading.</summary>
    string Name { get; }

    /// <summary>The engine this column measures, whatever its control mode: columns of one family are compared with
    /// each other for the overhead of fuel and interruption.</summary>
    string Family { get; }

    /// <summary>How the runs limit the guest.</summary>
    ControlMode Control { get; }

    /// <summary>Why this engine cannot run anything (shown as "n/a"), or null when it can.</summary>
    string? Unavailable { get; }

    /// <summary>Runs <paramref name="c"/> once. <see cref="RunResult.Prepare"/> covers decoding/compiling, linking and
    /// instantiating; <see cref="RunResult.Execute"/> covers <c>_start</c> alone.</summary>
    RunResult Run(BenchCase c);
}
