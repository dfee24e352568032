using System.Text;

namespace Weld.Wasi.Tests;

/// <summary>Small WAT guests run end to end through the interpreter.</summary>
public class GuestProgramTests
{
    [Fact]
    public void Hello_world_writes_stdout_and_returns_normally()
    {
        var r = Guest.RunText("""
            (data (i32.const 100) "hello, wasi\n")
            (func (export "_start") (drop (call $write (i32.const 1) (i32.const 100) (i32.const 12))))
            """);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("hello, wasi\n", r.Stdout);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(255)]
    public void Proc_exit_code_reaches_the_host(int code)
    {
        var r = Guest.RunText($"""(func (export "_start") (call $proc_exit (i32.const {code})) unreachable)""");
        Assert.Equal(code, r.ExitCode);
    }

    [Fact]
    public void Argv_and_environment_reach_the_guest()
    {
        // Prints argv[1], then the first environment entry, each with a newline.
        var r = Guest.RunText("""
            (data (i32.const 60) "\n")
            (func (export "_start") (local $p i32)
              (drop (call $args_sizes_get (i32.const 16) (i32.const 20)))
              (drop (call $args_get (i32.const 1024) (i32.const 2048)))
              (local.set $p (i32.load (i32.const 1028)))
              (drop (call $write (i32.const 1) (local.get $p) (call $strlen (local.get $p))))
              (drop (call $write (i32.const 1) (i32.const 60) (i32.const 1)))
              (drop (call $environ_sizes_get (i32.const 16) (i32.const 20)))
              (drop (call $environ_get (i32.const 4096) (i32.const 8192)))
              (local.set $p (i32.load (i32.const 4096)))
              (drop (call $write (i32.const 1) (local.get $p) (call $strlen (local.get $p))))
              (drop (call $write (i32.const 1) (i32.const 60) (i32.const 1)))
              (call $proc_exit (i32.load (i32.const 16))))
            """, new WasiConfiguration().WithArguments("prog", "first arg").WithEnvironment("GREETING", "héllo"));
        Assert.Equal(1, r.ExitCode); // one environment entry
        Assert.Equal("first arg\nGREETING=héllo\n", r.Stdout);
    }

    [Fact]
    public void Cat_copies_stdin_from_a_stream_to_stdout()
    {
        var text = string.Concat(Enumerable.Range(0, 500).Select(i => $"line {i}\n"));
        var config = new WasiConfiguration { Stdin = WasiStdio.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(text))) };
        var r = Guest.RunText("""
            (func (export "_start") (local $n i32)
              (loop $more
                (i32.store (i32.const 32) (i32.const 4096))
                (i32.store (i32.const 36) (i32.const 1000))
                (if (call $fd_read (i32.const 0) (i32.const 32) (i32.const 1) (i32.const 40)) (then (call $proc_exit (i32.const 9))))
                (local.set $n (i32.load (i32.const 40)))
                (if (local.get $n) (then
                  (drop (call $write (i32.const 1) (i32.const 4096) (local.get $n)))
                  (br $more)))))
            """, config);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(text, r.Stdout);
    }

    /// <summary>path_open(fd 3, "out.txt", creat|trunc), write, close; exit code = the first failing errno.</summary>
    [Fact]
    public void A_guest_writes_a_file_in_its_preopen_and_cannot_leave_it()
    {
        var root = Directory.CreateTempSubdirectory("weld-wasi-e2e-").FullName;
        try
        {
            var box = Directory.CreateDirectory(Path.Combine(root, "box")).FullName;
            File.WriteAllText(Path.Combine(root, "secret.txt"), "secret");
            string Program(string path) => $$"""
                (data (i32.const 200) "{{path}}")
                (data (i32.const 300) "written by wasm")
                (func (export "_start") (local $e i32)
                  (local.set $e (call $path_open (i32.const 3) (i32.const 1) (i32.const 200) (i32.const {{path.Length}})
                    (i32.const 9) (i64.const 0x1fffffff) (i64.const 0x1fffffff) (i32.const 0) (i32.const 64)))
                  (if (local.get $e) (then (call $proc_exit (local.get $e))))
                  (drop (call $write (i32.load (i32.const 64)) (i32.const 300) (i32.const 15)))
                  (call $proc_exit (call $fd_close (i32.load (i32.const 64)))))
                """;
            var ok = Guest.RunText(Program("out.txt"), new WasiConfiguration().PreopenDirectory(box, "/"));
            Assert.Equal(0, ok.ExitCode);
            Assert.Equal("written by wasm", File.ReadAllText(Path.Combine(box, "out.txt")));
            var escape = Guest.RunText(Program("../secret.txt"), new WasiConfiguration().PreopenDirectory(box, "/"));
            Assert.Equal(76, escape.ExitCode); // ENOTCAPABLE
            Assert.Equal("secret", File.ReadAllText(Path.Combine(root, "secret.txt")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_bad_guest_pointer_is_EFAULT_not_a_host_crash()
    {
        var r = Guest.RunText("""
            (func (export "_start")
              (call $proc_exit (call $fd_write (i32.const 1) (i32.const 65532) (i32.const 1) (i32.const 8))))
            """);
        Assert.Equal(21, r.ExitCode); // EFAULT
    }

    [Fact]
    public void A_trap_after_wasi_calls_is_a_TrapException()
    {
        var e = Assert.Throws<TrapException>(() => Guest.RunText("""
            (func (export "_start") (drop (call $write (i32.const 1) (i32.const 0) (i32.const 0))) unreachable)
            """));
        Assert.Equal(TrapCode.Unreachable, e.Code);
    }
}
