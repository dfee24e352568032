using Weld.Tests.Support;
using static Weld.Syntax.Opcode;
using static Weld.Tests.Execution.ModuleBuilder;

namespace Weld.Tests.Execution;

public class InterpreterMemoryTests
{
    private static int Run32(Instance inst, string name, params int[] args) =>
        inst.GetFunction(name)!.Invoke(args.Select(Value.I32).ToArray())[0].AsI32();

    private static Instance Build(Backend backend, out Memory memory)
    {
        var b = new ModuleBuilder();
        b.Memory(1, 4, "mem");
        b.Func([I32, I32], [], [Get(0), Get(1), Load(I32Store, 4)], "store");
        b.Func([I32], [I32], [Get(0), Load(I32Load, 4)], "load");
        b.Func([I32], [I32], [Get(0), Load(I32Load8S)], "load8s");
        b.Func([I32], [I32], [Get(0), Load(I32Load16U)], "load16u");
        b.Func([I32], [I64], [Get(0), Load(I64Load32S)], "load32s");
        b.Func([I32], [I32], [Get(0), I(MemoryGrow)], "grow");
        b.Func([], [I32], [I(MemorySize)], "size");
        b.Func([I32, I32, I32], [], [Get(0), Get(1), Get(2), I(MemoryFill)], "fill");
        b.Func([I32, I32, I32], [], [Get(0), Get(1), Get(2), I(MemoryCopy)], "copy");
        b.Func([I32, I32, I32], [], [Get(0), Get(1), Get(2), I(MemoryInit)], "init");
        b.Func([], [], [I(DataDrop)], "drop");
        b.PassiveData([1, 2, 3, 4, 5]);
        b.Def.DataCount = 1;
        var inst = b.Instantiate(new Store(Engines.Create(backend)));
        memory = inst.GetMemory("mem")!;
        return inst;
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void LoadsStoresAndBounds(Backend backend)
    {
        var inst = Build(backend, out var mem);
        var store = inst.GetFunction("store")!;
        store.Invoke(Value.I32(0), Value.I32(unchecked((int)0x8081_FF80u)));
        Assert.Equal(unchecked((int)0x8081_FF80u), Run32(inst, "load", 0));
        Assert.Equal(-128, Run32(inst, "load8s", 4));
        Assert.Equal(0xFF80, Run32(inst, "load16u", 4));
        Assert.Equal(unchecked((long)0xFFFF_FFFF_8081_FF80ul), inst.GetFunction("load32s")!.Invoke(Value.I32(4))[0].AsI64());
        Assert.Equal(0x80, mem.ReadByte(4));
        // last valid i32 at 65532 (offset 4 included), one byte further traps; a huge address does not wrap
        store.Invoke(Value.I32(65528), Value.I32(7));
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<TrapException>(() => store.Invoke(Value.I32(65529), Value.I32(7))).Code);
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<TrapException>(() => Run32(inst, "load", -4)).Code);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void GrowIsVisibleInside(Backend backend)
    {
        var inst = Build(backend, out var mem);
        Assert.Equal(1, Run32(inst, "size"));
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<TrapException>(() => Run32(inst, "load", 70000)).Code);
        Assert.Equal(1, Run32(inst, "grow", 1));
        Assert.Equal(0, Run32(inst, "load", 70000));
        Assert.Equal(-1, Run32(inst, "grow", 10));
        mem.Grow(1); // the host grows too
        Assert.Equal(3, Run32(inst, "size"));
        inst.GetFunction("store")!.Invoke(Value.I32(3 * 65536 - 8), Value.I32(42));
        Assert.Equal(42, Run32(inst, "load", 3 * 65536 - 8));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void BulkOperationsCheckBeforeWriting(Backend backend)
    {
        var inst = Build(backend, out var mem);
        var fill = inst.GetFunction("fill")!;
        var copy = inst.GetFunction("copy")!;
        var init = inst.GetFunction("init")!;
        fill.Invoke(Value.I32(10), Value.I32(0xAB), Value.I32(5));
        Assert.Equal(0xAB, mem.ReadByte(14));
        Assert.Equal(0, mem.ReadByte(15));
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<TrapException>(() => fill.Invoke(Value.I32(65530), Value.I32(1), Value.I32(7))).Code);
        Assert.Equal(0, mem.ReadByte(65530)); // nothing written
        copy.Invoke(Value.I32(12), Value.I32(10), Value.I32(5)); // overlapping
        Assert.Equal(0xAB, mem.ReadByte(16));
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<TrapException>(() => copy.Invoke(Value.I32(65535), Value.I32(10), Value.I32(2))).Code);
        Assert.Equal(0, mem.ReadByte(65535));
        init.Invoke(Value.I32(100), Value.I32(1), Value.I32(4));
        Assert.Equal(new byte[] { 2, 3, 4, 5 }, mem.Bytes(100, 4));
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<TrapException>(() => init.Invoke(Value.I32(200), Value.I32(2), Value.I32(4))).Code);
        Assert.Equal(0, mem.ReadByte(200));
        inst.GetFunction("drop")!.Invoke();
        init.Invoke(Value.I32(0), Value.I32(0), Value.I32(0));
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<TrapException>(() => init.Invoke(Value.I32(0), Value.I32(0), Value.I32(1))).Code);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TableOperations(Backend backend)
    {
        var b = new ModuleBuilder();
        b.Table(2, 10, ExternRef, "t");
        b.Func([I32], [ExternRef], [Get(0), I(TableGet)], "get");
        b.Func([I32, ExternRef], [], [Get(0), Get(1), I(TableSet)], "set");
        b.Func([ExternRef, I32], [I32], [Get(0), Get(1), I(TableGrow)], "grow");
        b.Func([], [I32], [I(TableSize)], "size");
        b.Func([I32, ExternRef, I32], [], [Get(0), Get(1), Get(2), I(TableFill)], "fill");
        b.Func([I32, I32, I32], [], [Get(0), Get(1), Get(2), I(TableCopy)], "copy");
        var inst = b.Instantiate(new Store(Engines.Create(backend)));
        var x = new object();
        inst.GetFunction("set")!.Invoke(Value.I32(1), Value.ExternRef(x));
        Assert.Same(x, inst.GetFunction("get")!.Invoke(Value.I32(1))[0].AsExternRef());
        Assert.Equal(TrapCode.TableOutOfBounds, Assert.Throws<TrapException>(() => inst.GetFunction("get")!.Invoke(Value.I32(2))).Code);
        Assert.Equal(2, inst.GetFunction("grow")!.Invoke(Value.ExternRef(x), Value.I32(3))[0].AsI32());
        Assert.Equal(-1, inst.GetFunction("grow")!.Invoke(Value.NullExternRef, Value.I32(6))[0].AsI32());
        Assert.Equal(5, Run32(inst, "size"));
        Assert.Same(x, inst.GetFunction("get")!.Invoke(Value.I32(4))[0].AsExternRef());
        inst.GetFunction("fill")!.Invoke(Value.I32(0), Value.NullExternRef, Value.I32(2));
        Assert.Null(inst.GetFunction("get")!.Invoke(Value.I32(1))[0].AsExternRef());
        var overFill = Assert.Throws<TrapException>(() => inst.GetFunction("fill")!.Invoke(Value.I32(4), Value.NullExternRef, Value.I32(2)));
        Assert.Equal(TrapCode.TableOutOfBounds, overFill.Code);
        Assert.Same(x, inst.GetFunction("get")!.Invoke(Value.I32(4))[0].AsExternRef());
        inst.GetFunction("copy")!.Invoke(Value.I32(0), Value.I32(3), Value.I32(2));
        Assert.Same(x, inst.GetFunction("get")!.Invoke(Value.I32(0))[0].AsExternRef());
    }
}
