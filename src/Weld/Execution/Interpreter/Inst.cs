using System.Runtime.InteropServices;

namespace Weld.Execution.Interpreter;

/// <summary>One lowered instruction. Slot operands are indexes relative to the frame base (locals first, then
/// operands); their meaning per opcode is documented on <see cref="Op"/>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Inst
{
    public Op Op;
    public int A;
    public int B;
    public int C;
    public ulong K;

    public override readonly string ToString() => $"{Op} A={A} B={B} C={C} K={K}";
}

/// <summary>A function body lowered for the interpreter; shared by every instance of the module.</summary>
internal sealed class LoweredFunction
{
    public required Inst[] Code { get; init; }
    /// <summary>Branch targets of br_table instructions.</summary>
    public required int[] BrTables { get; init; }
    public required int ParamSlots { get; init; }
    /// <summary>Slots of parameters and locals; operands start here.</summary>
    public required int LocalSlots { get; init; }
    /// <summary>Every slot the frame may touch: locals plus the largest operand height.</summary>
    public required int FrameSlots { get; init; }
    /// <summary>Whether some non-parameter local is a reference (its ref must be cleared on entry).</summary>
    public required bool HasRefLocals { get; init; }
    /// <summary>The try_table catch clauses, innermost try_table first and each one's clauses in order; null if none.</summary>
    public Handler[]? Handlers { get; init; }
    /// <summary>Slots cleared on entry: the declared locals and the hidden zero slot (LocalSlots - ParamSlots).</summary>
    public int ClearSlots => LocalSlots - ParamSlots;
}

/// <summary>One catch clause of a try_table or a legacy try: it covers the instructions in [Start, End); an exception
/// whose tag is tag index <see cref="Tag"/> of the module (or any, when -1) lands with its payload at slot
/// <see cref="Dest"/> and the exnref after it when <see cref="WithRef"/> (before it when <see cref="RefFirst"/>: a legacy
/// catch keeps the exception below its payload for rethrow), <see cref="Slots"/> slots in all, and continues at
/// <see cref="Stub"/>. A legacy delegate is a clause that catches nothing but hands the search on to the try at control
/// depth <see cref="DelegateTo"/>: clauses deeper than that are skipped.</summary>
internal sealed class Handler
{
    public int Start;
    public int End;
    public int Tag;
    public bool WithRef;
    public bool RefFirst;
    public int Dest;
    public int Slots;
    public int Stub;
    /// <summary>The control depth (index in the function's control stack) of the try the clause belongs to.</summary>
    public int Depth;
    public bool IsDelegate;
    public int DelegateTo;
}
