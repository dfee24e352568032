namespace Weld.Bench;

/// <summary>The command line: <c>[--small] [--filter NAME] [--runs N] [--skip-interpreter] [--eager] [--fuel] [--epoch]
/// [--bare] [--linking] [--gc]</c>.</summary>
internal sealed record BenchOptions(
    bool Small, string? Filter, int Runs, bool Linking, bool SkipInterpreter = false, bool HostCalls = false, bool Eager = false,
    bool Density = false, bool Fuel = false, bool Epoch = false, bool Bare = false, bool Gc = false)
{
    public const string Usage = """
        usage: Weld.Bench [--small] [--filter NAME] [--runs N] [--skip-interpreter] [--eager] [--fuel] [--epoch] [--bare]
               Weld.Bench --linking
               Weld.Bench --host-calls
               Weld.Bench --density
               Weld.Bench --gc [--small] [--runs N] [--skip-interpreter]
          --small        the small arguments of expected.txt (a quick check)
          --filter NAME  only programs whose name contains NAME
          --runs N       runs per program and engine; the minimum is reported (default: 1, or 3 with --small)
          --skip-interpreter  only the compiler and wasmtime (the interpreter takes most of a default run)
          --eager        prepare every function before running (Module.Compile), as wasmtime compiles every function;
                         by default functions are prepared on first call and that time counts as prep
          --fuel         also run each Weld back end with fuel on (and plenty of it); report the overhead
          --epoch        also run each Weld back end under an epoch deadline with a 1 ms ticker; report the overhead
          --bare         Weld engines without interruption checks (EngineOptions.Interruptible off), but for --epoch
                         runs: with --fuel and --epoch, each overhead is then measured against code with no checks
          --linking      micro-benchmark: instantiating a module with 100 host-function imports
          --host-calls   micro-benchmark: one call from wasm to a typed host function
          --density      100,000 live instances with a one-page memory: time per instance, collections, RSS
          --gc           binary trees on the WebAssembly GC heap (bench/gc/binary-trees.wat): time, allocation, peak RSS
        The programs are read from $WELD_BENCH_DIR, or ../shared/bench next to the repository root.
        """;

    /// <summary>Parses <paramref name="args"/>; null (after printing why) when they are wrong.</summary>
    public static BenchOptions? Parse(string[] args)
    {
        bool small = false, linking = false, skipInterpreter = false, hostCalls = false, eager = false, density = false, fuel = false, epoch = false,
            bare = false, gc = false;
        string? filter = null;
        int? runs = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--small": small = true; break;
                case "--linking": linking = true; break;
                case "--skip-interpreter": skipInterpreter = true; break;
                case "--host-calls": hostCalls = true; break;
                case "--eager": eager = true; break;
                case "--density": density = true; break;
                case "--fuel": fuel = true; break;
                case "--epoch": epoch = true; break;
                case "--bare": bare = true; break;
                case "--gc": gc = true; break;
                case "--filter" when i + 1 < args.Length: filter = args[++i]; break;
                case "--runs" when i + 1 < args.Length && int.TryParse(args[i + 1], out int n) && n > 0: runs = n; i++; break;
                case "-h" or "--help": Console.WriteLine(Usage); return null;
                default:
                    Console.Error.WriteLine($"error: unexpected argument '{args[i]}'\n{Usage}");
                    return null;
            }
        }
        // Small arguments run in milliseconds, so a few runs cost nothing and steady the minimum.
        return new BenchOptions(small, filter, runs ?? (small ? 3 : 1), linking, skipInterpreter, hostCalls, eager, density, fuel, epoch, bare, gc);
    }
}
