using System.Diagnostics;
using Weld.Runtime;
using Weld.Tests.Support;
using Xunit.Abstractions;

namespace Weld.Tests.Runtime;

/// <summary>
/// Many live instances in one process, each with a one-page memory: instantiation stays cheap at every count (no
/// garbage collection per instance, no address space or kernel mappings per instance past the reservation budget).
/// Timing is a generous bound on the 50 µs per instance the project promises (see docs/BENCHMARKS.md for figures).
/// </summary>
[Collection(nameof(MemoryDensityTests))]
public class MemoryDensityTests(ITestOutputHelper output)
{
    private const int Count = 20_000;

    [Theory]
    [InlineData("(memory (export \"mem\") 1)")]
    [InlineData("(memory (export \"mem\") 1 1)")]
    [InlineData("(memory (export \"mem\") 1 16)")]
    public void TwentyThousandLiveInstancesWithAOnePageMemory(string memory)
    {
        var engine = new Engine(new EngineOptions { Backend = Backend.Interpreter });
        using var store = new Store(engine);
        var module = Module.FromText(engine, $"""
            (module {memory}
              (func (export "touch") (param i32) (result i32)
                (i32.store (local.get 0) (local.get 0)) (i32.load (local.get 0))))
            """);
        var instances = new Instance[Count];
        int gen2 = GC.CollectionCount(2);
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < Count; i++) instances[i] = Instance.Create(store, module, []);
        clock.Stop();
        gen2 = GC.CollectionCount(2) - gen2;
        double perInstance = clock.Elapsed.TotalMicroseconds / Count;
        output.WriteLine($"{memory}: {perInstance:F1} µs per instance, {gen2} gen2 collections, {NativeBlock.LiveReservations} reservations");

        Assert.True(NativeBlock.LiveReservations <= NativeBlock.MaxLiveReservations);
        Assert.True(gen2 < Count / 100, $"{gen2} full collections for {Count} instances");
        Assert.True(perInstance < 1000, $"{perInstance:F1} µs per instance");
        for (int i = 0; i < Count; i += 97)
            Assert.Equal(i * 4 % 65532, instances[i].GetFunction<int, int>("touch")!(i * 4 % 65532));
    }
}

/// <summary>Tests that allocate a lot of memory run alone.</summary>
[CollectionDefinition(nameof(MemoryDensityTests), DisableParallelization = true)]
public sealed class MemoryDensityCollection;
