using Weld.Fuzz.Sessions;

namespace Weld.Differential.Tests;

/// <summary>
/// Every benchmark program of ../shared/bench at its small argument on wasmtime and both Weld back ends: the same exit
/// code and stdout everywhere (and the line expected.txt gives), and, between Weld's back ends, the same final memory
/// byte for byte. wasmtime's memory is not compared: WASI implementations may leave different bytes behind (rights
/// reported by fd_fdstat_get, scratch buffers), which the program never reads.
/// </summary>
public class BenchProgramTests
{
    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        if (DiffSuite.BenchFolder is { } folder)
            foreach (var name in SmallArguments(folder).Keys.Order(StringComparer.Ordinal)) data.Add(name);
        if (data.Count == 0) data.Add(DiffSuite.Missing);
        return data;
    }

    [DiffTheory]
    [MemberData(nameof(Programs))]
    public void ProgramAgrees(string name)
    {
        Assert.True(DiffSuite.BenchFolder is not null, "benchmark programs not found (set WELD_BENCH_DIR)");
        var (argument, expected) = SmallArguments(DiffSuite.BenchFolder!)[name];
        string wasm = Path.Combine(DiffSuite.BenchFolder!, name + ".wasm");
        string[] args = [name + ".wasm", argument];
        using var engines = new Engines(TimeSpan.FromMinutes(2));
        var reference = WasiPrograms.OnWasmtime(engines.Wasmtime, wasm, args);
        var interpreted = WasiPrograms.OnWeld(Backend.Interpreter, wasm, args, engines.Runner);
        var compiled = WasiPrograms.OnWeld(Backend.Compiler, wasm, args, engines.Runner);

        Assert.Equal((0, expected + "\n"), (reference.ExitCode, reference.Stdout));
        Assert.Equal((reference.ExitCode, reference.Stdout), (interpreted.ExitCode, interpreted.Stdout));
        Assert.Equal((reference.ExitCode, reference.Stdout), (compiled.ExitCode, compiled.Stdout));
        Assert.NotNull(interpreted.Memory);
        Assert.True(interpreted.Memory.AsSpan().SequenceEqual(compiled.Memory), $"{name}: final memories of the two back ends differ");
    }

    /// <summary>Per program, the smaller of its two arguments in expected.txt and the line it must print.</summary>
    private static Dictionary<string, (string Arg, string Expected)> SmallArguments(string folder)
    {
        var result = new Dictionary<string, (string, string)>();
        foreach (var line in File.ReadAllLines(Path.Combine(folder, "expected.txt")))
        {
            var parts = line.Split('\t');
            if (parts.Length != 3 || !File.Exists(Path.Combine(folder, parts[0] + ".wasm"))) continue;
            if (!result.TryGetValue(parts[0], out var seen) || double.Parse(parts[1]) < double.Parse(seen.Item1))
                result[parts[0]] = (parts[1], parts[2]);
        }
        return result;
    }
}
