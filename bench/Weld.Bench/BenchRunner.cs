using System.Runtime;

namespace Weld.Bench;

/// <summary>Runs every case on every engine, checks each output against expected.txt and keeps the best timings.</summary>
internal sealed class BenchRunner(IReadOnlyList<IEngineRunner> engines, int runs)
{
    /// <summary>Descriptions of the runs whose output or exit code was wrong, or that threw.</summary>
    public List<string> Failures { get; } = [];

    public List<CaseResult> RunAll(IEnumerable<BenchCase> cases) => [.. cases.Select(RunCase)];

    /// <summary>Runs <paramref name="c"/> on every engine, round after round (so that a slow spell of a shared machine
    /// hits every engine alike), and keeps each engine's minimum.</summary>
    private CaseResult RunCase(BenchCase c)
    {
        var timings = engines.ToDictionary(e => e.Name, _ => (EngineTiming?)null);
        var failed = new HashSet<string>();
        for (int run = 0; run < runs; run++)
        {
            foreach (var engine in engines)
            {
                if (engine.Unavailable is not null || failed.Contains(engine.Name)) continue;
                Console.Error.Write($"{c.Name} {c.Argument} on {engine.Name}, run {run + 1}/{runs} ... ");
                var timing = RunOnce(engine, c);
                Console.Error.WriteLine(timing is null ? "FAILED" : $"{timing.Execute.TotalSeconds:F3} s");
                if (timing is null)
                {
                    failed.Add(engine.Name);   // a wrong answer has no speed
                    timings[engine.Name] = null;
                    continue;
                }
                timings[engine.Name] = EngineTiming.Min(timings[engine.Name], timing);
            }
        }
        return new CaseResult(c, timings);
    }

    private EngineTiming? RunOnce(IEngineRunner engine, BenchCase c)
    {
        // Start each run with a clean heap so one run's garbage is not collected on the next one's clock.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        RunResult r;
        try
        {
            r = engine.Run(c);
        }
        catch (Exception e)
        {
            Fail($"{c.Name} {c.Argument} on {engine.Name}: {e.GetType().Name}: {e.Message}");
            return null;
        }
        string expected = c.ExpectedLine + "\n";
        if (r.Stdout == expected && r.ExitCode == 0) return new EngineTiming(r.Prepare, r.Execute, r.ExecuteCpu);
        Fail($"{c.Name} {c.Argument} on {engine.Name}: WRONG OUTPUT (exit code {r.ExitCode})\n" +
             $"  expected: {c.ExpectedLine}\n  got:      {r.Stdout.TrimEnd('\n').Replace("\n", "\n            ")}" +
             (r.Stderr.Length > 0 ? $"\n  stderr:   {r.Stderr.TrimEnd('\n')}" : ""));
        return null;
    }

    private void Fail(string message)
    {
        Failures.Add(message);
        Console.Error.WriteLine();
        Console.Error.WriteLine($"!!! FAIL: {message}");
    }
}
