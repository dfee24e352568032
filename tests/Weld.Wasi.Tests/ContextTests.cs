namespace Weld.Wasi.Tests;

public class ContextTests
{
    private const string Importer = """
        (module
          (import "wasi_snapshot_preview1" "fd_write" (func (param i32 i32 i32 i32) (result i32)))
          (import "env" "fd_write" (func (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "nope" (func))
          (import "wasi_snapshot_preview1" "sched_yield" (func (result i32)))
          (import "wasi_snapshot_preview1" "proc_exit" (func (param i32))))
        """;

    private static IReadOnlyList<ImportType> Imports(Engine engine) => Module.FromText(engine, Importer).Imports;

    private static readonly string[] Preview1 =
    [
        "args_get", "args_sizes_get", "clock_res_get", "clock_time_get", "environ_get", "environ_sizes_get",
        "fd_advise", "fd_allocate", "fd_close", "fd_datasync", "fd_fdstat_get", "fd_fdstat_set_flags",
        "fd_fdstat_set_rights", "fd_filestat_get", "fd_filestat_set_size", "fd_filestat_set_times", "fd_pread",
        "fd_prestat_dir_name", "fd_prestat_get", "fd_pwrite", "fd_read", "fd_readdir", "fd_renumber", "fd_seek",
        "fd_sync", "fd_tell", "fd_write", "path_create_directory", "path_filestat_get", "path_filestat_set_times",
        "path_link", "path_open", "path_readlink", "path_remove_directory", "path_rename", "path_symlink",
        "path_unlink_file", "poll_oneoff", "proc_exit", "proc_raise", "random_get", "sched_yield", "sock_accept",
        "sock_recv", "sock_send", "sock_shutdown",
    ];

    [Fact]
    public void Defines_every_preview1_function()
    {
        Assert.Equal(Preview1.Order(StringComparer.Ordinal), WasiContext.FunctionNames);
        var engine = new Engine();
        using var wasi = new WasiContext(new WasiConfiguration());
        var linker = wasi.AddToLinker(new Linker(engine));
        Assert.Equal(Preview1.Order(StringComparer.Ordinal), linker.Names.Select(n => n.Name).Order(StringComparer.Ordinal));
        Assert.All(linker.Names, n => Assert.Equal("wasi_snapshot_preview1", n.Module));
    }

    [Fact]
    public void DefineWasi_makes_the_context_and_defines_it_in_one_call()
    {
        var engine = new Engine();
        var linker = new Linker(engine);
        var stdout = new MemoryStream();
        using var wasi = linker.DefineWasi(new WasiConfiguration { Stdout = WasiStdio.FromStream(stdout) });
        Assert.Equal(Preview1.Order(StringComparer.Ordinal), linker.Names.Select(n => n.Name).Order(StringComparer.Ordinal));

        using var store = new Store(engine);
        var module = Module.FromText(engine, """
            (module
              (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
              (memory (export "memory") 1)
              (data (i32.const 16) "hi")
              (func (export "_start")
                (i32.store (i32.const 0) (i32.const 16)) (i32.store (i32.const 4) (i32.const 2))
                (drop (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))
            """);
        Assert.Equal(0, wasi.Run(linker.Instantiate(store, module)));
        Assert.Equal("hi", System.Text.Encoding.UTF8.GetString(stdout.ToArray()));

        var again = Assert.Throws<LinkException>(() => linker.DefineWasi());
        Assert.Contains("already defined", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Types_follow_the_witx_signatures()
    {
        var engine = new Engine();
        using var store = new Store(engine);
        using var wasi = new WasiContext(new WasiConfiguration());
        var linker = wasi.AddToLinker(new Linker(engine));
        string Type(string name) => linker.Get(store, "wasi_snapshot_preview1", name)!.Type.ToString()!;
        ValType i = ValType.I32, l = ValType.I64;
        Assert.Equal(new FuncType([i, i, i, i, i, l, l, i, i], [i]).ToString(), Type("path_open"));
        Assert.Equal(new FuncType([i, l, i, i], [i]).ToString(), Type("fd_seek"));
        Assert.Equal(new FuncType([i], []).ToString(), Type("proc_exit"));
        Assert.Equal(new FuncType([], [i]).ToString(), Type("sched_yield"));
    }

    [Fact]
    public void Provider_returns_one_function_per_store_and_name_and_nothing_for_others()
    {
        var engine = new Engine();
        using var store = new Store(engine);
        using var other = new Store(engine);
        using var wasi = new WasiContext(new WasiConfiguration());
        var imports = Imports(engine);
        var a = wasi.Provide(store, imports[0]);
        Assert.NotNull(a);
        Assert.Same(a, wasi.Provide(store, imports[0]));
        Assert.NotSame(a, wasi.Provide(other, imports[0]));
        Assert.Null(wasi.Provide(store, imports[1]));
        Assert.Null(wasi.Provide(store, imports[2]));
        var list = wasi.GetExterns(store, Module.FromText(engine, Importer));
        Assert.Equal(5, list.Length);
        Assert.Same(a, list[0]);
        Assert.Null(list[1]);
        Assert.Null(list[2]);
        Assert.NotNull(list[3]);
        Assert.True(WasiContext.IsImportedBy(Module.FromText(engine, Importer)));
        Assert.False(WasiContext.IsImportedBy(Module.FromText(engine, "(module)")));
    }

    [Fact]
    public void Called_without_an_instance_memory_it_traps_instead_of_crashing()
    {
        var engine = new Engine();
        using var store = new Store(engine);
        using var wasi = new WasiContext(new WasiConfiguration());
        var f = (Function)wasi.Provide(store, Imports(engine)[3])!;
        // A fresh thread: Weld keeps the calling instance in thread-static state, which an earlier test on this
        // thread may have left behind when its guest exited by an exception.
        Exception? thrown = null;
        var t = new Thread(() => thrown = Record.Exception(() => f.Invoke()));
        t.Start();
        t.Join();
        var e = Assert.IsType<TrapException>(thrown);
        Assert.Contains("memory", e.Message);
    }

    [Fact]
    public void Proc_exit_through_a_function_surfaces_as_ExitException()
    {
        var engine = new Engine();
        using var store = new Store(engine);
        using var wasi = new WasiContext(new WasiConfiguration());
        var f = (Function)wasi.Provide(store, Imports(engine)[4])!;
        var e = Assert.Throws<ExitException>(() => f.Invoke(Value.I32(3)));
        Assert.Equal(3, e.ExitCode);
        Assert.Equal(3, wasi.ExitCode);
    }

    [Fact]
    public void Missing_preopen_directory_fails_at_creation()
    {
        var config = new WasiConfiguration().PreopenDirectory("/definitely/not/here", "/x");
        Assert.Throws<DirectoryNotFoundException>(() => new WasiContext(config));
    }
}
