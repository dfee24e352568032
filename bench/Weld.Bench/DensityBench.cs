using System.Diagnostics;
using System.Globalization;

namespace Weld.Bench;

/// <summary><c>--density</c>: 100,000 live instances of a small module with a one-page memory in one store, for a memory
/// without a maximum, with maximum = minimum, and with a small maximum. Prints the instantiation time per instance for
/// each block of 10,000 (it must stay flat: no full collection or address-space search per instance), the full
/// collections, and the resident set before and after every instance touched one page of its memory.</summary>
internal static class DensityBench
{
    private const int Count = 100_000;
    private const int Block = 10_000;

    public static int Run()
    {
        var engine = new Engine(new EngineOptions { Backend = Backend.Interpreter });
        Console.WriteLine("| memory | per instance, each block of 10,000 (µs) | worst block (µs) | gen2 GCs | RSS empty (MiB) | " +
                          "RSS after 1 page touched each (MiB) |");
        Console.WriteLine("| ------ | --- | ---: | ---: | ---: | ---: |");
        foreach (var memory in new[] { "(memory 1)", "(memory 1 1)", "(memory 1 16)" })
        {
            var module = Module.FromText(engine, $"""
                (module {memory}
                  (func (export "touch") (param i32) (i32.store (local.get 0) (local.get 0))))
                """);
            Measure(engine, module, memory);
        }
        return 0;
    }

    private static void Measure(Engine engine, Module module, string label)
    {
        Collect();
        long rss0 = Rss();
        int gen2 = GC.CollectionCount(2);
        var blocks = new List<double>();
        using (var store = new Store(engine))
        {
            var instances = new Instance[Count];
            var clock = new Stopwatch();
            for (int b = 0; b < Count / Block; b++)
            {
                clock.Restart();
                for (int i = b * Block; i < (b + 1) * Block; i++) instances[i] = Instance.Create(store, module, []);
                blocks.Add(clock.Elapsed.TotalMicroseconds / Block);
            }
            gen2 = GC.CollectionCount(2) - gen2;
            long rssEmpty = Rss() - rss0;
            foreach (var instance in instances) instance.GetAction<int>("touch")!(1024);
            long rssTouched = Rss() - rss0;
            string perBlock = string.Join(" ", blocks.Select(v => v.ToString("F1", CultureInfo.InvariantCulture)));
            Console.WriteLine($"| `{label}` | {perBlock} | {blocks.Max():F1} | {gen2} | {rssEmpty >> 20} | {rssTouched >> 20} |");
        }
        Collect();
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static long Rss()
    {
        using var p = Process.GetCurrentProcess();
        return p.WorkingSet64;
    }
}
