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
    /// <summary>The spec's "Unknown" (bottom) operand type of the polymorphic stack: kind 0.</summary>
    private static readonly ValType Unknown = default;

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
        /// <summary>Height of <see cref="inits"/> at entry: locals set inside the frame become unset at its end.</summary>
        public int InitHeight;
    }

    private ValType[] vals = new ValType[64];
    private int valCount;
    private Frame[] ctrls = new Frame[16];
    private int ctrlCount;
    private ValType[] locals = new ValType[16];
    private int localCount;
    private ValType[] scratch = new ValType[8];
    private ValType[] results = [];
    /// <summary>Which locals are initialized (3.0: non-defaultable locals start unset), and the stack of those set
    /// since their frame began.</summary>
    private bool[] localInit = new bool[16];
    private int[] inits = new int[8];
    private int initCount;

    private int[] brTables = [];

    public void Validate(FuncType type, FunctionBody body)
    {
        var code = body.Code;
        brTables = body.BrTables;
        valCount = ctrlCount = initCount = 0;
        results = type.ResultArray;
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
                    PopMemoryOperands(in sig, c.MemoryAddress(ins.B));
                    if (sig.Result != 0) Push(sig.Result);
                    break;
                case OpClass.Atomic:
                    CheckAtomicMemArg(in ins, sig.MaxAlign);
                    PopMemoryOperands(in sig, c.MemoryAddress(ins.B));
                    if (sig.Result != 0) Push(sig.Result);
                    break;
                case OpClass.Special:
                    if (!Control(in ins) && !Exceptions(in ins) && !Variable(in ins) && !Gc(in ins)) Bulk(in ins);
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
        if (locals.Length < localCount)
        {
            locals = new ValType[localCount];
            localInit = new bool[localCount];
        }
        for (int i = 0; i < parameters.Length; i++)
        {
            locals[i] = parameters[i];
            localInit[i] = true;
        }
        for (int i = 0; i < declared.Length; i++)
        {
            c.CheckValType(declared[i]);
            locals[parameters.Length + i] = declared[i];
            localInit[parameters.Length + i] = declared[i].IsDefaultable;
        }
    }

    // ---- control stack ----

    private void PushCtrl(Opcode op, ValType[] parameters, ValType[] results)
    {
        if (ctrlCount == ctrls.Length) Array.Resize(ref ctrls, ctrls.Length * 2);
        ctrls[ctrlCount++] = new Frame { Params = parameters, Results = results, Height = valCount, Op = op, InitHeight = initCount };
        PushVals(parameters);
    }

    private Frame PopCtrl()
    {
        ref readonly var top = ref ctrls[ctrlCount - 1];
        int popped = PopVals(top.Results);
        // The message lists the frame's whole stack, the results just popped included (still in the array).
        if (valCount != top.Height) ValidationErrors.BlockMismatch(top.Results, vals.AsSpan(top.Height, valCount + popped - top.Height));
        while (initCount > top.InitHeight) localInit[inits[--initCount]] = false;
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
    private static readonly ValType[] KindTypes = BuildKindTypes();

    private static ValType[][] BuildSingles()
    {
        var singles = new ValType[256][];
        foreach (var k in (ReadOnlySpan<ValueKind>)[ValueKind.I32, ValueKind.I64, ValueKind.F32, ValueKind.F64,
                     ValueKind.V128, ValueKind.FuncRef, ValueKind.ExternRef, ValueKind.ExnRef, ValueKind.AnyRef])
            singles[(int)k] = [ValType.From(k)];
        return singles;
    }

    private static ValType[] BuildKindTypes()
    {
        var types = new ValType[256];
        foreach (var k in (ReadOnlySpan<ValueKind>)[ValueKind.I32, ValueKind.I64, ValueKind.F32, ValueKind.F64, ValueKind.V128])
            types[(int)k] = ValType.From(k);
        return types;
    }

    /// <summary>The parameter and result types of a block type (without allocating for the single-value forms).</summary>
    private (ValType[] Params, ValType[] Results) BlockType(in Instr ins)
    {
        int blockType = ins.A;
        if (blockType == BlockTypes.Empty) return ([], []);
        if (blockType >= 0)
        {
            var ft = c.TypeAt(blockType);
            return (ft.ParamArray, ft.ResultArray);
        }
        if (BlockTypes.IsPacked(blockType))
        {
            var t = ValType.Unpack(ins.C);
            c.CheckValType(t);
            return ([], [t]);
        }
        int kind = blockType + 0x80;
        if (kind < 0 || SingleTypes[kind] is not { } single)
        {
            ValidationErrors.Throw(Messages.MalformedValueType);
            return default;
        }
        return ([], single);
    }

    /// <summary>The reference type named by a ref.null immediate (A: its kind byte; C: the packed type, if any).</summary>
    public static ValType RefTypeOf(ModuleContext c, in Instr ins)
    {
        var k = (ValueKind)ins.A;
        if (ins.C == 0)
        {
            if (k is not (ValueKind.FuncRef or ValueKind.ExternRef or ValueKind.ExnRef or ValueKind.AnyRef))
                ValidationErrors.Throw(Messages.MalformedReferenceType);
            return ValType.From(k);
        }
        var t = ValType.Unpack(ins.C);
        c.CheckValType(t);
        return t;
    }

    private static bool IsValueKind(int k) => (uint)k < 256 && SingleTypes[k] is not null;
}
