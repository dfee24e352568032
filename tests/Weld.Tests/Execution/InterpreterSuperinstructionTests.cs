using System.Buffers.Binary;
using System.Numerics;
using Weld.Execution.Interpreter;
using Weld.Tests.Support;
using static Weld.Syntax.Opcode;
using static Weld.Tests.Execution.ModuleBuilder;

namespace Weld.Tests.Execution;

/// <summary>Edge cases of the interpreter's fused ops (f64 load/store arithmetic, immediate+binary pairs, eqz+select,
/// counter+branch): each must behave exactly like the instructions it replaces.</summary>
public class InterpreterSuperinstructionTests
{
    private static Weld.Syntax.Instr F64Const(double d) => I(Weld.Syntax.Opcode.F64Const, c: BitConverter.DoubleToUInt64Bits(d));

    private static Instance Build(Backend backend) => Builder().Instantiate(new Store(Engines.Create(backend)));

    private static ModuleBuilder Builder()
    {
        var b = new ModuleBuilder();
        b.Memory(1, 1, "mem");
        // f64 op with the load as right operand (address add folded: packed addend) / as left operand
        b.Func([I32, F64], [F64], [Get(1), Get(0), Const(8), I(I32Add), Load(F64Load, 0), I(F64Sub)], "xMinusMem8");
        b.Func([I32, F64], [F64], [Get(0), Load(F64Load, 16), Get(1), I(F64Sub)], "memMinusX");
        b.Func([I32, F64], [F64], [Get(0), Load(F64Load), Get(1), I(F64Mul)], "memTimesX");
        // arithmetic stored; read-modify-write of one address, both operand orders; and of two addresses (no RMW)
        b.Func([I32, F64, F64], [], [Get(0), Get(1), Get(2), I(F64Mul), Load(F64Store, 8)], "storeMul");
        b.Func([I32, F64], [], [Get(0), Get(1), Get(0), Load(F64Load, 8), I(F64Add), Load(F64Store, 8)], "addToMem");
        b.Func([I32, F64], [], [Get(0), Get(0), Load(F64Load, 8), Get(1), I(F64Add), Load(F64Store, 8)], "memAdd");
        b.Func([I32, I32, F64], [], [Get(1), Get(1), Load(F64Load), Get(2), I(F64Add), Load(F64Store, 8)], "memAddOtherOffset");
        b.Func([I32, I32, F64], [], [Get(1), Get(2), Get(0), Load(F64Load), I(F64Add), Load(F64Store)], "addToOther");
        // immediate op + binary op, producer as either operand
        b.Func([I32, I32], [I32], [Get(0), Const(33), I(I32Shl), Get(1), I(I32Add)], "shlAdd");
        b.Func([I32, I32], [I32], [Get(1), Get(0), Const(2), I(I32Shl), I(I32Add)], "addShl");
        b.Func([I32, I32], [I32], [Get(0), Const(3), I(I32Mul), Get(1), I(I32Add)], "mulAdd");
        b.Func([I32, I32], [I32], [Get(0), Const(7), I(I32Rotl), Get(1), I(I32Xor)], "rotlXor");
        b.Func([I32, I32], [I32], [Get(1), Get(0), Const(3), I(I32ShrU), I(I32Xor)], "xorShrU");
        b.Func([I32, I32], [I32], [Get(0), Const(4), I(I32Shl), Get(1), I(I32Xor)], "shlXor");
        b.Func([I32, I32, I32], [I32], [Get(0), Get(1), I(I32Add), Get(2), I(I32Add)], "addAdd");
        b.Func([I32, I32, I32], [I32], [Get(2), Get(0), Get(1), I(I32Add), I(I32Add)], "addAddRight");
        // select on eqz: operands swap; the i64 form must test all 64 bits
        b.Func([I32, I32, I32], [I32], [Get(0), Get(1), Get(2), I(I32Eqz), I(Select)], "selEqz32");
        b.Func([I32, I32, I64], [I32], [Get(0), Get(1), Get(2), I(I64Eqz), I(Select)], "selEqz64");
        b.Func([I32, I64], [I32], [Const(10), Get(0), Get(1), I(I64Eqz), I(Select)], "selEqzConst");
        // loop counters: i -= 1 until 0 (br_if on the counter), i += step until == 12 (compare with immediate)
        b.Func([I32], [I32], [I(Loop, -64), Get(1), Const(1), I(I32Add), Set(1), Get(0), Const(1), I(I32Sub), Tee(0), I(BrIf, 0), I(End), Get(1)],
            "countDown", [I32]);
        b.Func([I32], [I32], [
                I(Loop, -64), Get(1), Const(1), I(I32Add), Set(1), Get(0), Const(3), I(I32Add), Tee(0), Const(12), I(I32Ne), I(BrIf, 0), I(End),
                Get(1)],
            "countTo12", [I32]);
        b.Func([I32], [I32], [I(Loop, -64), Get(1), Const(1), I(I32Add), Set(1), Get(0), Const(-4), I(I32Add), Tee(0), I(BrIf, 0), I(End), Get(0)],
            "countDownBy4", [I32]);
        return b;
    }

