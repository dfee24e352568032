using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Validation;

/// <summary>Parametric, variable, table and reference instructions.</summary>
internal sealed partial class FunctionValidator
{
    /// <summary>Validates one of these instructions; false if <paramref name="ins"/> is not one.</summary>
    private bool Variable(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.Drop:
                Pop();
                return true;
            case Opcode.Select:
                Select();
                return true;
            case Opcode.SelectT:
            {
                // The decoder stores the single type's kind in A; any other arity leaves no valid kind there.
                if (!IsValueKind(ins.A)) ValidationErrors.Throw(Messages.InvalidResultArity);
                var t = (ValueKind)ins.A;
                Pop(ValueKind.I32);
                Pop(t);
                Pop(t);
                Push(t);
                return true;
            }
            case Opcode.LocalGet:
                Push(LocalAt(ins.A));
                return true;
            case Opcode.LocalSet:
                Pop(LocalAt(ins.A));
                return true;
            case Opcode.LocalTee:
            {
                var t = LocalAt(ins.A);
                Pop(t);
                Push(t);
                return true;
            }
            case Opcode.GlobalGet:
                Push(c.GlobalAt(ins.A).ValType.Kind);
                return true;
            case Opcode.GlobalSet:
            {
                var g = c.GlobalAt(ins.A);
                if (!g.Mutable) ValidationErrors.Throw(Messages.GlobalImmutable);
                Pop(g.ValType.Kind);
                return true;
            }
            case Opcode.RefNull:
                Push(RefKindOf(ins.A));
                return true;
            case Opcode.RefIsNull:
            {
                var t = Pop();
                if (t is not (Unknown or ValueKind.FuncRef or ValueKind.ExternRef or ValueKind.ExnRef)) ValidationErrors.TypeMismatch();
                Push(ValueKind.I32);
                return true;
            }
            case Opcode.RefFunc:
                c.FunctionAt(ins.A);
                if (!c.Refs[ins.A]) ValidationErrors.Throw(Messages.UndeclaredFunctionReference);
                Push(ValueKind.FuncRef);
                return true;
            default:
                return Table(in ins);
        }
    }

    /// <summary>Untyped select: both operands numeric or both vectors, and equal unless one is Unknown.</summary>
    private void Select()
    {
        Pop(ValueKind.I32);
        var t1 = Pop();
        var t2 = Pop();
        bool numeric = IsNumericOrUnknown(t1) && IsNumericOrUnknown(t2);
        bool vector = (t1 is Unknown or ValueKind.V128) && (t2 is Unknown or ValueKind.V128);
        if (!numeric && !vector) ValidationErrors.TypeMismatch();
        if (t1 != t2 && t1 != Unknown && t2 != Unknown) ValidationErrors.TypeMismatch();
        Push(t1 == Unknown ? t2 : t1);
    }

    private static bool IsNumericOrUnknown(ValueKind k) =>
        k is Unknown or ValueKind.I32 or ValueKind.I64 or ValueKind.F32 or ValueKind.F64;

    private ValueKind LocalAt(int index)
    {
        if ((uint)index >= (uint)localCount) ValidationErrors.Unknown(Messages.UnknownLocal, (uint)index);
        return locals[index];
    }

    private bool Table(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.TableGet:
            {
                var elem = c.TableAt(ins.A).ElementType.Kind;
                Pop(ValueKind.I32);
                Push(elem);
                return true;
            }
            case Opcode.TableSet:
            {
                var elem = c.TableAt(ins.A).ElementType.Kind;
                Pop(elem);
                Pop(ValueKind.I32);
                return true;
            }
            case Opcode.TableSize:
                c.TableAt(ins.A);
                Push(ValueKind.I32);
                return true;
            case Opcode.TableGrow:
            {
                var elem = c.TableAt(ins.A).ElementType.Kind;
                Pop(ValueKind.I32);
                Pop(elem);
                Push(ValueKind.I32);
                return true;
            }
            case Opcode.TableFill:
            {
                var elem = c.TableAt(ins.A).ElementType.Kind;
                Pop(ValueKind.I32);
                Pop(elem);
                Pop(ValueKind.I32);
                return true;
            }
            case Opcode.TableCopy:
            {
                var dst = c.TableAt(ins.A).ElementType;
                var src = c.TableAt(ins.B).ElementType;
                if (dst != src) ValidationErrors.TypeMismatch();
                PopI32s(3);
                return true;
            }
            case Opcode.TableInit:
            {
                // Spec order: the table, then the segment ("unknown table 0" wins over a bad segment index).
                var table = c.TableAt(ins.B).ElementType;
                var elem = c.ElemAt(ins.A);
                if (table != elem) ValidationErrors.TypeMismatch();
                PopI32s(3);
                return true;
            }
            case Opcode.ElemDrop:
                c.ElemAt(ins.A);
                return true;
            default:
                return false;
        }
    }

    private void PopI32s(int n)
    {
        for (int i = 0; i < n; i++) Pop(ValueKind.I32);
    }
}
