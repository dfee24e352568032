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
                // The decoder stores the single type's kind in A (and the whole type in C); any other arity leaves
                // no valid kind there.
                if (!IsValueKind(ins.A) && ins.C == 0) ValidationErrors.Throw(Messages.InvalidResultArity);
                var t = ins.C != 0 ? ValType.Unpack(ins.C) : ValType.From((ValueKind)ins.A);
                c.CheckValType(t);
                PopVals([t, t, ValType.I32]);
                Push(t);
                return true;
            }
            case Opcode.LocalGet:
            {
                var t = LocalAt(ins.A);
                if (!localInit[ins.A]) ValidationErrors.Throw(Messages.UninitializedLocal);
                Push(t);
                return true;
            }
            case Opcode.LocalSet:
                Pop(LocalAt(ins.A));
                SetInitialized(ins.A);
                return true;
            case Opcode.LocalTee:
            {
                var t = LocalAt(ins.A);
                Pop(t);
                SetInitialized(ins.A);
                Push(t);
                return true;
            }
            case Opcode.GlobalGet:
                Push(c.GlobalAt(ins.A).ValType);
                return true;
            case Opcode.GlobalSet:
            {
                var g = c.GlobalAt(ins.A);
                if (!g.Mutable) ValidationErrors.Throw(c.Features == WasmFeatures.None ? Messages.GlobalImmutable : Messages.ImmutableGlobal);
                Pop(g.ValType);
                return true;
            }
            case Opcode.RefNull:
                Push(RefTypeOf(c, in ins));
                return true;
            case Opcode.RefIsNull:
                PopRef();
                Push(ValueKind.I32);
                return true;
            case Opcode.RefAsNonNull:
            {
                var t = PopRef();
                Push(t.Kind == 0 ? ValType.BotRef : t.WithNullable(false));
                return true;
            }
            case Opcode.RefFunc:
                c.FunctionAt(ins.A);
                if (!c.Refs[ins.A]) ValidationErrors.Throw(Messages.UndeclaredFunctionReference);
                Push(c.FunctionRefType(ins.A));
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
        bool vector = (t1.Kind is 0 or ValueKind.V128) && (t2.Kind is 0 or ValueKind.V128);
        if (!numeric && !vector) ValidationErrors.TypeMismatch();
        if (t1 != t2 && t1 != Unknown && t2 != Unknown) ValidationErrors.TypeMismatch();
        Push(t1 == Unknown ? t2 : t1);
    }

    private static bool IsNumericOrUnknown(ValType t) => t.Kind == 0 || t.IsNumeric;

    private ValType LocalAt(int index)
    {
        if ((uint)index >= (uint)localCount) ValidationErrors.Unknown(Messages.UnknownLocal, (uint)index);
        return locals[index];
    }

    /// <summary>Marks a local set; a non-defaultable one is recorded so that its frame's end unsets it again.</summary>
    private void SetInitialized(int index)
    {
        if (localInit[index]) return;
        localInit[index] = true;
        if (initCount == inits.Length) Array.Resize(ref inits, inits.Length * 2);
        inits[initCount++] = index;
    }

    private bool Table(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.TableGet:
            {
                var elem = c.TableAt(ins.A).ElementType;
                Pop(c.TableAddress(ins.A));
                Push(elem);
                return true;
            }
            case Opcode.TableSet:
            {
                var elem = c.TableAt(ins.A).ElementType;
                PopVals([KindTypes[(int)c.TableAddress(ins.A)], elem]);
                return true;
            }
            case Opcode.TableSize:
                Push(c.TableAddress(ins.A));
                return true;
            case Opcode.TableGrow:
            {
                var elem = c.TableAt(ins.A).ElementType;
                PopVals([elem, KindTypes[(int)c.TableAddress(ins.A)]]);
                Push(c.TableAddress(ins.A));
                return true;
            }
            case Opcode.TableFill:
            {
                var elem = c.TableAt(ins.A).ElementType;
                var at = KindTypes[(int)c.TableAddress(ins.A)];
                PopVals([at, elem, at]);
                return true;
            }
            case Opcode.TableCopy:
            {
                var dst = c.TableAt(ins.A).ElementType;
                var src = c.TableAt(ins.B).ElementType;
                if (!Subtyping.Matches(src, dst, c.TypeIds)) ValidationErrors.TypeMismatch();
                // table64: each index has its table's type; the length is i64 only when both are 64-bit.
                var (dstAt, srcAt) = (c.TableAddress(ins.A), c.TableAddress(ins.B));
                var length = dstAt == ValueKind.I64 && srcAt == ValueKind.I64 ? ValType.I64 : ValType.I32;
                PopVals([KindTypes[(int)dstAt], KindTypes[(int)srcAt], length]);
                return true;
            }
            case Opcode.TableInit:
            {
                // Spec order: the table, then the segment ("unknown table 0" wins over a bad segment index).
                var table = c.TableAt(ins.B).ElementType;
                var elem = c.ElemAt(ins.A);
                if (!Subtyping.Matches(elem, table, c.TypeIds)) ValidationErrors.TypeMismatch();
                PopVals([KindTypes[(int)c.TableAddress(ins.B)], ValType.I32, ValType.I32]);
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
