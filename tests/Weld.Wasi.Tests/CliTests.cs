using System.Diagnostics;

namespace Weld.Wasi.Tests;

/// <summary><c>weld run</c> with WASI, as a process: argv, --env, --dir, exit codes, traps, reactors.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("weld-wasi-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string body)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, Guest.Prelude + body + ")");
        return path;
    }

    private static (int Code, string Stdout, string Stderr) Weld(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Weld.Cli.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(2))) p.Kill(entireProcessTree: true);
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Exit_code_argv_env_and_dir_reach_the_program()
    {
        var data = Directory.CreateDirectory(Path.Combine(_dir, "data")).FullName;
        var wat = Write("app.wat", """
            (data (i32.const 60) "\n")
            (data (i32.const 200) "made.txt")
            (func (export "_start") (local $p i32)
              (drop (call $args_sizes_get (i32.const 16) (i32.const 20)))
              (drop (call $args_get (i32.const 1024) (i32.const 2048)))
              (local.set $p (i32.load (i32.const 1024)))
              (drop (call $write (i32.const 1) (local.get $p) (call $strlen (local.get $p))))
              (drop (call $write (i32.const 1) (i32.const 60) (i32.const 1)))
              (local.set $p (i32.load (i32.const 1028)))
              (drop (call $write (i32.const 1) (local.get $p) (call $strlen (local.get $p))))
              (drop (call $write (i32.const 1) (i32.const 60) (i32.const 1)))
              (drop (call $environ_get (i32.const 4096) (i32.const 8192)))
              (local.set $p (i32.load (i32.const 4096)))
              (drop (call $write (i32.const 1) (local.get $p) (call $strlen (local.get $p))))
              (drop (call $path_open (i32.const 3) (i32.const 0) (i32.const 200) (i32.const 8) (i32.const 1)
                (i64.const 0x1fffffff) (i64.const 0) (i32.const 0) (i32.const 64)))
              (call $proc_exit (i32.add (i32.const 40) (i32.load (i32.const 16)))))
            """);
        var r = Weld("run", "--dir", $"{data}::/data", "--env", "K=v=1", wat, "--", "-x");
        Assert.Equal("", r.Stderr);
        Assert.Equal(42, r.Code);
        Assert.Equal("app.wat\n-x\nK=v=1", r.Stdout);
        Assert.True(File.Exists(Path.Combine(data, "made.txt")));
    }

    [Fact]
    public void Normal_return_from_start_is_exit_code_zero()
    {
        var wat = Write("ok.wat", """(func (export "_start"))""");
        Assert.Equal(0, Weld("run", wat).Code);
    }

    [Fact]
    public void A_trap_prints_the_message_and_backtrace_and_exits_134()
    {
        var wat = Write("trap.wat", """(func $inner unreachable) (func (export "_start") (call $inner))""");
        var r = Weld("run", wat);
        Assert.Equal(134, r.Code);
        var lines = r.Stderr.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("error: wasm trap: unreachable", lines[0]);
        // Innermost frame first, named from the text's $inner; then _start (unnamed: func[N]).
        Assert.Equal(3, lines.Length);
        Assert.Equal("  at inner", lines[1]);
        Assert.StartsWith("  at func[", lines[2]);
    }

    [Fact]
    public void Reactors_run_initialize_before_the_invoked_function()
    {
        var wat = Write("reactor.wat", """
            (global $ready (mut i32) (i32.const 0))
            (func (export "_initialize") (global.set $ready (i32.const 40)))
            (func (export "get") (param i32) (result i32) (i32.add (global.get $ready) (local.get 0)))
            """);
        var r = Weld("run", "--invoke", "get", wat, "2");
        Assert.Equal(0, r.Code);
        Assert.Equal("42", r.Stdout.Trim());
    }

    [Fact]
    public void A_missing_preopen_directory_is_an_error()
    {
        var wat = Write("ok.wat", """(func (export "_start"))""");
        var r = Weld("run", "--dir", Path.Combine(_dir, "nope"), wat);
        Assert.Equal(1, r.Code);
        Assert.StartsWith("error:", r.Stderr);
    }
}
