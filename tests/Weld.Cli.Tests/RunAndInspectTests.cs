using System.Text.Json;

namespace Weld.Cli.Tests;

public sealed class RunAndInspectTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("weld-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void RunInvokesAFunctionAndPrintsItsResult()
    {
        var r = WeldProcess.Run("run", "examples/fib.wat", "--invoke", "fib", "20");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("6765\n", r.Stdout);
    }

    [Fact]
    public void RunPrintsEveryResultOnItsOwnLine()
    {
        var file = Write("multi.wat", """
            (module (func (export "f") (param i32 f64) (result i32 i64 f32 f64)
              (local.get 0) (i64.const -5) (f32.const 0.1) (local.get 1)))
            """);
        var r = WeldProcess.Run("run", file, "--invoke", "f", "-7", "2.5");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("-7\n-5\n0.1\n2.5\n", r.Stdout);
    }

    [Fact]
    public void ATrapPrintsItsMessageAndExitsNonZero()
    {
        var file = Write("trap.wat", """(module (func (export "boom") unreachable))""");
        var r = WeldProcess.Run("run", file, "--invoke", "boom");
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("unreachable", r.Stderr);
    }

    [Fact]
    public void ALinkErrorPrintsEveryMissingImport()
    {
        var file = Write("needs.wat", """(module (import "a" "b" (func)) (import "c" "d" (global i32)))""");
        var r = WeldProcess.Run("run", file);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("unknown import", r.Stderr);
        Assert.Contains("\"a\" \"b\"", r.Stderr);
        Assert.Contains("\"c\" \"d\"", r.Stderr);
    }

    [Fact]
    public void RunLoadsDependenciesFromModulePathsAndPreloads()
    {
        var deps = Directory.CreateDirectory(Path.Combine(_dir, "deps")).FullName;
        File.WriteAllText(Path.Combine(deps, "math.wat"),
            """(module (func (export "twice") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2))))""");
        var extra = Write("extra.wat", """(module (global (export "ten") i32 (i32.const 10)))""");
        var app = Write("app.wat", """
            (module (import "math" "twice" (func $t (param i32) (result i32))) (import "x" "ten" (global $ten i32))
              (func (export "go") (result i32) (call $t (global.get $ten))))
            """);
        var r = WeldProcess.Run("run", "--module-path", deps, "--preload", $"x={extra}", "--invoke", "go", app);
        Assert.Equal("", r.Stderr);
        Assert.Equal("20\n", r.Stdout);
    }

    [Fact]
    public void InspectPrintsImportsAndExportsInTextSyntax()
    {
        var file = Write("lib.wat", """
            (module (import "m" "n" (func (param i32) (result i32))) (memory (export "mem") 1 16)
              (global (export "g") (mut i64) (i64.const 0)))
            """);
        var r = WeldProcess.Run("inspect", file);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("import \"m\" \"n\" (func (param i32) (result i32))\nexport \"mem\" (memory 1 16)\nexport \"g\" (global (mut i64))\n", r.Stdout);

        var json = WeldProcess.Run("inspect", "--json", file);
        using var doc = JsonDocument.Parse(json.Stdout);
        var import = doc.RootElement.GetProperty("imports")[0];
        Assert.Equal("m", import.GetProperty("module").GetString());
        Assert.Equal("function", import.GetProperty("kind").GetString());
        Assert.Equal("i32", import.GetProperty("params")[0].GetString());
        var mem = doc.RootElement.GetProperty("exports")[0];
        Assert.Equal(16, mem.GetProperty("max").GetInt32());
    }

    [Fact]
    public void InspectPrintsTypedReferenceTypes()
    {
        var file = Write("refs.wat", """
            (module (type $t (func)) (import "m" "f" (func (param (ref null $t)) (result (ref func))))
              (table (export "t") 1 (ref $t) (ref.func $g)) (func $g (type $t)))
            """);
        var r = WeldProcess.Run("inspect", file);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("import \"m\" \"f\" (func (param (ref null 0)) (result (ref func)))\nexport \"t\" (table 1 (ref 0))\n", r.Stdout);
    }
}

public sealed class Wat2WasmTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("weld-wat2wasm-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ConvertsTextToABinaryThatRunsTheSame()
    {
        var wasm = Path.Combine(_dir, "fib.wasm");
        var r = WeldProcess.Run("wat2wasm", "examples/fib.wat", "-o", wasm);
        Assert.Equal(0, r.ExitCode);
        var bytes = File.ReadAllBytes(wasm);
        Assert.Equal(new byte[] { 0, (byte)'a', (byte)'s', (byte)'m', 1, 0, 0, 0 }, bytes[..8]);
        Assert.Equal("6765\n", WeldProcess.Run("run", wasm, "--invoke", "fib", "20").Stdout);
    }

    [Fact]
    public void RefusesAnInvalidModule()
    {
        var bad = Path.Combine(_dir, "bad.wat");
        File.WriteAllText(bad, "(module (func (result i32) (i64.const 1)))");
        var r = WeldProcess.Run("wat2wasm", bad);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("type mismatch", r.Stderr);
        Assert.False(File.Exists(Path.ChangeExtension(bad, ".wasm")));
    }
}