    [Theory]
    [InlineData(1, "F64SubLoad")]
    [InlineData(2, "F64LoadSub")]
    [InlineData(3, "F64LoadMul")]
    [InlineData(4, "F64MulStore")]
    [InlineData(5, "F64AddLoadStore")]
    [InlineData(6, "F64LoadAddStore")]
    [InlineData(9, "I32ShlImmAdd")]
    [InlineData(10, "I32ShlImmAdd")]
    [InlineData(11, "I32MulImmAdd")]
    [InlineData(12, "I32RotlImmXor")]
    [InlineData(13, "I32ShrUImmXor")]
    [InlineData(14, "I32ShlImmXor")]
    [InlineData(15, "I32AddAdd")]
    [InlineData(16, "I32AddAdd")]
    [InlineData(17, "Select")]
    [InlineData(18, "SelectNz64")]
    [InlineData(20, "I32AddImmBrNz")]
    [InlineData(21, "I32AddImmBrNeImm")]
    [InlineData(22, "I32AddImmBrNz")]
    public void TheFusionsApply(int function, string expected)
    {
        // function numbers are 1-based positions in Builder(); the tests above would pass unfused too, so check the code
        var lowered = Lowerer.Lower(Weld.Validation.Validator.Validate(Builder().Def), function - 1);
        Assert.Contains(lowered.Code, i => i.Op == Enum.Parse<Op>(expected));
    }

    [Fact]
    public void LoadAndStoreOfDifferentAddressesDoNotMerge()
    {
        var def = Builder().Def;
        foreach (int f in new[] { 6, 7 })
        {
            var code = Lowerer.Lower(Weld.Validation.Validator.Validate(def), f).Code;
            Assert.DoesNotContain(code, i => i.Op is Op.F64AddLoadStore or Op.F64LoadAddStore);
        }
    }

    private static Memory Mem(Instance inst) => inst.GetMemory("mem")!;

    private static void PutF64(Instance inst, int at, double v) => Mem(inst).WriteDouble((ulong)at, v);

    private static double GetF64(Instance inst, int at) => Mem(inst).ReadDouble((ulong)at);

    private static Value[] Call(Instance inst, string name, params Value[] args) => inst.GetFunction(name)!.Invoke(args);

