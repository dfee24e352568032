using Weld.Execution;
using Weld.Syntax;
using Weld.Validation;

namespace Weld.Tests.Execution;

/// <summary>The opcode-to-semantics lookup a compiling back end uses: complete, and every entry a real method.</summary>
public class InstructionSemanticsTests
{
    private static bool IsNumericOrSimd(Opcode op)
    {
        var sig = OperatorSignatures.Table[(int)op];
        // Atomics (even atomic.fence, a Simple signature) run through Execution.Atomics, not a semantics method.
        return OpcodeFamilies.IsSimd(op) ? op != Opcode.V128Const
            : sig.Class == OpClass.Simple && !OpcodeFamilies.IsAtomic(op)
              && op is not (Opcode.I32Const or Opcode.I64Const or Opcode.F32Const or Opcode.F64Const);
    }

    [Fact]
    public void EveryNumericAndSimdInstructionHasAMethodWithItsSignature()
    {
        foreach (var op in Enum.GetValues<Opcode>())
        {
            var s = InstructionSemantics.Of(op);
            if (!IsNumericOrSimd(op))
            {
                Assert.Null(s);
                continue;
            }
            Assert.NotNull(s);
            var m = s.Method;
            Assert.True(m.IsStatic && m.IsPublic, $"{op}: {s}");
            Assert.Equal(s.Parameters, m.GetParameters().Select(p => p.ParameterType));
            Assert.Equal(s.Result, m.ReturnType);
        }
    }

    [Fact]
    public void ScalarSemanticsAreNamedAfterTheOpcodeAndTakeTheOperands()
    {
        var add = InstructionSemantics.Of(Opcode.I32Add)!;
        Assert.Equal(typeof(NumericSemantics), add.Owner);
        Assert.Equal("I32Add", add.Name);
        Assert.Equal([typeof(uint), typeof(uint)], add.Parameters);
        Assert.Equal(7u, add.Method.Invoke(null, [3u, 4u]));
        var lt = InstructionSemantics.Of(Opcode.I64LtS)!;
        Assert.Equal([typeof(long), typeof(long)], lt.Parameters);
        Assert.Equal(typeof(int), lt.Result);
        Assert.Equal(1, lt.Method.Invoke(null, [-1L, 0L]));
        Assert.Equal(typeof(float), InstructionSemantics.Of(Opcode.F32ConvertI64U)!.Result);
        // One operand per wasm operand for scalar instructions.
        foreach (var op in Enum.GetValues<Opcode>())
            if (InstructionSemantics.Of(op) is { Owner: var owner } s && owner == typeof(NumericSemantics))
                Assert.Equal(OperatorSignatures.Table[(int)op].ParamCount, s.Parameters.Count);
    }

    [Fact]
    public void SimdLaneAndMemoryInstructionsTakeTheirExtraArguments()
    {
        var extract = InstructionSemantics.Of(Opcode.F32x4ExtractLane)!;
        Assert.Equal("F32x4ExtractLane", extract.Name);
        Assert.Equal([typeof(System.Runtime.Intrinsics.Vector128<byte>), typeof(int)], extract.Parameters);
        Assert.Equal(typeof(float), extract.Result);
        Assert.Equal([typeof(ulong)], InstructionSemantics.Of(Opcode.V128Load16x4S)!.Parameters);
        Assert.Equal(typeof(ushort), InstructionSemantics.Of(Opcode.V128Store16Lane)!.Result);
        Assert.Equal(3, InstructionSemantics.Of(Opcode.I8x16Shuffle)!.Parameters.Count);
    }
}
