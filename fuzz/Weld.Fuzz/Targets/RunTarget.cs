using Weld.Fuzz.Comparison;
using Weld.Fuzz.Sessions;

namespace Weld.Fuzz.Targets;

/// <summary>
/// Bytes → a module on both back ends → every function prepared, then instantiated with every import stubbed, and every
/// export that takes only numbers and nullable references (given null) called with zeros, then with ones (zeros alone
/// miss operators that agree on 0, such as or and xor; -1 and the edges make too many loops of the seeds run for
/// minutes). The interpreter's outcomes are the reference: the compiler must give the same results or trap codes and
/// leave the same exported memories and globals, bit for bit; GC references compare by shape and contents
/// (<see cref="GcDigest"/>), other references by null-ness. Runs are bounded by <see cref="RunLimits"/> and by a
/// timeout per call (<c>WELD_FUZZ_TIMEOUT_SECONDS</c>, default 10). Only Weld's own exceptions may escape.
/// </summary>
public sealed class RunTarget : IFuzzTarget, IDisposable
{
    private readonly Engine _interpreter = new(WeldSession.BoundedOptions(Backend.Interpreter));
    private readonly Engine _compiler = new(WeldSession.BoundedOptions(Backend.Compiler));
    private readonly BoundedRunner _runner = new(TimeoutFromEnvironment());

    public string Name => "run";

    public string SeedExtension => ".wasm";

    public void Run(ReadOnlySpan<byte> input)
    {
        try
        {
            RunChecked(input);
        }
        catch (WeldException)
        {
            // Weld's own errors (a bad module, a failed instantiation, a trap) are answers, not findings.
        }
    }

    private void RunChecked(ReadOnlySpan<byte> input)
    {
        Module interpreted = Module.FromBytes(_interpreter, input);
        Module compiled = Module.FromBytes(_compiler, input);
        _runner.Run(() =>
        {
            interpreted.Compile();
            compiled.Compile();
            return 0;
        });
        var plan = CallPlan.For(interpreted, vectors: 2, nullReferences: true);
        var report = DifferentialDriver.Run(
            "input",
            [() => new WeldSession(interpreted, _runner), () => new WeldSession(compiled, _runner)],
            plan,
            new OutcomeComparer(NanRule.BitExact, coarseTraps: false));
        if (report.Differences.Count > 0) throw new FuzzFinding("back ends differ:\n  " + string.Join("\n  ", report.Differences));
    }

    public void Dispose() => _runner.Dispose();

    private static TimeSpan TimeoutFromEnvironment() =>
        double.TryParse(Environment.GetEnvironmentVariable("WELD_FUZZ_TIMEOUT_SECONDS"), out double seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(10);
}
