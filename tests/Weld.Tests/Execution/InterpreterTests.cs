using Weld.Syntax;
using Weld.Tests.Support;
using static Weld.Syntax.Opcode;
using static Weld.Tests.Execution.ModuleBuilder;

namespace Weld.Tests.Execution;

public class InterpreterTests
{
    private static Function Fn(Instance i, string name) => i.GetFunction(name)!;

    private static int Run32(Instance inst, string name, params int[] args) =>
        Fn(inst, name).Invoke(args.Select(Value.I32).ToArray())[0].AsI32();

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ArithmeticLocalsAndConstants(Backend backend)
    {
        var b = new ModuleBuilder();
        // (a + b) * 3 - a, with a local tee and imm forms on both sides
        b.Func([I32, I32], [I32], [Get(0), Get(1), I(I32Add), Const(3), I(I32Mul), Tee(2), Get(0), I(I32Sub)], "f", [I32]);
        // 10 - x (constant on the left of a non-commutative op), and 7 + x (commuted)
        b.Func([I32], [I32], [Const(10), Get(0), I(I32Sub), Const(7), Get(0), I(I32Add), I(I32Add)], "g");
        // swap through locals: local.get 0; local.get 1; local.set 0; local.set 1; a*10 + b after swap
        b.Func([I32, I32], [I32], [Get(0), Get(1), Set(0), Set(1), Get(0), Const(10), I(I32Mul), Get(1), I(I32Add)], "swap");
        // pending read of a local survives an overwrite: x; (x = x + 1); x_old - x_new = -1
        b.Func([I32], [I32], [Get(0), Get(0), Const(1), I(I32Add), Set(0), Get(0), I(I32Sub)], "hazard");
        var inst = b.Instantiate(new Store(Engines.Create(backend)));
        Assert.Equal(13, Run32(inst, "f", 2, 3));
        Assert.Equal(10 - 4 + 7 + 4, Run32(inst, "g", 4));
        Assert.Equal(21, Run32(inst, "swap", 1, 2));
        Assert.Equal(-1, Run32(inst, "hazard", 41));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void LoopsAndRecursion(Backend backend)
    {
        var b = new ModuleBuilder();
        // sum 1..n with block/loop/br_if
        b.Func([I32], [I32], [
            I(Block, BlockTypes.Empty),
            I(Loop, BlockTypes.Empty),
            Get(0), I(I32Eqz), I(BrIf, 1),
            Get(1), Get(0), I(I32Add), Set(1),
            Get(0), Const(1), I(I32Sub), Set(0),
            I(Br, 0),
            I(End), I(End), Get(1)], "sum", [I32]);
        // fib(n) = n < 2 ? n : fib(n-1) + fib(n-2)
        int fib = b.Def.ImportedFunctionCount + b.Def.Functions.Count;
        b.Func([I32], [I32], [
            Get(0), Const(2), I(I32LtS), I(If, BlockTypes.OfValue(I32)), Get(0),
            I(Else), Get(0), Const(1), I(I32Sub), Call(fib), Get(0), Const(2), I(I32Sub), Call(fib), I(I32Add), I(End)], "fib");
        var inst = b.Instantiate(new Store(Engines.Create(backend)));
        Assert.Equal(5050, Run32(inst, "sum", 100));
        Assert.Equal(0, Run32(inst, "sum", 0));
        Assert.Equal(6765, Run32(inst, "fib", 20));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void MultiValueBlocksCallsAndBranches(Backend backend)
    {
        var b = new ModuleBuilder();
        int pair = b.Type([I32], [I32, I32]);
        int swap = b.Func([I32, I32], [I32, I32], [Get(1), Get(0)]);
        // block (param i32) (result i32 i32): duplicates its argument, then an extra value is dropped by br.
        b.Func([I32], [I32], [
            Const(99), Get(0),
            I(Block, pair), Tee(1), Get(1), Const(5), I(Br, 0), I(End),
            I(Drop), Const(100), I(I32Mul), Get(1), I(I32Add), I(I32Add)], "blk", [I32]);
        b.Func([I32, I32], [I32], [Get(0), Get(1), Call(swap), I(I32Sub)], "callswap");
        // return from inside nested blocks with values to discard below
        b.Func([I32], [I32], [Const(1), Const(2), I(Block, BlockTypes.Empty), Get(0), I(Return), I(End), I(Drop)], "ret");
        var inst = b.Instantiate(new Store(Engines.Create(backend)));
        Assert.Equal(99 + 7 * 100 + 7, Run32(inst, "blk", 7));
        Assert.Equal(10 - 3, Run32(inst, "callswap", 3, 10));
        Assert.Equal(42, Run32(inst, "ret", 42));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void BrTableSelectsTargetsAndCarriesValues(Backend backend)
    {
        var b = new ModuleBuilder();
        // block $d (result i32) block $1 (result i32) block $0 (result i32)
        //   i32.const 100  local.get 0  br_table $0 $1 $d
        // end  i32.const 10 i32.add  end  i32.const 20 i32.add  end
        int r = BlockTypes.OfValue(I32);
        b.Func([I32], [I32], [
            I(Block, r), I(Block, r), I(Block, r),
            Const(7), Const(100), Get(0), I(BrTable, 0, 2),
            I(End), Const(10), I(I32Add),
            I(End), Const(20), I(I32Add),
            I(End)], "bt", brTables: [0, 1, 2]);
        var inst = b.Instantiate(new Store(Engines.Create(backend)));
        Assert.Equal(130, Run32(inst, "bt", 0));
        Assert.Equal(120, Run32(inst, "bt", 1));
        Assert.Equal(100, Run32(inst, "bt", 2));
        Assert.Equal(100, Run32(inst, "bt", -1));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TrapsCarryTheSpecMessage(Backend backend)
    {
        var b = new ModuleBuilder();
        b.Func([I32, I32], [I32], [Get(0), Get(1), I(I32DivS)], "div");
        b.Func([I32, I32], [I32], [Get(0), Get(1), I(I32RemS)], "rem");
        b.Func([], [], [I(Unreachable)], "unreachable");
        b.Func([F64], [I32], [Get(0), I(I32TruncF64S)], "trunc");
        var inst = b.Instantiate(new Store(Engines.Create(backend)));
        Assert.Equal("integer divide by zero", Assert.Throws<TrapException>(() => Run32(inst, "div", 1, 0)).Message);
        Assert.Equal(TrapCode.IntegerOverflow, Assert.Throws<TrapException>(() => Run32(inst, "div", int.MinValue, -1)).Code);
        Assert.Equal(0, Run32(inst, "rem", int.MinValue, -1));
        var e = Assert.Throws<TrapException>(() => Fn(inst, "unreachable").Invoke());
        Assert.Equal(TrapCode.Unreachable, e.Code);
        Assert.NotEmpty(e.WasmBacktrace);
        Assert.Equal(TrapCode.InvalidConversionToInteger, Assert.Throws<TrapException>(() => Fn(inst, "trunc").Invoke(Value.F64(double.NaN))).Code);
        Assert.Equal(-3, Fn(inst, "trunc").Invoke(Value.F64(-3.9))[0].AsI32());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void FloatsKeepBits(Backend backend)
    {
        var b = new ModuleBuilder();
        b.Func([F32], [F32], [Get(0), I(F32Neg)], "neg");
        b.Func([F64, F64], [F64], [Get(0), Get(1), I(F64Min)], "min");
        b.Func([I64], [F32], [Get(0), I(F32ConvertI64U)], "cvt");
        b.Func([F32], [I32], [Get(0), I(I32ReinterpretF32)], "bits");
        var inst = b.Instantiate(new Store(Engines.Create(backend)));
        Assert.Equal(0xFFA0_0001u, Fn(inst, "neg").Invoke(Value.F32Bits(0x7FA0_0001))[0].AsF32Bits());
        Assert.True(double.IsNegative(Fn(inst, "min").Invoke(Value.F64(0.0), Value.F64(-0.0))[0].AsF64()));
        Assert.Equal(0x5F00_0001u, Fn(inst, "cvt").Invoke(Value.I64(unchecked((long)0x8000_0080_0000_0001ul)))[0].AsF32Bits());
        Assert.Equal(0x7FA0_0001, Fn(inst, "bits").Invoke(Value.F32Bits(0x7FA0_0001))[0].AsI32());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void GlobalsSelectAndReferences(Backend backend)
    {
        var b = new ModuleBuilder();
        b.Global(I64, true, Const(5L), "g");
        b.Func([I64], [I64], [I(GlobalGet, 0), Get(0), I(I64Add), I(GlobalSet, 0), I(GlobalGet, 0)], "bump");
        b.Func([I32, I32, I32], [I32], [Get(0), Get(1), Get(2), I(Select)], "sel");
        b.Func([ExternRef, ExternRef, I32], [ExternRef], [Get(0), Get(1), Get(2), I(SelectT, (int)ValueKind.ExternRef)], "selref");
        b.Func([ExternRef], [I32], [Get(0), I(RefIsNull)], "isnull");
        var inst = b.Instantiate(new Store(Engines.Create(backend)));
        Assert.Equal(12L, Fn(inst, "bump").Invoke(Value.I64(7))[0].AsI64());
        Assert.Equal(12L, inst.GetGlobal("g")!.Value.AsI64());
        Assert.Equal(1, Run32(inst, "sel", 1, 2, 5));
        Assert.Equal(2, Run32(inst, "sel", 1, 2, 0));
        var x = new object();
        var y = new object();
        Assert.Same(y, Fn(inst, "selref").Invoke(Value.ExternRef(x), Value.ExternRef(y), Value.I32(0))[0].AsExternRef());
        Assert.Equal(1, Fn(inst, "isnull").Invoke(Value.NullExternRef)[0].AsI32());
        Assert.Equal(0, Fn(inst, "isnull").Invoke(Value.ExternRef(x))[0].AsI32());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void IfElseResultThenLocalSet(Backend backend)
    {
        // Regression: the value computed by the else arm must not be written straight into the local when the
        // then arm jumps to the same end (the end is a join point).
        var b = new ModuleBuilder();
        int r = BlockTypes.OfValue(I32);
        b.Func([I32], [I32], [
            Get(0), I(If, r), Get(0), Const(10), I(I32Add), I(Else), Get(0), Const(20), I(I32Add), I(End),
            Set(1), Get(1)], "f", [I32]);
        var inst = b.Instantiate(new Store(Engines.Create(backend)));
        Assert.Equal(15, Run32(inst, "f", 5));
        Assert.Equal(20, Run32(inst, "f", 0));
    }
}
