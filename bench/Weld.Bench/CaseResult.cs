namespace Weld.Bench;

/// <summary>One engine's best timings on one case (minimum over the runs), or why it has none.</summary>
internal sealed record EngineTiming(TimeSpan Prepare, TimeSpan Execute, TimeSpan? ExecuteCpu = null)
{
    public static EngineTiming? Min(EngineTiming? a, EngineTiming b) =>
        a is null ? b : new EngineTiming(a.Prepare < b.Prepare ? a.Prepare : b.Prepare, a.Execute < b.Execute ? a.Execute : b.Execute,
            a.ExecuteCpu is { } x && b.ExecuteCpu is { } y ? (x < y ? x : y) : null);
}

/// <summary>Every engine's result on one case. A missing timing means the engine is unavailable or failed.</summary>
internal sealed record CaseResult(BenchCase Case, IReadOnlyDictionary<string, EngineTiming?> Timings);
