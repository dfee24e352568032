using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Validation;

/// <summary>
/// Validates constant expressions (global initializers, segment offsets and element items).
/// WebAssembly 2.0 allows t.const, ref.null, ref.func and global.get of an imported immutable global.
/// The two knobs that later proposals change are parameters/flags here: <c>visibleGlobals</c> (3.0 lets an
/// initializer read any earlier global) and <see cref="WasmFeatures.ExtendedConst"/> (i32/i64 add, sub, mul).
/// </summary>
internal static class ConstantExpressions
{
    /// <summary>
    /// Checks that <paramref name="expr"/> (optionally ending with <c>end</c>) is constant and produces exactly
    /// one value of type <paramref name="expected"/>. Only globals below <paramref name="visibleGlobals"/> may be read.
    /// Constness is checked per instruction before the result type, as the spec tests expect
    /// (<c>(global i32 (nop))</c> is "constant expression required", not "type mismatch").
    /// </summary>
    public static void Validate(ModuleContext c, Instr[] expr, ValType expected, int visibleGlobals)
    {
        if (Array.Exists(expr, ins => GcConstantExpressions.IsGcConstant(ins.Op)))
        {
            GcConstantExpressions.Validate(c, expr, expected, visibleGlobals);
            return;
        }
        // A small operand stack: constant expressions are short (an extended one is as deep as it is long at most).
        bool extendedConst = (c.Features & WasmFeatures.ExtendedConst) != 0;
        Span<ValueKind> stack = extendedConst && expr.Length > 8 ? new ValueKind[expr.Length] : stackalloc ValueKind[8];
        int depth = 0;
        // The exact type of the value on top (3.0 reference types are more than their kind).
        ValType top = default;
        int n = expr.Length;
        if (n > 0 && expr[n - 1].Op == Opcode.End) n--;
        for (int i = 0; i < n; i++)
        {
            ref readonly var ins = ref expr[i];
            ValueKind pushed;
            ValType exact = default;
            switch (ins.Op)
            {
                case Opcode.I32Const: pushed = ValueKind.I32; break;
                case Opcode.I64Const: pushed = ValueKind.I64; break;
                case Opcode.F32Const: pushed = ValueKind.F32; break;
                case Opcode.F64Const: pushed = ValueKind.F64; break;
                case Opcode.V128Const: pushed = ValueKind.V128; break;
                case Opcode.RefNull:
                    exact = FunctionValidator.RefTypeOf(c, in ins);
                    pushed = exact.Kind;
                    break;
                case Opcode.RefFunc:
                    c.FunctionAt(ins.A);
                    exact = c.FunctionRefType(ins.A);
                    pushed = ValueKind.FuncRef;
                    break;
                case Opcode.GlobalGet:
                    if ((uint)ins.A >= (uint)visibleGlobals) ValidationErrors.Unknown(Messages.UnknownGlobal, (uint)ins.A);
                    var g = c.Globals[ins.A];
                    if (g.Mutable) ValidationErrors.Throw(Messages.ConstantExpressionRequired);
                    exact = g.ValType;
                    pushed = g.ValType.Kind;
                    break;
                case Opcode.I32Add or Opcode.I32Sub or Opcode.I32Mul when extendedConst:
                    pushed = Binary(stack, ref depth, ValueKind.I32);
                    break;
                case Opcode.I64Add or Opcode.I64Sub or Opcode.I64Mul when extendedConst:
                    pushed = Binary(stack, ref depth, ValueKind.I64);
                    break;
                default:
                    ValidationErrors.Throw(Messages.ConstantExpressionRequired);
                    return;
            }
            // Depth beyond the buffer only needs counting: any depth > 1 fails the final check.
            if (depth < stack.Length) stack[depth] = pushed;
            depth++;
            top = exact.Kind != 0 ? exact : ValType.From(pushed);
        }
        if (depth != 1 || stack[0] != expected.Kind || !Subtyping.Matches(top, expected, c.TypeIds)) ValidationErrors.TypeMismatch();
    }

    private static ValueKind Binary(Span<ValueKind> stack, ref int depth, ValueKind kind)
    {
        if (depth < 2 || depth > stack.Length || stack[depth - 1] != kind || stack[depth - 2] != kind)
            ValidationErrors.TypeMismatch();
        depth -= 2;
        return kind;
    }
}
