using Weld.Fuzz.Corpus;
using Xunit.Abstractions;

namespace Weld.Differential.Tests;

/// <summary>
/// Mutants of each spec script's valid modules, made from a fixed seed so that a failure reproduces: structured ones
/// (constants, offsets, operators, locals, operand order, branch depths: <see cref="ModuleMutator"/>) and random byte
/// flips. Both validators (decoding included) must agree on every mutant; the ones both accept run on the three engines
/// like the spec modules (a valid mutant that cannot be compared, <see cref="Engines.SkipReason"/>, is counted).
/// </summary>
public class MutantTests(ITestOutputHelper output)
{
    /// <summary>Attempts per wanted valid mutant before giving up on a module.</summary>
    private const int Attempts = 6;

    public static TheoryData<string> Scripts => DiffSuite.SpecScripts();

    [DiffTheory]
    [MemberData(nameof(Scripts))]
    public void MutantsAgree(string script) => Check(script, ModuleMutator.Mutate);

    [DiffTheory]
    [MemberData(nameof(Scripts))]
    public void ByteFlipsAgree(string script) => Check(script, FlipBytes);

    private void Check(string script, Func<byte[], Random, int, byte[]?> mutate)
    {
        Assert.True(DiffSuite.SpecFolder is not null, "spec suite not found (set WELD_SPEC_TESTS)");
        var (perModule, perScript) = DiffSuite.Mutants;
        using var engines = new Engines(TimeSpan.FromSeconds(20), DiffSuite.LevelOf(script));
        var random = new Random(StableHash(script));
        var differences = new List<string>();
        int made = 0, valid = 0, compared = 0;
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var module in WastModules.Read(Path.Combine(DiffSuite.SpecFolder!, script)))
        {
            if (module.ExpectedBad || module.ToBinary() is not { } wasm) continue;
            if (engines.Rejection(wasm) is not null || engines.SkipReason(wasm) is not null) continue;
            int wanted = perModule;
            for (int attempt = 0; attempt < perModule * Attempts && wanted > 0 && valid < perScript; attempt++)
            {
                if (mutate(wasm, random, 1 + random.Next(3)) is not { } mutant) break;
                made++;
                string name = $"{module.Name}~{attempt}";
                if (Disagreement(engines, mutant) is { } disagreement)
                {
                    differences.Add($"{name}: validators disagree: {disagreement}");
                    DiffSuite.Keep(name, mutant);
                    continue;
                }
                if (engines.Rejection(mutant) is not null) continue;
                if (engines.SkipReason(mutant) is { } reason)
                {
                    skipped[reason] = skipped.GetValueOrDefault(reason) + 1;
                    continue;
                }
                valid++;
                wanted--;
                var report = engines.Compare(name, mutant, DiffSuite.Vectors);
                differences.AddRange(report.Differences);
                if (report.Differences.Count > 0) DiffSuite.Keep(name, mutant);
                compared += report.CallsCompared;
            }
        }
        output.WriteLine($"{script}: {made} mutants, {valid} valid, {compared} calls compared"
            + string.Concat(skipped.Select(s => $"; valid but skipped ({s.Key}): {s.Value}")));
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n" + string.Join("\n", differences.Take(20)));
    }

    /// <summary>A copy with <paramref name="flips"/> random bytes replaced (never the 8-byte header).</summary>
    private static byte[]? FlipBytes(byte[] wasm, Random random, int flips)
    {
        if (wasm.Length <= 8) return null;
        var mutant = (byte[])wasm.Clone();
        for (int i = 0; i < flips; i++) mutant[8 + random.Next(mutant.Length - 8)] = (byte)random.Next(256);
        return mutant;
    }

    /// <summary>Null when Weld and wasmtime both accept or both reject.</summary>
    private static string? Disagreement(Engines engines, byte[] wasm)
    {
        bool weld = Module.Validate(engines.Interpreter, wasm) is null;
        bool wasmtime = Wasmtime.Module.Validate(engines.Wasmtime, wasm) is null;
        return weld == wasmtime ? null : engines.Rejection(wasm);
    }

    /// <summary>A hash that is the same in every process (string.GetHashCode is randomized).</summary>
    private static int StableHash(string text)
    {
        int hash = 17;
        foreach (char c in text) hash = unchecked(hash * 31 + c);
        return hash;
    }
}
