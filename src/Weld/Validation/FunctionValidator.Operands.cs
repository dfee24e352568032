using Weld.Syntax;

namespace Weld.Validation;

/// <summary>
/// The operand stack: pushes and the spec's pops. An instruction's operands are popped together where it has several,
/// so that a mismatch can say, as the reference interpreter does, what the instruction requires and what the stack
/// has (the top values of the current block, as many as required and available): "type mismatch: instruction requires
/// [i32 i32] but stack has [i64 i32]". The spec tests match messages by prefix, so "type mismatch" alone still matches.
/// </summary>
internal sealed partial class FunctionValidator
{
    /// <summary>Room to join an instruction's operand types (e.g. a call's parameters and a table index).</summary>
    private ValType[] operandTypes = new ValType[8];

    private void Push(ValType t)
    {
        if (valCount == vals.Length) Array.Resize(ref vals, vals.Length * 2);
        vals[valCount++] = t;
    }

    private void Push(ValueKind k) => Push(KindTypes[(int)k]);

    private void PushVals(ValType[] types)
    {
        foreach (var t in types) Push(t);
    }

    /// <summary>pop_val(): Unknown when the current frame's part of the stack is empty and polymorphic.</summary>
    private ValType Pop()
    {
        ref readonly var top = ref ctrls[ctrlCount - 1];
        if (valCount == top.Height)
        {
            if (top.Unreachable) return Unknown;
            ValidationErrors.TypeMismatch();
        }
        return vals[--valCount];
    }

    /// <summary>pop_val(expect) for a number or vector kind (the operator table's): returns the actual type (Unknown stays Unknown).</summary>
    private ValType Pop(ValueKind expect)
    {
        ref readonly var top = ref ctrls[ctrlCount - 1];
        if (valCount == top.Height)
        {
            if (top.Unreachable) return Unknown;
            ValidationErrors.OperandMismatch([KindTypes[(int)expect]], []);
        }
        var actual = vals[valCount - 1];
        if (actual.Kind != 0 && (actual.Kind != expect || actual.IsReference)) ValidationErrors.OperandMismatch([KindTypes[(int)expect]], [actual]);
        valCount--;
        return actual;
    }

    /// <summary>pop_val(expect) with subtyping: returns the actual type (Unknown stays Unknown).</summary>
    private ValType Pop(ValType expect)
    {
        ref readonly var top = ref ctrls[ctrlCount - 1];
        if (valCount == top.Height)
        {
            if (top.Unreachable) return Unknown;
            ValidationErrors.OperandMismatch([expect], []);
        }
        var actual = vals[valCount - 1];
        if (!Subtyping.Matches(actual, expect, c.TypeIds)) ValidationErrors.OperandMismatch([expect], [actual]);
        valCount--;
        return actual;
    }

    /// <summary>pop_ref(): a reference (or Unknown).</summary>
    private ValType PopRef()
    {
        var actual = Pop();
        if (actual.Kind != 0 && !actual.IsReference) ValidationErrors.TypeMismatch();
        return actual;
    }

    /// <summary>pop_vals(types), the last type on top; returns how many values left the stack (fewer than required
    /// only in a polymorphic frame).</summary>
    private int PopVals(ReadOnlySpan<ValType> types)
    {
        ref readonly var top = ref ctrls[ctrlCount - 1];
        int n = types.Length, found = Math.Min(n, valCount - top.Height);
        bool fits = found == n || top.Unreachable;
        for (int i = 0; fits && i < found; i++) fits = Subtyping.Matches(vals[valCount - found + i], types[n - found + i], c.TypeIds);
        if (!fits) ValidationErrors.OperandMismatch(types, vals.AsSpan(valCount - found, found));
        valCount -= found;
        return found;
    }

    private int PopVals(ValType[] types) => PopVals(types.AsSpan());

    /// <summary>Pops <paramref name="types"/> with <paramref name="last"/> on top (a condition, a table index, a
    /// function reference), as one instruction's operands.</summary>
    private void PopVals(ValType[] types, ValType last)
    {
        int n = types.Length + 1;
        if (operandTypes.Length < n) operandTypes = new ValType[n * 2];
        types.CopyTo(operandTypes, 0);
        operandTypes[n - 1] = last;
        PopVals(operandTypes.AsSpan(0, n));
    }

    private void PopOperands(in OpSignature sig)
    {
        switch (sig.ParamCount)
        {
            case 3: PopVals([KindTypes[(int)sig.P0], KindTypes[(int)sig.P1], KindTypes[(int)sig.P2]]); break;
            case 2: PopVals([KindTypes[(int)sig.P0], KindTypes[(int)sig.P1]]); break;
            case 1: Pop(sig.P0); break;
        }
    }

    /// <summary>As <see cref="PopOperands"/> for a memory access, whose first operand is an address of the memory's
    /// address type (i64 for a memory64 memory) whatever the table says.</summary>
    private void PopMemoryOperands(in OpSignature sig, ValueKind address)
    {
        switch (sig.ParamCount)
        {
            case 3: PopVals([KindTypes[(int)address], KindTypes[(int)sig.P1], KindTypes[(int)sig.P2]]); break;
            case 2: PopVals([KindTypes[(int)address], KindTypes[(int)sig.P1]]); break;
            case 1: Pop(address); break;
        }
    }
}
