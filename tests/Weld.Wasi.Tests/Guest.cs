using System.Text;

namespace Weld.Wasi.Tests;

/// <summary>Runs a WASI guest (text or binary) end to end: WASI through a linker provider, <c>_start</c>, exit code.</summary>
internal static class Guest
{
    /// <summary>The imports and helpers every test guest shares; a guest body follows and ends with ")".</summary>
    public const string Prelude = """
        (module
          (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_close" (func $fd_close (param i32) (result i32)))
          (import "wasi_snapshot_preview1" "path_open" (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "environ_get" (func $environ_get (param i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
          (memory (export "memory") 1)
          ;; write(fd, ptr, len): one iovec at 0..8, count at 8
          (func $write (param $fd i32) (param $ptr i32) (param $len i32) (result i32)
            (i32.store (i32.const 0) (local.get $ptr))
            (i32.store (i32.const 4) (local.get $len))
            (call $fd_write (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8)))
          ;; strlen of a NUL-terminated string
          (func $strlen (param $p i32) (result i32) (local $n i32)
            (block $done (loop $next
              (br_if $done (i32.eqz (i32.load8_u (i32.add (local.get $p) (local.get $n)))))
              (local.set $n (i32.add (local.get $n) (i32.const 1)))
              (br $next)))
            (local.get $n))
        """;

    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result RunText(string body, WasiConfiguration? config = null) =>
        Run(engine => Module.FromText(engine, Prelude + body + ")"), config);

    public static Result Run(Func<Engine, Module> load, WasiConfiguration? config = null)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        config ??= new WasiConfiguration();
        config.Stdout = WasiStdio.FromStream(stdout);
        config.Stderr = WasiStdio.FromStream(stderr);
        var engine = new Engine();
        using var store = new Store(engine);
        using var wasi = new WasiContext(config);
        var linker = new Linker(engine).AddProvider(wasi);
        var module = load(engine);
        int code;
        try
        {
            linker.Instantiate(store, module).GetFunction("_start")!.Invoke();
            code = 0;
        }
        catch (ExitException e)
        {
            code = e.ExitCode;
        }
        return new Result(code, Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()));
    }
}
