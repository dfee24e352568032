using Weld.Tests.Support;

namespace Weld.Tests.Threads;

/// <summary>The pattern docs/LINKING.md shows for an embedder's own spawn function: spawned threads reuse the
/// parent's memory (a new store per thread, a new instance of the same module made by one InstancePre, importing
/// the parent's shared memory). The example is this file's code; a test checks the doc still shows it.</summary>
public class SpawnPatternTests
{
    // A worker adds its argument to the sum at 0 and counts itself at 4; main spawns four and waits for the count.
    private const string Wat = """
        (module
          (import "env" "memory" (memory 1 1 shared))
          (import "host" "spawn" (func $spawn (param i32)))
          (func (export "worker") (param i32)
            (drop (i32.atomic.rmw.add (i32.const 0) (local.get 0)))
            (drop (i32.atomic.rmw.add (i32.const 4) (i32.const 1)))
            (drop (memory.atomic.notify (i32.const 4) (i32.const 1))))
          (func (export "main") (local $n i32)
            (call $spawn (i32.const 1)) (call $spawn (i32.const 2)) (call $spawn (i32.const 3)) (call $spawn (i32.const 4))
            (loop $wait
              (local.set $n (i32.atomic.load (i32.const 4)))
              (if (i32.lt_u (local.get $n) (i32.const 4))
                (then (drop (memory.atomic.wait32 (i32.const 4) (local.get $n) (i64.const -1))) (br $wait))))))
        """;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void Spawned_threads_reuse_the_parent_memory(Backend backend)
    {
        var engine = new Engine(new EngineOptions { Backend = backend });
        var module = Module.FromText(engine, Wat);

        using var store = new Store(engine);
        var memory = new Memory(store, new MemoryType(1, 1, shared: true));   // the one thing threads share
        var linker = new Linker(engine);
        linker.Define("env", "memory", memory);
        InstancePre? pre = null;                                            // made once the linker is complete
        linker.DefineFunction("host", "spawn", HostFunction.FromCallback(new FuncType([ValType.I32], []), (args, _) =>
        {
            int arg = args[0].AsI32();
            var thread = new Thread(() =>
            {
                using var own = new Store(engine);                          // a store per thread
                pre!.Instantiate(own).GetAction<int>("worker")!(arg);       // same module, the parent's memory
            }, maxStackSize: 4 << 20);
            thread.IsBackground = true;                                     // never keeps the process alive
            thread.Start();
        }));
        pre = linker.InstantiatePre(module);
        pre.Instantiate(store).GetAction("main")!();

        Assert.Equal(1 + 2 + 3 + 4, memory.ReadInt32(0));
        Assert.Equal(4, memory.ReadInt32(4));
    }

    [Fact]
    public void Linking_md_shows_this_example()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Weld.slnx"))) root = root.Parent!;
        var doc = File.ReadAllText(Path.Combine(root.FullName, "docs", "LINKING.md")).ReplaceLineEndings("\n");
        const string Heading = "## Threads: spawned threads reuse the parent's memory";
        int section = doc.IndexOf(Heading, StringComparison.Ordinal);
        Assert.True(section >= 0, $"docs/LINKING.md has no section '{Heading}'");
        int start = doc.IndexOf("```csharp\n", section, StringComparison.Ordinal) + "```csharp\n".Length;
        var block = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
        var code = File.ReadAllText(Path.Combine(root.FullName, "tests", "Weld.Tests", "Threads", "SpawnPatternTests.cs"));
        int at = 0;
        foreach (var line in block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            int found = code.IndexOf(line, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"docs/LINKING.md line not in SpawnPatternTests.cs (in order): {line}");
            at = found + line.Length;
        }
    }
}
