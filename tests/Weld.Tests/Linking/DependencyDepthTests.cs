using Weld.Tests.Support;

namespace Weld.Tests.Linking;

/// <summary>Loading linking walks dependencies with an explicit stack: a chain of 10,000 modules loads on every kind
/// of thread, small stacks included, where a recursive walk overflowed the .NET stack at about 6,500.</summary>
public sealed class DependencyDepthTests(DependencyDepthTests.Chains chains) : IClassFixture<DependencyDepthTests.Chains>
{
    /// <summary>The chains on disk, written once for every case (10,000 files take seconds to write).</summary>
    public sealed class Chains : IDisposable
    {
        public string Long { get; } = Write(10_000, cycle: false);
        public string Cyclic { get; } = Write(3_000, cycle: true);

        public void Dispose()
        {
            Directory.Delete(Long, recursive: true);
            Directory.Delete(Cyclic, recursive: true);
        }

        /// <summary>m0 imports m1's "f", m1 imports m2's, ...; each "f" returns its module's number, and the last
        /// module imports the first one's "f" when <paramref name="cycle"/> is set.</summary>
        private static string Write(int length, bool cycle)
        {
            string dir = Directory.CreateTempSubdirectory("weld-chain-").FullName;
            for (int i = 0; i < length; i++)
            {
                string import = i < length - 1 ? $"(import \"m{i + 1}\" \"f\" (func (result i32)))"
                    : cycle ? "(import \"m0\" \"f\" (func (result i32)))" : "";
                File.WriteAllText(Path.Combine(dir, $"m{i}.wat"), $"(module {import} (func (export \"f\") (result i32) (i32.const {i})))");
            }
            return dir;
        }
    }

    private static Instance LoadChain(Engine engine, Store store, string dir)
    {
        var linker = new Linker(engine) { ModuleResolver = new ModuleResolver(dir) };
        var app = Module.FromText(engine, "(module (import \"m0\" \"f\" (func $f (result i32))) (func (export \"run\") (result i32) (call $f)))");
        return linker.Instantiate(store, app);
    }

    [Theory, MemberData(nameof(TestThreads.EveryBackendOnEveryThread), MemberType = typeof(TestThreads))]
    public void ATenThousandModuleChainLoadsOnEveryThread(Backend backend, TestThread thread)
    {
        var engine = Engines.Create(backend);
        TestThreads.Run(thread, () =>
        {
            using var store = new Store(engine);
            Assert.Equal(0, LoadChain(engine, store, chains.Long).GetFunction<int>("run")!());
            Assert.Equal(10_001, store.Runtime.InstanceCount);
        });
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ACycleAtTheEndOfALongChainIsNamed(Backend backend)
    {
        var engine = Engines.Create(backend);
        TestThreads.Run(TestThread.SmallStack, () =>
        {
            using var store = new Store(engine);
            var e = Assert.Throws<LinkException>(() => LoadChain(engine, store, chains.Cyclic));
            Assert.StartsWith("import cycle: m0 -> m1 -> m2 -> ", e.Message);
            Assert.EndsWith("m2998 -> m2999 -> m0", e.Message);
        });
    }
}
