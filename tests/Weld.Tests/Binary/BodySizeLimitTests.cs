using Weld.Tests.Support;

namespace Weld.Tests.Binary;

/// <summary>Host memory per function body is bounded: large bodies are refused before anything is allocated for them,
/// and bodies within the limit cost a small constant times their size in every stage. The figures are the process's
/// allocations and live heap, so the class runs alone (other tests allocating at the same time made it fail).</summary>
[Collection(nameof(BodySizeLimitTests))]
public sealed class BodySizeLimitTests
{
    /// <summary>A module with one function () -> () whose body is <paramref name="size"/> bytes of
    /// <paramref name="pattern"/> (repeated) and its end.</summary>
    internal static byte[] ModuleWithBody(int size, byte[] pattern)
    {
        byte[] header = [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, (byte)'f', 0, 0];
        byte[] bodySize = [.. Leb((uint)size)];
        byte[] sectionSize = [.. Leb((uint)(1 + bodySize.Length + size))];
        var module = new byte[header.Length + 1 + sectionSize.Length + 1 + bodySize.Length + size];
        int at = 0;
        foreach (var part in new[] { header, [10], sectionSize, [1], bodySize })
        {
            part.CopyTo(module, at);
            at += part.Length;
        }
        int end = at + size - 1;
        module[at++] = 0; // no locals
        while (pattern.Length > 0 && at + pattern.Length < end)
        {
            pattern.CopyTo(module, at);
            at += pattern.Length;
        }
        module.AsSpan(at, end - at).Fill(0x01); // nop
        module[end] = 0x0b;
        return module;
    }

    private static IEnumerable<byte> Leb(uint v)
    {
        do
        {
            byte b = (byte)(v & 0x7f);
            v >>= 7;
            yield return v != 0 ? (byte)(b | 0x80) : b;
        } while (v != 0);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AFiftyMegabyteBodyIsRefusedCheaply(Backend backend)
    {
        var bytes = ModuleWithBody(50_000_000, []);
        var engine = Engines.Create(backend);
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var e = Assert.Throws<MalformedModuleException>(() => Module.FromBytes(engine, bytes));
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Contains("function body too large: 50000000 bytes, the limit is 7654321", e.Message);
        Assert.True(allocated < 1_000_000, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void TheLimitIsAnEngineOption()
    {
        var bytes = ModuleWithBody(2_000, [0x01]);
        var e = Assert.Throws<MalformedModuleException>(() => Module.FromBytes(new Engine(new EngineOptions { MaxFunctionBodySize = 1_999 }), bytes));
        Assert.Contains("the limit is 1999", e.Message);
        Module.FromBytes(new Engine(new EngineOptions { MaxFunctionBodySize = 2_000 }), bytes);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Engine(new EngineOptions { MaxFunctionBodySize = 0 }));
    }

    public static TheoryData<Backend, string> BodyKinds
    {
        get
        {
            var data = new TheoryData<Backend, string>();
            foreach (Backend backend in Engines.All)
                foreach (var kind in new[] { "nop", "const-add", "block", "nested" })
                    data.Add(backend, kind);
            return data;
        }
    }

    private static byte[] Pattern(string kind) => kind switch
    {
        "nop" => [0x01],
        "const-add" => [0x41, 0x01, 0x41, 0x02, 0x6a, 0x1a],   // i32.const 1, i32.const 2, i32.add, drop
        "block" => [0x02, 0x40, 0x0b],                          // block end
        _ => [],
    };

    /// <summary>A body of 2 MB of the worst kinds of code (one-byte instructions, empty blocks, deep nesting):
    /// decoding, validating and preparing it allocates at most 150 bytes per byte of body in all, and keeps at most
    /// 50 (the measured figures are in docs/SECURITY.md).</summary>
    [Theory, MemberData(nameof(BodyKinds))]
    public void ABodyWithinTheLimitCostsASmallMultipleOfItsSize(Backend backend, string kind)
    {
        const int size = 2_000_000;
        byte[] bytes = kind == "nested" ? Nested(size) : ModuleWithBody(size, Pattern(kind));
        var engine = Engines.Create(backend);
        GC.Collect();
        long live = GC.GetTotalMemory(forceFullCollection: true);
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var module = Module.FromBytes(engine, bytes);
        module.Compile();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        long kept = GC.GetTotalMemory(forceFullCollection: true) - live;
        GC.KeepAlive(module);
        Assert.True(allocated < 150L * size, $"allocated {allocated:N0} bytes for a body of {size:N0}");
        Assert.True(kept < 50L * size, $"kept {kept:N0} bytes for a body of {size:N0}");
    }

    /// <summary>A body of nested empty blocks, as deep as the size allows.</summary>
    private static byte[] Nested(int size)
    {
        int depth = (size - 2) / 3;
        var pattern = new byte[depth * 3];
        for (int i = 0; i < depth; i++) { pattern[2 * i] = 0x02; pattern[2 * i + 1] = 0x40; }
        Array.Fill(pattern, (byte)0x0b, 2 * depth, depth);
        return ModuleWithBody(size, pattern);
    }
}

/// <summary>Runs <see cref="BodySizeLimitTests"/> with no other test of this assembly at the same time.</summary>
[CollectionDefinition(nameof(BodySizeLimitTests), DisableParallelization = true)]
public sealed class BodySizeLimitCollection;
