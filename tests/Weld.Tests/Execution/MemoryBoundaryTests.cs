using System.Text;
using Weld.Tests.Support;

namespace Weld.Tests.Execution;

/// <summary>Every load and store, at every static offset class, at and around the end of memory: an access traps
/// exactly when one of its bytes lies beyond the end, a trapping store writes nothing, and an address plus offset
/// never wraps around 2^32.</summary>
public class MemoryBoundaryTests
{
    private static readonly (string Op, int Size, string Type)[] Loads =
    [
        ("i32.load", 4, "i32"), ("i64.load", 8, "i64"), ("f32.load", 4, "f32"), ("f64.load", 8, "f64"),
        ("i32.load8_s", 1, "i32"), ("i32.load8_u", 1, "i32"), ("i32.load16_s", 2, "i32"), ("i32.load16_u", 2, "i32"),
        ("i64.load8_s", 1, "i64"), ("i64.load8_u", 1, "i64"), ("i64.load16_s", 2, "i64"), ("i64.load16_u", 2, "i64"),
        ("i64.load32_s", 4, "i64"), ("i64.load32_u", 4, "i64"),
    ];

    private static readonly (string Op, int Size, string Type)[] Stores =
    [
        ("i32.store", 4, "i32"), ("i64.store", 8, "i64"), ("f32.store", 4, "f32"), ("f64.store", 8, "f64"),
        ("i32.store8", 1, "i32"), ("i32.store16", 2, "i32"), ("i64.store8", 1, "i64"), ("i64.store16", 2, "i64"),
        ("i64.store32", 4, "i64"),
    ];

    private static readonly uint[] Offsets = [0, 1, 7, 65535, 65536, 0xFFFF_FFF0, 0xFFFF_FFFF];

    private static string ModuleText(int pages)
    {
        var text = new StringBuilder($"(module (memory (export \"mem\") {pages})\n");
        foreach (var (op, _, type) in Loads)
            foreach (uint offset in Offsets)
                text.Append($"(func (export \"{op}/{offset}\") (param i32) (drop ({op} offset={offset} (local.get 0))))\n");
        foreach (var (op, _, type) in Stores)
            foreach (uint offset in Offsets)
                text.Append($"(func (export \"{op}/{offset}\") (param i32) ({op} offset={offset} (local.get 0) ({type}.const -1)))\n");
        return text.Append(')').ToString();
    }

    /// <summary>Addresses around the boundary for an access of <paramref name="size"/> at <paramref name="offset"/>,
    /// and far ones (including those whose 32-bit sum with the offset would wrap).</summary>
    private static IEnumerable<uint> Addresses(ulong length, uint offset, int size)
    {
        long last = (long)length - size - offset; // the highest address that fits
        for (long a = last - 2; a <= last + 2; a++)
            if (a >= 0 && a <= uint.MaxValue) yield return (uint)a;
        yield return 0;
        yield return 1;
        yield return uint.MaxValue;
        yield return uint.MaxValue - (uint)size + 1;
        yield return 0x8000_0000;
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void EveryAccessTrapsExactlyPastTheEnd(Backend backend)
    {
        int checkedAccesses = 0, trapped = 0;
        foreach (int pages in new[] { 0, 1, 2 })
        {
            var engine = Engines.Create(backend);
            using var store = new Store(engine);
            var instance = Instance.Create(store, Module.FromText(engine, ModuleText(pages)), []);
            var memory = instance.GetMemory("mem")!;
            ulong length = (ulong)pages * 65536;
            foreach (var (op, size, _) in Loads.Concat(Stores))
            {
                foreach (uint offset in Offsets)
                {
                    var f = instance.GetFunction($"{op}/{offset}")!;
                    foreach (uint address in Addresses(length, offset, size))
                    {
                        bool fits = (ulong)address + offset + (ulong)size <= length;
                        if (fits)
                        {
                            f.Invoke(Value.I32((int)address));
                        }
                        else
                        {
                            var before = memory.ToArray();
                            var e = Assert.Throws<TrapException>(() => f.Invoke(Value.I32((int)address)));
                            Assert.Equal(TrapCode.MemoryOutOfBounds, e.Code);
                            Assert.True(before.AsSpan().SequenceEqual(memory.ToArray()), $"{op} offset={offset} at {address} wrote before trapping");
                            trapped++;
                        }
                        checkedAccesses++;
                    }
                }
            }
        }
        // Both outcomes were exercised many times (the address list is not degenerate).
        Assert.True(checkedAccesses > 2000 && trapped > 500 && checkedAccesses - trapped > 500, $"{checkedAccesses} accesses, {trapped} trapped");
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TheLastBytesAreReadAndWrittenExactly(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, """
            (module (memory (export "mem") 1)
              (func (export "put64") (param i32 i64) (i64.store offset=8 (local.get 0) (local.get 1)))
              (func (export "get64") (param i32) (result i64) (i64.load offset=8 (local.get 0)))
              (func (export "get16s") (param i32) (result i32) (i32.load16_s offset=65534 (local.get 0))))
            """), []);
        instance.GetFunction("put64")!.Invoke(Value.I32(65536 - 16), Value.I64(unchecked((long)0x8877_6655_4433_2211)));
        Assert.Equal(unchecked((long)0x8877_6655_4433_2211), instance.GetFunction("get64")!.Invoke(Value.I32(65536 - 16))[0].AsI64());
        Assert.Equal(unchecked((short)0x8877), instance.GetFunction("get16s")!.Invoke(Value.I32(0))[0].AsI32());
        Assert.Equal(0x11, instance.GetMemory("mem")!.ReadByte(65536 - 8));
    }
}
