namespace Weld.Wasi.Tests;

/// <summary>wasi-threads' <c>thread-spawn</c> on hand-written modules, on both back ends: ids, the start argument,
/// failures the guest sees as negative results, and the API's checks.</summary>
public class ThreadSpawnTests
{
    public static TheoryData<Backend> Backends => [Backend.Interpreter, Backend.Compiler];

    // Each thread stores its tid at 16 + 8*arg and its arg at 20 + 8*arg, then counts itself done at 0 and notifies;
    // _start spawns 4 threads (args 0..3), stores each spawn's result at 64 + 4*arg and waits until all 4 are done.
    private const string FourThreads = """
        (module
          (import "env" "memory" (memory 1 1 shared))
          (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
          (func (export "wasi_thread_start") (param $tid i32) (param $arg i32)
            (i32.store (i32.add (i32.const 16) (i32.mul (local.get $arg) (i32.const 8))) (local.get $tid))
            (i32.store (i32.add (i32.const 20) (i32.mul (local.get $arg) (i32.const 8))) (local.get $arg))
            (drop (i32.atomic.rmw.add (i32.const 0) (i32.const 1)))
            (drop (memory.atomic.notify (i32.const 0) (i32.const 1))))
          (func (export "_start") (local $i i32) (local $n i32)
            (loop $next
              (i32.store (i32.add (i32.const 64) (i32.mul (local.get $i) (i32.const 4))) (call $spawn (local.get $i)))
              (br_if $next (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 4))))
            (loop $wait
              (local.set $n (i32.atomic.load (i32.const 0)))
              (if (i32.lt_u (local.get $n) (i32.const 4))
                (then
                  (drop (memory.atomic.wait32 (i32.const 0) (local.get $n) (i64.const -1)))
                  (br $wait))))))
        """;