    private static TrapCode TrapOf(Instance inst, string name, params Value[] args) =>
        Assert.Throws<TrapException>(() => Call(inst, name, args)).Code;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void F64ArithmeticWithALoad(Backend backend)
    {
        var inst = Build(backend);
        PutF64(inst, 0, 1.5);
        PutF64(inst, 16, 10.0);
        Assert.Equal(0.5, Call(inst, "xMinusMem8", Value.I32(-8), Value.F64(2.0))[0].AsF64()); // -8 + 8 wraps to 0
        Assert.Equal(8.0, Call(inst, "memMinusX", Value.I32(0), Value.F64(2.0))[0].AsF64());
        Assert.Equal(3.0, Call(inst, "memTimesX", Value.I32(0), Value.F64(2.0))[0].AsF64());
        // -9 + 8 is 0xFFFFFFFF as a 32-bit address: out of bounds
        Assert.Equal(TrapCode.MemoryOutOfBounds, TrapOf(inst, "xMinusMem8", Value.I32(-9), Value.F64(0)));
        Assert.Equal(TrapCode.MemoryOutOfBounds, TrapOf(inst, "xMinusMem8", Value.I32(65536 - 15), Value.F64(0)));
        Assert.Equal(TrapCode.MemoryOutOfBounds, TrapOf(inst, "memMinusX", Value.I32(65536 - 20), Value.F64(0)));
        Assert.Equal(TrapCode.MemoryOutOfBounds, TrapOf(inst, "memTimesX", Value.I32(65529), Value.F64(0)));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void F64ArithmeticStored(Backend backend)
    {
        var inst = Build(backend);
        Call(inst, "storeMul", Value.I32(0), Value.F64(3.0), Value.F64(-2.0));
        Assert.Equal(-6.0, GetF64(inst, 8));
        Assert.Equal(TrapCode.MemoryOutOfBounds, TrapOf(inst, "storeMul", Value.I32(65536 - 8), Value.F64(1), Value.F64(1)));

        PutF64(inst, 8, 1.0);
        Call(inst, "addToMem", Value.I32(0), Value.F64(2.0));
        Assert.Equal(3.0, GetF64(inst, 8));
        Call(inst, "memAdd", Value.I32(0), Value.F64(0.25));
        Assert.Equal(3.25, GetF64(inst, 8));
        Assert.Equal(TrapCode.MemoryOutOfBounds, TrapOf(inst, "memAdd", Value.I32(65536 - 15), Value.F64(1)));
        Assert.Equal(TrapCode.MemoryOutOfBounds, TrapOf(inst, "addToMem", Value.I32(-8), Value.F64(1)));

        // loaded from one place, stored to another: both must stay distinct
        PutF64(inst, 100, 5.0);
        PutF64(inst, 108, 0.0);
        Call(inst, "memAddOtherOffset", Value.I32(0), Value.I32(100), Value.F64(1.0));
        Assert.Equal(5.0, GetF64(inst, 100));
        Assert.Equal(6.0, GetF64(inst, 108));
        PutF64(inst, 200, 7.0);
        Call(inst, "addToOther", Value.I32(200), Value.I32(300), Value.F64(1.0));
        Assert.Equal(7.0, GetF64(inst, 200));
        Assert.Equal(8.0, GetF64(inst, 300));
    }

    private static int Run32(Instance inst, string name, params int[] args) =>
        Call(inst, name, args.Select(Value.I32).ToArray())[0].AsI32();

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ImmediateOpFeedingABinaryOp(Backend backend)
    {
        var inst = Build(backend);
        Assert.Equal(unchecked((int)0x8000_0000u + 5), Run32(inst, "shlAdd", 0x4000_0000, 5)); // shift count 33 is 1
        Assert.Equal(unchecked(-4 + 7), Run32(inst, "addShl", -1, 7));
        Assert.Equal(unchecked(int.MaxValue * 3 + 1), Run32(inst, "mulAdd", int.MaxValue, 1));
        Assert.Equal(unchecked((int)(BitOperations.RotateLeft(0x8100_0001u, 7) ^ 0x55u)), Run32(inst, "rotlXor", unchecked((int)0x8100_0001u), 0x55));
        Assert.Equal(unchecked((int)((0xF000_0000u >> 3) ^ 1u)), Run32(inst, "xorShrU", unchecked((int)0xF000_0000u), 1));
        Assert.Equal(unchecked((int)((0x1234_5678u << 4) ^ 0xFu)), Run32(inst, "shlXor", 0x1234_5678, 0xF));
        Assert.Equal(unchecked(int.MaxValue + 2 + 3), Run32(inst, "addAdd", int.MaxValue, 2, 3));
        Assert.Equal(unchecked(int.MinValue - 1 + 5), Run32(inst, "addAddRight", int.MinValue, -1, 5));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void SelectOnEqz(Backend backend)
    {
        var inst = Build(backend);
        Assert.Equal(1, Run32(inst, "selEqz32", 1, 2, 0));
        Assert.Equal(2, Run32(inst, "selEqz32", 1, 2, 7));
        int Sel64(long c) => Call(inst, "selEqz64", Value.I32(1), Value.I32(2), Value.I64(c))[0].AsI32();
        Assert.Equal(1, Sel64(0));
        Assert.Equal(2, Sel64(1L << 32)); // low half zero: still non-zero
        Assert.Equal(2, Sel64(-1));
        Assert.Equal(10, Call(inst, "selEqzConst", Value.I32(3), Value.I64(0))[0].AsI32());
        Assert.Equal(3, Call(inst, "selEqzConst", Value.I32(3), Value.I64(1L << 40))[0].AsI32());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void CounterAndBranch(Backend backend)
    {
        var inst = Build(backend);
        Assert.Equal(5, Run32(inst, "countDown", 5));
        Assert.Equal(4, Run32(inst, "countTo12", 0));
        Assert.Equal(1, Run32(inst, "countTo12", 9));
        Assert.Equal(5, Run32(inst, "countTo12", -3)); // wraps through 0
        Assert.Equal(0, Run32(inst, "countDownBy4", 12));
    }

    [Fact]
    public void VerifierChecksFusedOps()
    {
        static LoweredFunction F(params Inst[] code) => new()
        {
            Code = [.. code, new Inst { Op = Op.FellOffEnd }], BrTables = [], ParamSlots = 0, LocalSlots = 1, FrameSlots = 4, HasRefLocals = false,
        };
        Lowerer.Verify(F(new Inst { Op = Op.I32AddAdd, A = 0, B = 1, C = 2, K = 3 }));
        Assert.Throws<InvalidOperationException>(() => Lowerer.Verify(F(new Inst { Op = Op.I32AddAdd, A = 0, B = 1, C = 2, K = 4 })));
        Assert.Throws<InvalidOperationException>(() => Lowerer.Verify(F(new Inst { Op = Op.F64AddLoad, A = 0, B = 1, C = 4 })));
        Assert.Throws<InvalidOperationException>(() => Lowerer.Verify(F(new Inst { Op = Op.F64MulStore, A = 4, B = 1, C = 2 })));
        Assert.Throws<InvalidOperationException>(() => Lowerer.Verify(F(new Inst { Op = Op.F64AddLoadStore, A = 0, B = 5 })));
        Assert.Throws<InvalidOperationException>(() => Lowerer.Verify(F(new Inst { Op = Op.I32ShlImmAdd, A = 0, B = 1, C = 9 })));
        Assert.Throws<InvalidOperationException>(() => Lowerer.Verify(F(new Inst { Op = Op.SelectNz64, A = 0, B = 1, C = 2, K = 4 })));
        Assert.Throws<InvalidOperationException>(() => Lowerer.Verify(F(new Inst { Op = Op.I32AddImmBrNz, A = 7, B = 0, C = 0 })));
        Assert.Throws<InvalidOperationException>(() => Lowerer.Verify(F(new Inst { Op = Op.I32AddImmBrNeImm, A = 0, B = 0, C = 4 })));
    }
}
