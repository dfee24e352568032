using Weld.Syntax;

namespace Weld.Execution;

/// <summary>
/// The fuel cost model, shared by both back ends so that they count the same by construction. Every instruction of a
/// body costs one unit. A body is cut into straight-line segments: one starts at the function's entry and right after
/// every instruction that branches or ends a block (<c>loop</c>, <c>if</c>, <c>else</c>, <c>end</c>, <c>br</c>,
/// <c>br_if</c>, <c>br_table</c>, <c>return</c>, <c>unreachable</c>, the tail calls), and it ends with the next such
/// instruction, inclusive. A call does not end a segment (the instructions after it were paid before it). A segment's
/// whole cost is charged when it starts, before any of its instructions runs; if the store's fuel is less than that,
/// execution traps with <see cref="TrapCode.OutOfFuel"/> and the fuel is left as it was.
/// </summary>
internal static class FuelCosts
{
    /// <summary>Per instruction index of <paramref name="body"/>: the cost of the segment that starts there, or 0 where
    /// none starts. A back end emits its charge when it reaches such an index in reachable code; the charge comes after
    /// any label that the previous instruction (a <c>loop</c>, <c>end</c> or <c>else</c>) placed, so branches to it
    /// pay too.</summary>
    public static int[] For(FunctionBody body)
    {
        var code = body.Code;
        var costs = new int[code.Length];
        int start = 0;
        for (int pc = 0; pc < code.Length; pc++)
        {
            if (!EndsSegment(code[pc].Op)) continue;
            costs[start] = pc - start + 1;
            start = pc + 1;
        }
        if (start < code.Length) costs[start] = code.Length - start;
        return costs;
    }

    /// <summary>Whether <paramref name="op"/> is the last instruction of its segment.</summary>
    public static bool EndsSegment(Opcode op) => op is Opcode.Loop or Opcode.If or Opcode.Else or Opcode.End
        or Opcode.Br or Opcode.BrIf or Opcode.BrTable or Opcode.Return or Opcode.Unreachable
        or Opcode.ReturnCall or Opcode.ReturnCallIndirect or Opcode.ReturnCallRef;
}
