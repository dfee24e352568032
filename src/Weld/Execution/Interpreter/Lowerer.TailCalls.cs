using Weld.Syntax;

namespace Weld.Execution.Interpreter;

/// <summary>Lowering of tail calls (return_call, return_call_indirect, return_call_ref): the arguments are materialized in consecutive
/// homes, and the dispatch loop moves them to the frame's base and reuses the frame for the callee.</summary>
internal sealed partial class Lowerer
{
    /// <summary>Lowers a tail call with operation <paramref name="op"/>. <paramref name="indexSlot"/> is the slot of
    /// the table element index for an indirect call, or of the function reference for return_call_ref (null for a direct
    /// call), packed into K with the argument slot count and the references flag (see <see cref="Op.ReturnCallIndirect"/>);
    /// a direct call keeps the count in C and the flag in K.</summary>
    private void ReturnCall(FuncType type, Op op, int a, int c, int? indexSlot)
    {
        var kinds = Kinds(type.ParamArray);
        int n = Slots(kinds);
        bool refs = AnyRef(kinds);
        int argBase = PopMaterialized(type.ParamArray.Length);
        if (indexSlot is int idx) Emit(op, a, argBase, c, (uint)idx | ((ulong)n << 32) | (refs ? 1ul << 63 : 0));
        else Emit(op, a, argBase, n, refs ? 1ul : 0);
        _producer = -1;
        MarkDead();
    }

    /// <summary>The argument slot count packed in an indirect tail call's K.</summary>
    internal static int TailArgSlots(ulong k) => (int)((k >> 32) & 0x7fffffff);

    /// <summary>Whether an indirect tail call's K says the arguments include references.</summary>
    internal static bool TailArgRefs(ulong k) => (long)k < 0;
}
