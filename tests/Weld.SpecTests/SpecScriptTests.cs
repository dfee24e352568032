namespace Weld.SpecTests;

/// <summary>One case per .wast file and back end: the WebAssembly 2.0 and 3.0 suites and the proposals' scripts
/// (threads, legacy exceptions).</summary>
public class SpecScriptTests
{
    public const string Wasm30Level = "wasm-3.0";
    public const string ThreadsLevel = "proposals/threads";
    public const string LegacyExceptionsLevel = "proposals/legacy-exceptions";

    public static TheoryData<string, Backend> Wasm20 => Cases("wasm-2.0");

    public static TheoryData<string, Backend> Wasm30 => Cases(Wasm30Level);

    public static TheoryData<string, Backend> LegacyExceptions => Cases(LegacyExceptionsLevel);

    public static TheoryData<string, Backend> Threads => Cases(ThreadsLevel);

    private static TheoryData<string, Backend> Cases(string level)
    {
        var data = new TheoryData<string, Backend>();
        foreach (var file in SpecSuite.Files(level))
            foreach (var backend in new[] { Backend.Interpreter, Backend.Compiler })
                data.Add(file, backend);
        if (data.Count == 0) data.Add($"(suite missing: {level})", Backend.Interpreter);
        return data;
    }

    [SpecTheory]
    [MemberData(nameof(Wasm20))]
    public void Wasm20Script(string file, Backend backend)
    {
        Assert.True(SpecSuite.Root is not null, $"spec test suite not found (CI=true requires it); get it from {SpecSuite.Source}");
        // The 2.0 suite checks 2.0's messages for encodings that the threads proposal gives a meaning to (limits flags).
        Check(file, backend, WasmFeatures.None);
    }

    [SpecTheory(ThreadsLevel, SpecSuite.ThreadsSource)]
    [MemberData(nameof(Threads))]
    public void ThreadsScript(string file, Backend backend)
    {
        Assert.True(SpecSuite.Has(ThreadsLevel), $"{ThreadsLevel} not found (CI=true requires it); get it from {SpecSuite.ThreadsSource}");
        // The proposal extends 2.0: its scripts check 2.0's messages where 3.0 reads the same bytes differently
        // (memory indices and limits flags of multi-memory and memory64, import kind 4 and opcode 0x08 of exceptions).
        Check(file, backend, WasmFeatures.Threads);
    }

    [SpecTheory(Wasm30Level, SpecSuite.Wasm30Source)]
    [MemberData(nameof(Wasm30))]
    public void Wasm30Script(string file, Backend backend)
    {
        Assert.True(SpecSuite.Has(Wasm30Level), $"{Wasm30Level} not found (CI=true requires it); get it from {SpecSuite.Wasm30Source}");
        Check(file, backend, WasmFeatures.Default);
    }

    /// <summary>3.0 as 3.0 alone defines it, without the threads proposal (as wasmtime runs it by default): the
    /// decoder reads some encodings differently when threads are on (limits flags), and that combination once
    /// refused every 64-bit memory while the suite, run with everything on, passed.</summary>
    [SpecTheory(Wasm30Level, SpecSuite.Wasm30Source)]
    [MemberData(nameof(Wasm30))]
    public void Wasm30WithoutThreadsScript(string file, Backend backend)
    {
        Assert.True(SpecSuite.Has(Wasm30Level), $"{Wasm30Level} not found (CI=true requires it); get it from {SpecSuite.Wasm30Source}");
        Check(file, backend, WasmFeatures.Default & ~WasmFeatures.Threads);
    }

    [SpecTheory(LegacyExceptionsLevel, SpecSuite.LegacyExceptionsSource)]
    [MemberData(nameof(LegacyExceptions))]
    public void LegacyExceptionsScript(string file, Backend backend)
    {
        Assert.True(SpecSuite.Has(LegacyExceptionsLevel),
            $"{LegacyExceptionsLevel} not found (CI=true requires it); get it from {SpecSuite.LegacyExceptionsSource}");
        Check(file, backend, WasmFeatures.Default);
    }

    /// <summary>Runs one file: it must pass, unless expectations.txt lists it; a listing with lines must match the
    /// failing lines exactly, one without lines expects the file to fail.</summary>
    private static void Check(string file, Backend backend, WasmFeatures features)
    {
        var runner = new WastRunner(new Engine(new EngineOptions { Backend = backend, Features = features }));
        var result = runner.RunFile(Path.Combine(SpecSuite.Root!, file));
        var known = Expectations.For(file, backend);
        if (known is null)
        {
            Assert.True(result.Success, $"{file}: {result.Passed}/{result.Total} commands passed; first failure: {result.Failures.FirstOrDefault()}");
        }
        else if (known.Lines is { } lines)
        {
            var failing = result.Failures.Select(f => f.Line).Distinct().Order().ToArray();
            Assert.True(failing.SequenceEqual(lines),
                $"{file}: expectations.txt lists failing lines {string.Join(",", lines)} ({known.Reason}), but these failed: "
                + string.Join("; ", result.Failures));
        }
        else
        {
            Assert.False(result.Success, $"{file} passes now but is listed in expectations.txt ({known.Reason}): remove it from the list");
        }
    }
}

/// <summary>The project's own .wast regressions (tests/wast), run the same way on every back end.</summary>
public class ProjectScriptTests
{
    public static TheoryData<string, Backend> Files
    {
        get
        {
            var data = new TheoryData<string, Backend>();
            foreach (var file in Directory.EnumerateFiles(Path.Combine(SpecSuite.RepoRoot, "tests", "wast"), "*.wast").Order(StringComparer.Ordinal))
                foreach (var backend in new[] { Backend.Interpreter, Backend.Compiler })
                    data.Add(Path.GetFileName(file), backend);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Script(string file, Backend backend)
    {
        var runner = new WastRunner(new Engine(new EngineOptions { Backend = backend }));
        var result = runner.RunFile(Path.Combine(SpecSuite.RepoRoot, "tests", "wast", file));
        Assert.True(result.Success, $"{file}: {result.Passed}/{result.Total} commands passed; first failure: {result.Failures.FirstOrDefault()}");
        Assert.True(result.Total >= 5, "a regression script should hold real commands");
    }
}
