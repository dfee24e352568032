using System.Reflection.Emit;
using Weld.Syntax;

namespace Weld.Execution.Compiler;

/// <summary>Typed function references: call_ref, return_call_ref, ref.as_non_null, br_on_null, br_on_non_null.</summary>
internal sealed partial class FunctionCompiler
{
    private bool TypedReference(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.CallRef:
                CallRef(ins.A);
                return true;
            case Opcode.ReturnCallRef:
                CallRef(ins.A, tail: true);
                return true;
            case Opcode.RefAsNonNull:
            {
                var kind = TopKind(0);
                PopToIl(1);
                CallReferences(nameof(CompiledReferences.AsNonNull));
                Push(kind);
                return true;
            }
            case Opcode.BrOnNull:
                BrOnNull(ins.A);
                return true;
            case Opcode.BrOnNonNull:
                BrOnNonNull(ins.A);
                return true;
            default:
                return false;
        }
    }

    /// <summary>call_ref, or return_call_ref when <paramref name="tail"/> (a real tail call, as return_call_indirect's
    /// once the reference is checked: a null one traps "null function reference").</summary>
    private void CallRef(int typeIndex, bool tail = false)
    {
        var sig = CompiledSignature.Of(_unit.Definition.FuncTypeAt(typeIndex));
        // The arguments wait in their homes while the callee is checked (that code branches).
        PopOperandsForBranchingCode(1);
        int args = _count - sig.Params.Length;
        CallReferences(nameof(CompiledReferences.Callee));
        if (tail) TailCallThrough(sig, args);
        else CallThrough(sig, args, fuelInStore: true);
    }

    /// <summary>br_on_null: branch with the values below the reference when it is null, else keep it.</summary>
    private void BrOnNull(int depth)
    {
        var target = Frame(depth);
        var kind = TopKind(0);
        var reference = Temp(kind);
        PopToIl(1);
        _il.Emit(OpCodes.Stloc, reference);
        _il.Emit(OpCodes.Ldloc, reference);
        BranchWhen(target, whenTrue: false);
        _il.Emit(OpCodes.Ldloc, reference);
        FreeTemp(kind, reference);
        Push(kind);
    }

    /// <summary>br_on_non_null: branch with the reference (in its home, as labels want) when it is not null, else
    /// drop it.</summary>
    private void BrOnNonNull(int depth)
    {
        var target = Frame(depth);
        HomeTopKeepingCopy();
        BranchWhen(target, whenTrue: true);
        Drop();
    }

    /// <summary>Puts the reference on top in its home, where a branch that keeps it finds it (labels want their
    /// values there), and leaves a copy on the IL stack to test.</summary>
    private void HomeTopKeepingCopy()
    {
        var kind = TopKind(0);
        var reference = Temp(kind);
        PopToIl(1);
        _il.Emit(OpCodes.Stloc, reference);
        _il.Emit(OpCodes.Ldloc, reference);
        _il.Emit(OpCodes.Stloc, Home(_count, kind));
        Push(kind, onIl: false);
        _il.Emit(OpCodes.Ldloc, reference);
        FreeTemp(kind, reference);
    }

    private void CallReferences(string name)
    {
        EmitFuelSync();
        _il.Emit(OpCodes.Call, Members.Method(typeof(CompiledReferences), name));
    }
}
