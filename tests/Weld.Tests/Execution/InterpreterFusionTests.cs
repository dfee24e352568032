using Weld.Execution.Interpreter;
using Weld.Tests.Support;
using static Weld.Syntax.Opcode;
using static Weld.Tests.Execution.ModuleBuilder;

namespace Weld.Tests.Execution;

/// <summary>The interpreter's peephole fusions keep wasm semantics at their edges; its lowered-code verifier rejects bad code.</summary>
public class InterpreterFusionTests
{
    private static int Run32(Instance inst, string name, params int[] args) =>
        inst.GetFunction(name)!.Invoke(args.Select(Value.I32).ToArray())[0].AsI32();

    private static Instance Build(Backend backend)
    {
        var b = new ModuleBuilder();
        b.Memory(1, 1, "mem");
        // address = x + 8 / x - 8 folded into the access; the 32-bit wrap of the add must stay
        b.Func([I32], [I32], [Get(0), Const(8), I(I32Add), Load(I32Load, 4)], "loadAdd");
        b.Func([I32], [I32], [Get(0), Const(8), I(I32Sub), Load(I32Load, 4)], "loadSub");
        b.Func([I32, I32], [], [Get(0), Const(8), I(I32Add), Get(1), Load(I32Store, 4)], "storeAdd");
        // constant addresses: the address goes into the offset
        b.Func([I32], [], [Const(100), Get(0), Load(I32Store, 4)], "storeAt104");
        b.Func([], [I32], [Const(100), Load(I32Load, 4)], "loadAt104");
        b.Func([], [I32], [Const(65533), Load(I32Load, 0)], "loadPastEnd");
        b.Func([], [I32], [Const(-1), Load(I32Load8U, 1)], "loadWrapConst");
        // swap through locals: consecutive copies merge, in order
        b.Func([I32, I32], [I32], [Get(0), Set(2), Get(1), Set(0), Get(2), Set(1), Get(0), Const(16), I(I32Shl), Get(1), I(I32Or)], "swap", [I32]);
        return b.Instantiate(new Store(Engines.Create(backend)));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AddressFoldingKeepsWrapAndBounds(Backend backend)
    {
        var inst = Build(backend);
        inst.GetFunction("storeAdd")!.Invoke(Value.I32(0), Value.I32(0x1234));
        Assert.Equal(0x1234, Run32(inst, "loadAdd", 0));
        Assert.Equal(0x1234, Run32(inst, "loadSub", 16));
        // 4 - 8 wraps to 0xFFFFFFFC; + offset 4 is 2^32: out of bounds, not address 0
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<TrapException>(() => Run32(inst, "loadSub", 4)).Code);
        // -8 + 8 wraps to 0: address 0 + 4 is in bounds
        Assert.Equal(0, Run32(inst, "loadAdd", -8));
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<TrapException>(() => Run32(inst, "loadAdd", 65528)).Code);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ConstantAddresses(Backend backend)
    {
        var inst = Build(backend);
        inst.GetFunction("storeAt104")!.Invoke(Value.I32(77));
        Assert.Equal(77, Run32(inst, "loadAt104"));
        Assert.Equal(77, inst.GetMemory("mem")!.ReadByte(104));
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<TrapException>(() => Run32(inst, "loadPastEnd")).Code);
        // 0xFFFFFFFF + offset 1 does not wrap to 0
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<TrapException>(() => Run32(inst, "loadWrapConst")).Code);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void MergedCopiesRunInOrder(Backend backend)
    {
        var inst = Build(backend);
        Assert.Equal(0x0002_0001, Run32(inst, "swap", 1, 2));
    }

    [Fact]
    public void VerifierRejectsOutOfFrameSlotsAndJumps()
    {
        static LoweredFunction F(params Inst[] code) => new()
        {
            Code = code, BrTables = [], ParamSlots = 0, LocalSlots = 1, FrameSlots = 4, HasRefLocals = false,
        };
        Lowerer.Verify(F(new Inst { Op = Op.I32Add, A = 0, B = 1, C = 3 }, new Inst { Op = Op.FellOffEnd }));
        Assert.Throws<InvalidOperationException>(() => Lowerer.Verify(F(new Inst { Op = Op.I32Add, A = 0, B = 1, C = 4 })));
        Assert.Throws<InvalidOperationException>(() => Lowerer.Verify(F(new Inst { Op = Op.Copy, A = -1, B = 1 })));
        Assert.Throws<InvalidOperationException>(() => Lowerer.Verify(F(new Inst { Op = Op.Br, A = 1 })));
        Assert.Throws<InvalidOperationException>(() => Lowerer.Verify(F(new Inst { Op = Op.BrIfI32LtSImm, A = 0, B = 9 })));
        Assert.Throws<InvalidOperationException>(() => Lowerer.Verify(F(new Inst { Op = Op.CopyPair, A = 0, B = 1, C = 2, K = 4 })));
        Assert.Throws<InvalidOperationException>(() => Lowerer.Verify(F(new Inst { Op = Op.Move, A = 0, B = 2, C = 3 })));
        Assert.Throws<InvalidOperationException>(() => Lowerer.Verify(F(new Inst { Op = (Op)9999 })));
    }
}
