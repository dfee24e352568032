using System.Reflection;
using System.Reflection.Emit;
using Weld.Syntax;

namespace Weld.Execution.Compiler;

internal sealed partial class FunctionCompiler
{
    /// <summary>A scalar numeric instruction: a call to its method in the semantics shared with the interpreter,
    /// which the JIT inlines.</summary>
    private bool Numeric(in Instr ins)
    {
        var method = NumericMethod(ins.Op);
        if (method is null) return false;
        int n = method.GetParameters().Length;
        if (NumericIl.RecipeFor(ins.Op) is { } recipe)
        {
            PopToIl(n);
            recipe(_il);
            if (RotateFeedsATest(ins.Op)) _il.Emit(OpCodes.Call, ins.Op is Opcode.I32Rotl or Opcode.I32Rotr ? s_opaque32 : s_opaque64);
        }
        else
        {
            PopOperandsForBranchingCode(n);
            if (CanTrap(ins.Op)) EmitFuelSync();
            _il.Emit(OpCodes.Call, method);
        }
        Push(KindOf(method.ReturnType));
        return true;
    }

    /// <summary>The numeric instructions that can trap: integer division and remainder (by zero, and the signed
    /// quotient's overflow) and the non-saturating float-to-integer truncations.</summary>
    private static bool CanTrap(Opcode op) =>
        op is Opcode.I32DivS or Opcode.I32DivU or Opcode.I32RemS or Opcode.I32RemU
            or Opcode.I64DivS or Opcode.I64DivU or Opcode.I64RemS or Opcode.I64RemU
            or (>= Opcode.I32TruncF32S and <= Opcode.I32TruncF64U) or (>= Opcode.I64TruncF32S and <= Opcode.I64TruncF64U);

    /// <summary>The opcode after the instruction being translated (<see cref="Opcode.End"/> after the last).</summary>
    private Opcode _nextOp;

    private static readonly MethodInfo s_opaque32 = typeof(JitWorkarounds).GetMethod(nameof(JitWorkarounds.Opaque), [typeof(uint)])!;
    private static readonly MethodInfo s_opaque64 = typeof(JitWorkarounds).GetMethod(nameof(JitWorkarounds.Opaque), [typeof(ulong)])!;

    /// <summary>Whether a rotation's result goes straight into a test or a local (from which the JIT may forward it
    /// into a test). The x64 JIT of .NET 10.0 branches on the flags a rotate instruction left, but ROL/ROR do not set
    /// ZF or SF, so `rotr; br_if` took stale flags (dotnet/runtime#129288, fixed upstream); passing the value through
    /// an opaque call there makes the JIT test it. Rotations feeding arithmetic, the common case, stay one instruction.</summary>
    private bool RotateFeedsATest(Opcode op) =>
        op is Opcode.I32Rotl or Opcode.I32Rotr or Opcode.I64Rotl or Opcode.I64Rotr
        && (_nextOp is >= Opcode.I32Eqz and <= Opcode.I64GeU
            or Opcode.BrIf or Opcode.If or Opcode.Select or Opcode.SelectT or Opcode.BrTable
            or Opcode.LocalSet or Opcode.LocalTee or Opcode.GlobalSet);

    /// <summary>The semantics method of a scalar numeric instruction (SIMD ones are translated in the SIMD part).</summary>
    private static MethodInfo? NumericMethod(Opcode op) =>
        InstructionSemantics.Of(op) is { Owner: var owner } semantics && owner == typeof(NumericSemantics) ? semantics.Method : null;

}