    [Theory]
    [MemberData(nameof(Backends))]
    public void Each_thread_gets_a_distinct_positive_id_the_spawn_returned_and_its_start_argument(Backend backend)
    {
        using var program = new ThreadsProgram(backend, e => Module.FromText(e, FourThreads));
        Assert.Equal(0, program.Run());
        var memory = program.Memory!;
        var ids = new List<int>();
        for (int arg = 0; arg < 4; arg++)
        {
            int tid = memory.ReadInt32((ulong)(16 + 8 * arg));
            Assert.InRange(tid, 1, (1 << 29) - 1);
            Assert.Equal(tid, memory.ReadInt32((ulong)(64 + 4 * arg)));   // what thread-spawn returned to _start
            Assert.Equal(arg, memory.ReadInt32((ulong)(20 + 8 * arg)));
            ids.Add(tid);
        }
        Assert.Equal(4, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_module_without_wasi_thread_start_gets_a_negative_result_and_runs_on(Backend backend)
    {
        using var program = new ThreadsProgram(backend, e => Module.FromText(e, """
            (module
              (import "env" "memory" (memory 1 1 shared))
              (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
              (func (export "_start") (i32.store (i32.const 0) (call $spawn (i32.const 5)))))
            """));
        Assert.Equal(0, program.Run());
        Assert.Equal(-6, program.Memory!.ReadInt32(0));   // EAGAIN, negated
        Assert.Equal(0, program.Wasi.RunningThreads);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_thread_of_a_module_that_does_not_export_its_memory_still_reaches_wasi(Backend backend)
    {
        // WASI finds the guest memory through the export "memory"; a wasi-threads module may only import it.
        using var program = new ThreadsProgram(backend, e => Module.FromText(e, """
            (module
              (import "env" "memory" (memory 1 1 shared))
              (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
              (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
              (data (i32.const 100) "from a thread\n")
              (func (export "wasi_thread_start") (param i32 i32)
                (i32.store (i32.const 8) (i32.const 100))
                (i32.store (i32.const 12) (i32.const 14))
                (i32.atomic.store (i32.const 0) (i32.add (i32.const 1) (call $fd_write (i32.const 1) (i32.const 8) (i32.const 1) (i32.const 16))))
                (drop (memory.atomic.notify (i32.const 0) (i32.const 1))))
              (func (export "_start")
                (drop (call $spawn (i32.const 0)))
                (drop (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1)))))
            """));
        Assert.Equal(0, program.Run());
        Assert.Equal(1, program.Memory!.ReadInt32(0));   // fd_write returned ESUCCESS
        Assert.Equal("from a thread\n", program.Stdout);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Spawning_after_the_program_ended_is_interrupted_and_starts_nothing(Backend backend)
    {
        using var program = new ThreadsProgram(backend, e => Module.FromText(e, FourThreads));
        Assert.Equal(0, program.Run());
        var spawn = program.Instance.GetFunction("_start")!;
        // The program is over: a second run of _start is stopped before it can spawn anything.
        Assert.Equal(TrapCode.Interrupted, Assert.Throws<TrapException>(() => spawn.Invoke()).Code);
        Assert.Equal(0, program.Wasi.RunningThreads);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_thread_can_spawn_threads_too(Backend backend)
    {
        // Thread "0" spawns thread "1", which spawns "2"; each counts itself at 0; _start waits for all three.
        using var program = new ThreadsProgram(backend, e => Module.FromText(e, """
            (module
              (import "env" "memory" (memory 1 1 shared))
              (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
              (func (export "wasi_thread_start") (param $tid i32) (param $arg i32)
                (if (i32.lt_u (local.get $arg) (i32.const 2))
                  (then (i32.store (i32.add (i32.const 8) (i32.mul (local.get $arg) (i32.const 4)))
                          (call $spawn (i32.add (local.get $arg) (i32.const 1))))))
                (drop (i32.atomic.rmw.add (i32.const 0) (i32.const 1)))
                (drop (memory.atomic.notify (i32.const 0) (i32.const 1))))
              (func (export "_start") (local $n i32)
                (drop (call $spawn (i32.const 0)))
                (loop $wait
                  (local.set $n (i32.atomic.load (i32.const 0)))
                  (if (i32.lt_u (local.get $n) (i32.const 3))
                    (then (drop (memory.atomic.wait32 (i32.const 0) (local.get $n) (i64.const -1))) (br $wait))))))
            """));
        Assert.Equal(0, program.Run());
        Assert.Equal(3, program.Memory!.ReadInt32(0));
        Assert.True(program.Memory.ReadInt32(8) > 0);    // thread 0's spawn of thread 1
        Assert.True(program.Memory.ReadInt32(12) > 0);   // thread 1's spawn of thread 2
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_trap_in_the_main_thread_ends_the_program_and_stops_its_threads(Backend backend)
    {
        using var program = new ThreadsProgram(backend, e => Module.FromText(e, """
            (module
              (import "env" "memory" (memory 1 1 shared))
              (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
              (func (export "wasi_thread_start") (param i32 i32)
                (i32.atomic.store (i32.const 0) (i32.const 1))
                (drop (memory.atomic.notify (i32.const 0) (i32.const 1)))
                (loop $spin (br $spin)))
              (func (export "_start")
                (drop (call $spawn (i32.const 0)))
                (drop (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1)))
                unreachable))
            """));
        Assert.Equal(TrapCode.Unreachable, Assert.Throws<TrapException>(() => program.Run()).Code);
        Assert.True(program.AllThreadsStop(), "the spinning thread outlived the program");
    }

    // The thread or the main thread calls proc_exit(99) while the other spins in a loop that calls nothing.
    [Theory]
    [InlineData(Backend.Interpreter, true)]
    [InlineData(Backend.Interpreter, false)]
    [InlineData(Backend.Compiler, true)]
    [InlineData(Backend.Compiler, false)]
    public void Proc_exit_in_one_thread_stops_another_spinning_one(Backend backend, bool threadExits)
    {
        string spin = "(loop $spin (br $spin))";
        string exit = "(call $exit (i32.const 99))";
        using var program = new ThreadsProgram(backend, e => Module.FromText(e, $"""
            (module
              (import "env" "memory" (memory 1 1 shared))
              (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
              (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
              (func (export "wasi_thread_start") (param i32 i32)
                (i32.atomic.store (i32.const 0) (i32.const 1))
                (drop (memory.atomic.notify (i32.const 0) (i32.const 1)))
                {(threadExits ? exit : spin)})
              (func (export "_start")
                (drop (call $spawn (i32.const 0)))
                (drop (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1)))
                {(threadExits ? spin : exit)}))
            """));
        Assert.Equal(99, program.Run());
        Assert.True(program.AllThreadsStop(), "the spinning thread outlived the program");
    }

    [Fact]
    public void Uses_threads_recognizes_a_shared_memory_import_or_thread_spawn()
    {
        var engine = new Engine();
        Assert.True(WasiContext.UsesThreads(Module.FromText(engine, FourThreads)));
        Assert.True(WasiContext.UsesThreads(Module.FromText(engine, """(module (import "env" "memory" (memory 1 2 shared)))""")));
        Assert.True(WasiContext.UsesThreads(Module.FromText(engine, """(module (import "wasi" "thread-spawn" (func (param i32) (result i32))))""")));
        Assert.False(WasiContext.UsesThreads(Module.FromText(engine, """(module (import "env" "memory" (memory 1 2)))""")));
        Assert.False(WasiContext.UsesThreads(Module.FromText(engine, """(module (memory 1 2 shared))""")));
    }

    [Fact]
    public void An_unshared_memory_import_is_refused()
    {
        var engine = new Engine();
        using var store = new Store(engine);
        using var wasi = new WasiContext(new WasiConfiguration());
        var module = Module.FromText(engine, """
            (module (import "env" "memory" (memory 1 2)) (import "wasi" "thread-spawn" (func (param i32) (result i32))))
            """);
        var e = Assert.Throws<LinkException>(() => wasi.AddThreadsToLinker(new Linker(engine), store, module));
        Assert.Contains("env.memory must be shared", e.Message);
    }

    [Fact]
    public void Threads_are_added_once_per_context()
    {
        var engine = new Engine();
        using var store = new Store(engine);
        using var wasi = new WasiContext(new WasiConfiguration());
        var module = Module.FromText(engine, FourThreads);
        var memory = wasi.AddThreadsToLinker(new Linker(engine), store, module);
        Assert.Equal(new MemoryType(1, 1, shared: true).ToString(), memory!.Type.ToString());
        Assert.Throws<InvalidOperationException>(() => wasi.AddThreadsToLinker(new Linker(engine), store, module));
    }
}
