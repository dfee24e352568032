namespace Weld.Fuzz.Targets;

/// <summary>A fuzz target: runs one input. Returning is a pass; a <see cref="FuzzFinding"/> or any other exception is a
/// finding (the fuzzer records the input as a crash).</summary>
public interface IFuzzTarget
{
    string Name { get; }

    /// <summary>The file extension of the target's seed files (".wasm" or ".wat").</summary>
    string SeedExtension { get; }

    void Run(ReadOnlySpan<byte> input);
}

/// <summary>The targets by name.</summary>
public static class FuzzTargets
{
    public static IReadOnlyList<string> Names { get; } = ["decode", "text", "run"];

    public static IFuzzTarget Create(string name) => name switch
    {
        "decode" => new DecodeTarget(),
        "text" => new TextTarget(),
        "run" => new RunTarget(),
        _ => throw new ArgumentException($"unknown target '{name}' (targets: {string.Join(", ", Names)})", nameof(name)),
    };
}
