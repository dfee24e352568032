using Weld.Syntax;
using Weld.Tests.Support;
using static Weld.Syntax.Opcode;
using static Weld.Tests.Execution.ModuleBuilder;

namespace Weld.Tests.Execution;

/// <summary>
/// The back end works out operand kinds and stack heights itself while it translates (the validator records
/// nothing): drop and select of every width and kind, values under block parameters, code after a branch.
/// </summary>
public class InterpreterKindsTests
{
    private static readonly ValType V128 = ValType.V128;

    private static Instr V128Const(ulong lo, ulong hi) => new(Opcode.V128Const, c: lo, d: hi);
    private static Instr Lane(Opcode op, int lane) => new(op, d: (ulong)lane);

    private static Value[] Call(Instance inst, string name, params Value[] args) => inst.GetFunction(name)!.Invoke(args);

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void SelectAndDropOfEveryKind(Backend backend)
    {
        var b = new ModuleBuilder();
        // A v128 takes two slots: an f64 dropped above one, then a select between two of them.
        b.Func([I32], [I64], [
            V128Const(1, 2), I(F64Const), I(Drop), V128Const(3, 4), Get(0), I(Select), Lane(I64x2ExtractLane, 1)], "v128");
        b.Func([I32], [I64], [I(F64Const), I(Drop), Const(7L), Const(9L), Get(0), I(Select)], "i64");
        b.Func([ExternRef, ExternRef, I32], [ExternRef], [Get(0), Get(1), Get(2), I(SelectT, (int)ValueKind.ExternRef)], "ref");
        // An i64 under a v128 that is dropped, then added to.
        b.Func([], [I64], [Const(40L), V128Const(5, 6), I(Drop), Const(2L), I(I64Add)], "under");
        var inst = b.Instantiate(new Store(Engines.Create(backend)));
        Assert.Equal(2, Call(inst, "v128", Value.I32(1))[0].AsI64());
        Assert.Equal(4, Call(inst, "v128", Value.I32(0))[0].AsI64());
        Assert.Equal(7, Call(inst, "i64", Value.I32(5))[0].AsI64());
        Assert.Equal(9, Call(inst, "i64", Value.I32(0))[0].AsI64());
        object a = "a", c = "c";
        Assert.Same(a, Call(inst, "ref", Value.ExternRef(a), Value.ExternRef(c), Value.I32(1))[0].AsExternRef());
        Assert.Same(c, Call(inst, "ref", Value.ExternRef(a), Value.ExternRef(c), Value.I32(0))[0].AsExternRef());
        Assert.Equal(42, Call(inst, "under")[0].AsI64());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void BlockParametersAndDeadCode(Backend backend)
    {
        var b = new ModuleBuilder();
        int t = b.Type([I64, I32], [I64]);
        // block (param i64 i32) (result i64): drop the i32, add 2 to the i64.
        b.Func([], [I64], [Const(5L), Const(6), I(Block, t), I(Drop), Const(2L), I(I64Add), I(End)], "params");
        // Code after br and inside a block opened in dead code is skipped; the end is still a join.
        b.Func([], [I32], [
            I(Block, BlockTypes.Empty), I(Br, 0), Const(1), I(Drop),
            I(Block, BlockTypes.Empty), Const(2), I(Drop), I(End), I(End), Const(42)], "dead");
        // A then-branch that ends in unreachable, an else that falls through.
        b.Func([I32], [I32], [Get(0), I(If, BlockTypes.OfValue(I32)), I(Unreachable), I(Else), Const(3), I(End)], "else");
        var inst = b.Instantiate(new Store(Engines.Create(backend)));
        Assert.Equal(7, Call(inst, "params")[0].AsI64());
        Assert.Equal(42, Call(inst, "dead")[0].AsI32());
        Assert.Equal(3, Call(inst, "else", Value.I32(0))[0].AsI32());
        Assert.Throws<TrapException>(() => Call(inst, "else", Value.I32(1)));
    }
}
