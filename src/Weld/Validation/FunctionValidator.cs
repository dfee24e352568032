using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Validation;

/// <summary>
/// Validates function bodies with the spec's algorithm (appendix "Validation Algorithm"): an operand stack of value
/// kinds and a control stack of frames, both plain arrays reused across the bodies of one module. One pass per body,
/// no recursion (nesting depth is bounded only by the control array). It only accepts or rejects: the back ends
/// derive what they need while they translate.
/// </summary>
internal sealed partial class FunctionValidator(ModuleContext c)
{
    /// <summary>The spec's "Unknown" operand type of the polymorphic stack.</summary>
    private const ValueKind Unknown = 0;

    private struct Frame
    {
        public ValType[] Params;
        public ValType[] Results;
        /// <summary>Operand stack height at entry.</summary>
        public int Height;
        /// <summary>Block, Loop, If, Else, or Nop for the function's own frame.</summary>
        public Opcode Op;
        /// <summary>The spec's flag: the rest of this frame follows an unconditional branch.</summary>
        public bool Unreachable;
    }

    private ValueKind[] vals = new ValueKind[64];
    private int valCount;
    private Frame[] ctrls = new Frame[16];
    private int ctrlCount;
    private ValueKind[] locals = new ValueKind[16];
    private int localCount;
    private ValueKind[] scratch = new ValueKind[8];

    private int[] brTables = [];

    public void Validate(FuncType type, FunctionBody body)
    {
        var code = body.Code;
        brTables = body.BrTables;
        valCount = ctrlCount = 0;
        SetLocals(type.ParamArray, body.Locals);
        PushCtrl(Opcode.Nop, [], type.ResultArray);

        var table = OperatorSignatures.Table;
        for (int pc = 0; pc < code.Length; pc++)
        {
            // Code after the function's final end (the decoder normally rejects it first).
            if (ctrlCount == 0) ValidationErrors.Throw(Messages.EndOpcodeExpected);
            ref readonly var ins = ref code[pc];
            int op = (int)ins.Op;
            var sig = (uint)op < OperatorSignatures.Size ? table[op] : default;
            switch (sig.Class)
            {
                case OpClass.Simple:
                    if (sig.Lanes != 0) CheckLanes(in ins, sig.Lanes);
                    PopOperands(in sig);
                    if (sig.Result != 0) Push(sig.Result);
                    break;
                case OpClass.Memory:
                    CheckMemArg(in ins, sig.MaxAlign);
                    if (sig.Lanes != 0) CheckLanes(in ins, sig.Lanes);
                    PopOperands(in sig);
                    if (sig.Result != 0) Push(sig.Result);
                    break;
                case OpClass.Atomic:
                    CheckAtomicMemArg(in ins, sig.MaxAlign);
                    PopOperands(in sig);
                    if (sig.Result != 0) Push(sig.Result);
                    break;
                case OpClass.Special:
                    if (!Control(in ins) && !Exceptions(in ins) && !Variable(in ins)) Bulk(in ins);
                    break;
                default:
                    ValidationErrors.Throw($"{Messages.IllegalOpcode} {OpcodeNames.Of(ins.Op)}");
                    break;
            }
        }
        // A body that does not close its frames (the decoder normally rejects it first).
        if (ctrlCount != 0) ValidationErrors.Throw(Messages.EndOpcodeExpected);
    }

    private void SetLocals(ValType[] parameters, ValType[] declared)
    {
        localCount = parameters.Length + declared.Length;
        if (locals.Length < localCount) locals = new ValueKind[localCount];
        for (int i = 0; i < parameters.Length; i++) locals[i] = parameters[i].Kind;
        for (int i = 0; i < declared.Length; i++) locals[parameters.Length + i] = declared[i].Kind;
    }

    // ---- operand stack ----

    private void Push(ValueKind k)
    {
        if (valCount == vals.Length) Array.Resize(ref vals, vals.Length * 2);
        vals[valCount++] = k;
    }

    private void PushVals(ValType[] types)
    {
        foreach (var t in types) Push(t.Kind);
    }

