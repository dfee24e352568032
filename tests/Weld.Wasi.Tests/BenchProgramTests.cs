using System.Text;

namespace Weld.Wasi.Tests;

/// <summary>
/// Runs every ../shared/bench/*.wasm program at its small argument and compares stdout with expected.txt exactly
/// (lines are name TAB arg TAB expected; per program the smaller argument is the quick one). The folder is
/// $WELD_BENCH_DIR, else ../shared/bench next to the repository root. Missing: a failure under CI=true, else skipped
/// by returning early. Nothing from the folder is copied into the repository.
/// </summary>
public class BenchProgramTests
{
    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        var dir = BenchDir();
        if (dir is null) data.Add("(bench folder missing)");
        else foreach (var name in SmallArguments(dir).Keys.Order()) data.Add(name);
        return data;
    }

    [BenchTheory]
    [MemberData(nameof(Programs))]
    public void Bench_program_prints_its_expected_line(string name)
    {
        var dir = BenchDir();
        Assert.True(dir is not null, "bench folder not found (set WELD_BENCH_DIR)");
        var (arg, expected) = SmallArguments(dir)[name];
        var wasm = File.ReadAllBytes(Path.Combine(dir, name + ".wasm"));
        var r = Guest.Run(engine => Module.FromBytes(engine, wasm), new WasiConfiguration().WithArguments(name + ".wasm", arg));
        Assert.Equal("", r.Stderr);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(expected + "\n", r.Stdout);
    }

    /// <summary>Fuel is counted the same on both back ends (one cost table): each program at its small argument must
    /// print the same line and leave the same fuel.</summary>
    [BenchTheory]
    [MemberData(nameof(Programs))]
    public void Bench_program_consumes_the_same_fuel_on_both_back_ends(string name)
    {
        var dir = BenchDir();
        Assert.True(dir is not null, "bench folder not found (set WELD_BENCH_DIR)");
        var (arg, expected) = SmallArguments(dir)[name];
        var wasm = File.ReadAllBytes(Path.Combine(dir, name + ".wasm"));
        var fuel = new ulong[2];
        foreach (var backend in new[] { Backend.Interpreter, Backend.Compiler })
        {
            var engine = new Engine(new EngineOptions { Backend = backend, ConsumeFuel = true });
            using var store = new Store(engine);
            store.Fuel = ulong.MaxValue;
            var stdout = new MemoryStream();
            var config = new WasiConfiguration().WithArguments(name + ".wasm", arg);
            config.Stdout = WasiStdio.FromStream(stdout);
            using var wasi = new WasiContext(config);
            try
            {
                new Linker(engine).AddProvider(wasi).Instantiate(store, Module.FromBytes(engine, wasm)).GetFunction("_start")!.Invoke();
            }
            catch (ExitException e)
            {
                Assert.Equal(0, e.ExitCode);
            }
            Assert.Equal(expected + "\n", Encoding.UTF8.GetString(stdout.ToArray()));
            fuel[(int)backend] = (ulong)long.MaxValue - store.Fuel;
        }
        Assert.True(fuel[0] > 1000, $"{name} consumed only {fuel[0]} fuel");
        Assert.Equal(fuel[0], fuel[1]);
    }

    private static Dictionary<string, (string Arg, string Expected)> SmallArguments(string dir)
    {
        var result = new Dictionary<string, (string, string)>();
        foreach (var line in File.ReadAllLines(Path.Combine(dir, "expected.txt"), Encoding.UTF8))
        {
            var parts = line.Split('\t');
            if (parts.Length != 3 || !File.Exists(Path.Combine(dir, parts[0] + ".wasm"))) continue;
            if (!result.TryGetValue(parts[0], out var seen) || double.Parse(parts[1]) < double.Parse(seen.Item1))
                result[parts[0]] = (parts[1], parts[2]);
        }
        return result;
    }

    internal static string? BenchDir()
    {
        if (Environment.GetEnvironmentVariable("WELD_BENCH_DIR") is { Length: > 0 } env)
            return Directory.Exists(env) ? env : null;
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Weld.slnx"))) root = root.Parent;
        for (var d = root?.Parent; d is not null; d = d.Parent)
        {
            var bench = Path.Combine(d.FullName, "shared", "bench");
            if (File.Exists(Path.Combine(bench, "expected.txt"))) return bench;
        }
        return null;
    }
}

/// <summary>A theory over the bench programs: skipped (saying how to point at them) when the folder is missing,
/// except under CI=true, where it runs and fails.</summary>
public sealed class BenchTheoryAttribute : TheoryAttribute
{
    public BenchTheoryAttribute()
    {
        if (BenchProgramTests.BenchDir() is null && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = "bench programs not found: set WELD_BENCH_DIR to a folder holding the *.wasm programs and expected.txt";
    }
}
