using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Validation;

/// <summary>Constant expressions that allocate (GC: struct.new, struct.new_default, array.new, array.new_default,
/// array.new_fixed, ref.i31, any.convert_extern, extern.convert_any). Each instruction is first checked to be constant
/// ("constant expression required"); the expression is then typed as a body of type [] -> [expected] by the function
/// validator, whose stack typing these instructions need.</summary>
internal static class GcConstantExpressions
{
    public static bool IsGcConstant(Opcode op) => op is Opcode.StructNew or Opcode.StructNewDefault or Opcode.ArrayNew
        or Opcode.ArrayNewDefault or Opcode.ArrayNewFixed or Opcode.RefI31 or Opcode.AnyConvertExtern or Opcode.ExternConvertAny;

    public static void Validate(ModuleContext c, Instr[] expr, ValType expected, int visibleGlobals)
    {
        bool extendedConst = (c.Features & WasmFeatures.ExtendedConst) != 0;
        int n = expr.Length;
        if (n > 0 && expr[n - 1].Op == Opcode.End) n--;
        for (int i = 0; i < n; i++)
        {
            ref readonly var ins = ref expr[i];
            switch (ins.Op)
            {
                case Opcode.I32Const or Opcode.I64Const or Opcode.F32Const or Opcode.F64Const or Opcode.V128Const or Opcode.RefNull:
                    break;
                case Opcode.RefFunc:
                    c.FunctionAt(ins.A);
                    break;
                case Opcode.GlobalGet:
                    if ((uint)ins.A >= (uint)visibleGlobals) ValidationErrors.Unknown(Messages.UnknownGlobal, (uint)ins.A);
                    if (c.Globals[ins.A].Mutable) ValidationErrors.Throw(Messages.ConstantExpressionRequired);
                    break;
                case Opcode.I32Add or Opcode.I32Sub or Opcode.I32Mul or Opcode.I64Add or Opcode.I64Sub or Opcode.I64Mul when extendedConst:
                    break;
                case var op when IsGcConstant(op):
                    break;
                default:
                    ValidationErrors.Throw(Messages.ConstantExpressionRequired);
                    break;
            }
        }
        var code = new Instr[n + 1];
        Array.Copy(expr, code, n);
        code[n] = new Instr(Opcode.End);
        new FunctionValidator(c).Validate(new FuncType([], [expected], true), new FunctionBody { Code = code });
    }
}
