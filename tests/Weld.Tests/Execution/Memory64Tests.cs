using System.Text;
using Weld.Tests.Support;

namespace Weld.Tests.Execution;

/// <summary>64-bit memories and tables (memory64): accesses trap exactly past the end, including where the address plus
/// the offset would wrap at 2^64; sizes and growth are i64; a 32-bit and a 64-bit memory copy to each other.</summary>
public class Memory64Tests
{
    private static readonly (string Op, int Size, string Type)[] Accesses =
    [
        ("i32.load", 4, "i32"), ("i64.load8_u", 1, "i64"), ("v128.load", 16, "v128"), ("v128.load32_zero", 4, "v128"),
        ("i64.store", 8, "i64"), ("i32.store16", 2, "i32"), ("v128.store", 16, "v128"),
    ];

    private static readonly ulong[] Offsets = [0, 1, 65535, 0xFFFF_FFFF, 0x1_0000_0000, 0x8000_0000_0000_0000, ulong.MaxValue - 1, ulong.MaxValue];

    private static string ModuleText()
    {
        var text = new StringBuilder("(module (memory (export \"mem\") i64 1)\n");
        foreach (var (op, _, type) in Accesses)
        {
            foreach (ulong offset in Offsets)
            {
                string value = type == "v128" ? "(v128.const i64x2 -1 -1)" : $"({type}.const -1)";
                text.Append(op.Contains("store", StringComparison.Ordinal)
                    ? $"(func (export \"{op}/{offset}\") (param i64) ({op} offset={offset} (local.get 0) {value}))\n"
                    : $"(func (export \"{op}/{offset}\") (param i64) (drop ({op} offset={offset} (local.get 0))))\n");
            }
        }
        return text.Append(')').ToString();
    }

    private static IEnumerable<ulong> Addresses(ulong length, ulong offset, int size)
    {
        if (offset <= length)
        {
            long last = (long)(length - offset) - size;
            for (long a = last - 2; a <= last + 2; a++) if (a >= 0) yield return (ulong)a;
        }
        yield return 0;
        yield return ulong.MaxValue;
        yield return ulong.MaxValue - (ulong)size + 1;
        yield return 0x1_0000_0000;
        yield return 0 - offset; // address + offset wraps to 0
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void EveryAccessTrapsExactlyPastTheEnd(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, ModuleText()), []);
        const ulong length = 65536;
        int trapped = 0, done = 0;
        foreach (var (op, size, _) in Accesses)
        {
            foreach (ulong offset in Offsets)
            {
                var f = instance.GetFunction($"{op}/{offset}")!;
                foreach (ulong address in Addresses(length, offset, size))
                {
                    bool fits = (UInt128)address + offset + (ulong)size <= length;
                    if (fits) f.Invoke(Value.I64((long)address));
                    else
                    {
                        var e = Assert.Throws<TrapException>(() => f.Invoke(Value.I64((long)address)));
                        Assert.Equal(TrapCode.MemoryOutOfBounds, e.Code);
                        trapped++;
                    }
                    done++;
                }
            }
        }
        Assert.True(trapped > 100 && done - trapped > 50, $"{done} accesses, {trapped} trapped");
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void SizesAndGrowthAreI64AndMixedCopiesWork(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, """
            (module
              (memory $narrow 1)
              (memory $wide (export "wide") i64 1 4)
              (func (export "grow") (param i64) (result i64) (memory.grow $wide (local.get 0)))
              (func (export "size") (result i64) (memory.size $wide))
              (func (export "fill") (param i64 i64) (memory.fill $wide (local.get 0) (i32.const 7) (local.get 1)))
              (func (export "copy") (param i64 i32 i32)
                (memory.copy $narrow $wide (i32.const 0) (local.get 0) (i32.const 4))
                (memory.copy $wide $narrow (local.get 0) (local.get 1) (local.get 2)))
              (func (export "narrow") (param i32) (result i32) (i32.load8_u $narrow (local.get 0))))
            """), []);
        Assert.Equal(1L, instance.GetFunction("size")!.Invoke()[0].AsI64());
        Assert.Equal(-1L, instance.GetFunction("grow")!.Invoke(Value.I64(0x1_0000_0001))[0].AsI64());
        Assert.Equal(1L, instance.GetFunction("grow")!.Invoke(Value.I64(1))[0].AsI64());
        Assert.Equal(2L, instance.GetFunction("size")!.Invoke()[0].AsI64());
        instance.GetFunction("fill")!.Invoke(Value.I64(100), Value.I64(4));
        var e = Assert.Throws<TrapException>(() => instance.GetFunction("fill")!.Invoke(Value.I64(1), Value.I64(-1)));
        Assert.Equal(TrapCode.MemoryOutOfBounds, e.Code);
        instance.GetFunction("copy")!.Invoke(Value.I64(100), Value.I32(0), Value.I32(2));
        Assert.Equal(7, instance.GetFunction("narrow")!.Invoke(Value.I32(3))[0].AsI32());
        e = Assert.Throws<TrapException>(() => instance.GetFunction("copy")!.Invoke(Value.I64(-2), Value.I32(0), Value.I32(4)));
        Assert.Equal(TrapCode.MemoryOutOfBounds, e.Code);
        Assert.Equal(AddressType.I64, instance.GetMemory("wide")!.Type.AddressType);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void Table64IndexesAreCheckedInFull(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, """
            (module
              (type $f (func (result i32)))
              (table $t i64 2 funcref)
              (elem (table $t) (i64.const 0) func $one)
              (func $one (result i32) (i32.const 1))
              (func (export "call") (param i64) (result i32) (call_indirect $t (type $f) (local.get 0)))
              (func (export "get") (param i64) (result funcref) (table.get $t (local.get 0)))
              (func (export "grow") (param i64) (result i64) (table.grow $t (ref.null func) (local.get 0))))
            """), []);
        Assert.Equal(1, instance.GetFunction("call")!.Invoke(Value.I64(0))[0].AsI32());
        // 2^32 has the low 32 bits of index 0: it must not reach element 0.
        var e = Assert.Throws<TrapException>(() => instance.GetFunction("call")!.Invoke(Value.I64(0x1_0000_0000)));
        Assert.Equal(TrapCode.UndefinedElement, e.Code);
        e = Assert.Throws<TrapException>(() => instance.GetFunction("get")!.Invoke(Value.I64(0x1_0000_0000)));
        Assert.Equal(TrapCode.TableOutOfBounds, e.Code);
        Assert.Equal(-1L, instance.GetFunction("grow")!.Invoke(Value.I64(0x1_0000_0000))[0].AsI64());
        Assert.Equal(2L, instance.GetFunction("grow")!.Invoke(Value.I64(1))[0].AsI64());
    }

    [Fact]
    public void WithoutTheFeatureA64BitMemoryIsRefused()
    {
        var engine = new Engine(new EngineOptions { Features = WasmFeatures.Threads | WasmFeatures.MultiMemory });
        Assert.Throws<InvalidModuleException>(() => Module.FromText(engine, "(module (memory i64 1))"));
        using var store = new Store(engine);
        Assert.Throws<ArgumentException>(() => new Memory(store, new MemoryType(new Limits(1), false, AddressType.I64)));
    }
}