    /// <summary>pop_val(): Unknown when the current frame's part of the stack is empty and polymorphic.</summary>
    private ValueKind Pop()
    {
        ref readonly var top = ref ctrls[ctrlCount - 1];
        if (valCount == top.Height)
        {
            if (top.Unreachable) return Unknown;
            ValidationErrors.TypeMismatch();
        }
        return vals[--valCount];
    }

    /// <summary>pop_val(expect): returns the actual type (Unknown stays Unknown).</summary>
    private ValueKind Pop(ValueKind expect)
    {
        var actual = Pop();
        if (actual != expect && actual != Unknown && expect != Unknown) ValidationErrors.TypeMismatch();
        return actual;
    }

    private void PopVals(ValType[] types)
    {
        for (int i = types.Length - 1; i >= 0; i--) Pop(types[i].Kind);
    }

    private void PopOperands(in OpSignature sig)
    {
        switch (sig.ParamCount)
        {
            case 3: Pop(sig.P2); Pop(sig.P1); Pop(sig.P0); break;
            case 2: Pop(sig.P1); Pop(sig.P0); break;
            case 1: Pop(sig.P0); break;
        }
    }

    // ---- control stack ----

    private void PushCtrl(Opcode op, ValType[] parameters, ValType[] results)
    {
        if (ctrlCount == ctrls.Length) Array.Resize(ref ctrls, ctrls.Length * 2);
        ctrls[ctrlCount++] = new Frame { Params = parameters, Results = results, Height = valCount, Op = op };
        PushVals(parameters);
    }

    private Frame PopCtrl()
    {
        ref readonly var top = ref ctrls[ctrlCount - 1];
        PopVals(top.Results);
        if (valCount != top.Height) ValidationErrors.TypeMismatch();
        return ctrls[--ctrlCount];
    }

    /// <summary>The spec's unreachable(): drop this frame's operands and make the stack polymorphic.</summary>
    private void MarkUnreachable()
    {
        ref var top = ref ctrls[ctrlCount - 1];
        valCount = top.Height;
        top.Unreachable = true;
    }

    /// <summary>Label types of the frame <paramref name="depth"/> levels out ("unknown label" if none).</summary>
    private ValType[] LabelTypes(int depth)
    {
        if ((uint)depth >= (uint)ctrlCount) ValidationErrors.Unknown(Messages.UnknownLabel, (uint)depth);
        ref readonly var f = ref ctrls[ctrlCount - 1 - depth];
        return f.Op == Opcode.Loop ? f.Params : f.Results;
    }

    // ---- types ----

    private static readonly ValType[][] SingleTypes = BuildSingles();

    private static ValType[][] BuildSingles()
    {
        var singles = new ValType[256][];
        foreach (var k in (ReadOnlySpan<ValueKind>)[ValueKind.I32, ValueKind.I64, ValueKind.F32, ValueKind.F64,
                     ValueKind.V128, ValueKind.FuncRef, ValueKind.ExternRef, ValueKind.ExnRef])
            singles[(int)k] = [ValType.From(k)];
        return singles;
    }

    /// <summary>The parameter and result types of a block type (without allocating for the single-value forms).</summary>
    private (ValType[] Params, ValType[] Results) BlockType(int blockType)
    {
        if (blockType == BlockTypes.Empty) return ([], []);
        if (blockType >= 0)
        {
            var ft = c.TypeAt(blockType);
            return (ft.ParamArray, ft.ResultArray);
        }
        int kind = blockType + 0x80;
        if (kind < 0 || SingleTypes[kind] is not { } single)
        {
            ValidationErrors.Throw(Messages.MalformedValueType);
            return default;
        }
        return ([], single);
    }

    /// <summary>The reference type named by a ref.null immediate.</summary>
    public static ValueKind RefKindOf(int heapType)
    {
        var k = (ValueKind)heapType;
        if (k is not (ValueKind.FuncRef or ValueKind.ExternRef or ValueKind.ExnRef)) ValidationErrors.Throw(Messages.MalformedReferenceType);
        return k;
    }

    private static bool IsValueKind(int k) => (uint)k < 256 && SingleTypes[k] is not null;
}
