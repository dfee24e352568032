using SharpFuzz;
using Weld.Fuzz;
using Weld.Fuzz.Corpus;
using Weld.Fuzz.Targets;

// Weld's fuzz targets (docs/FUZZING.md):
//   Weld.Fuzz TARGET                       under afl-fuzz: one input per run from stdin (targets: decode, text, run)
//   Weld.Fuzz TARGET --replay PATH...      every file of the folders (or the files) through TARGET, no fuzzer
//   Weld.Fuzz --seed [SPEC_DIR] [OUT_DIR]  seed corpus from the spec suite's .wast modules (SPEC_DIR: the suite's root
//                                          holding wasm-2.0/, wasm-3.0/, proposals/, or one folder of .wast files;
//                                          default OUT_DIR: fuzz/corpus)
const string usage = "usage: Weld.Fuzz TARGET | Weld.Fuzz TARGET --replay PATH... | Weld.Fuzz --seed [SPEC_DIR] [OUT_DIR]";

if (args.Length == 0)
{
    Console.Error.WriteLine(usage);
    return 2;
}
if (args[0] == "--seed") return Seed(args.Skip(1).ToArray());

if (args.Length >= 3 && args[1] == "--replay")
{
    var target = FuzzTargets.Create(args[0]);
    var (failures, files) = Replay.Run(target, args.Skip(2), Console.Out);
    Console.WriteLine($"{target.Name}: {files} files, {failures.Count} failed");
    return failures.Count == 0 ? 0 : 1;
}
if (args.Length != 1)
{
    Console.Error.WriteLine(usage);
    return 2;
}
// Out of process: the fork server survives a crash of the runtime itself and a hang that afl-fuzz kills. The target
// is made inside the action: instrumented code must not run before the fuzzer has mapped its coverage memory.
IFuzzTarget? fuzzed = null;
Fuzzer.OutOfProcess.Run(stream =>
{
    fuzzed ??= FuzzTargets.Create(args[0]);
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    fuzzed.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
});
return 0;

static int Seed(string[] args)
{
    string? spec = args.Length > 0 ? args[0] : SeedCorpus.LocateSpecSuite();
    string? root = SeedCorpus.RepoRoot();
    string? output = args.Length > 1 ? args[1] : root is null ? null : Path.Combine(root, "fuzz", "corpus");
    if (spec is null || output is null)
    {
        Console.Error.WriteLine("spec suite or repository not found: give SPEC_DIR (the suite root or a folder of .wast files) and OUT_DIR");
        return 2;
    }
    var exclusions = root is null ? [] : SeedCorpus.ReadExclusions(Path.Combine(root, "fuzz", "run-seed-exclusions.txt"));
    var counts = SeedCorpus.Write(spec, output, exclusions);
    foreach (var name in FuzzTargets.Names)
    {
        Console.WriteLine($"{name}: {counts[name]} seeds in {Path.Combine(output, name)}");
        foreach (var (key, count) in counts.Where(c => c.Key.StartsWith(name + " from ", StringComparison.Ordinal)))
            Console.WriteLine($"  {key}: {count}");
    }
    return 0;
}
