namespace Weld.SpecTests;

/// <summary>One case per .wast file of the WebAssembly 2.0 suite and back end.</summary>
public class SpecScriptTests
{
    public static TheoryData<string, Backend> Wasm20
    {
        get
        {
            var data = new TheoryData<string, Backend>();
            foreach (var file in SpecSuite.Files("wasm-2.0"))
                foreach (var backend in new[] { Backend.Interpreter, Backend.Compiler })
                    data.Add(file, backend);
            if (data.Count == 0) data.Add("(suite missing)", Backend.Interpreter);
            return data;
        }
    }

    [SpecTheory]
    [MemberData(nameof(Wasm20))]
    public void Wasm20Script(string file, Backend backend)
    {
        Assert.True(SpecSuite.Root is not null, $"spec test suite not found (CI=true requires it); get it from {SpecSuite.Source}");
        var runner = new WastRunner(new Engine(new EngineOptions { Backend = backend }));
        var result = runner.RunFile(Path.Combine(SpecSuite.Root!, file));
        string? known = Expectations.ReasonFor(file, backend);
        if (known is null)
        {
            Assert.True(result.Success, $"{file}: {result.Passed}/{result.Total} commands passed; first failure: {result.Failures.FirstOrDefault()}");
        }
        else
        {
            Assert.False(result.Success, $"{file} passes now but is listed in expectations.txt ({known}): remove it from the list");
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
