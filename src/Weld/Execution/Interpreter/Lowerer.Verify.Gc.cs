namespace Weld.Execution.Interpreter;

/// <summary>Verification of the GC ops (see <see cref="Lowerer.Verify"/>): the frame slots each reads or writes.</summary>
internal sealed partial class Lowerer
{
    /// <summary>Checks a GC op; false for any other op.</summary>
    private static bool CheckGc(int n, Inst[] code, in Inst i)
    {
        switch (i.Op)
        {
            case Op.Gc: Slots(n, i.B, Math.Max((int)(i.K >> 32), 1)); return true;
            case Op.StructGet or Op.StructGetS or Op.StructGetRef or Op.ArrayLen or Op.RefI31 or Op.I31GetS or Op.I31GetU:
            case Op.RefTestAbstract or Op.RefTestConcrete or Op.RefCastAbstract or Op.RefCastConcrete:
            case Op.StructSet or Op.StructSetRef:
                Slots(n, i.A, 1);
                Slots(n, i.B, 1);
                return true;
            case Op.StructNew: Slots(n, i.B, Math.Max(i.C, 1)); return true;
            case Op.StructGet2: Slots(n, i.A, 2); Slots(n, i.B, 1); return true;
            case Op.StructSet2: Slots(n, i.A, 1); Slots(n, i.B, 2); return true;
            case >= Op.ArrayGetU8 and <= Op.ArrayGet64:
            case >= Op.ArraySet8 and <= Op.ArraySet64:
            case Op.ArrayGetRef or Op.RefEq or Op.ArraySetRef:
                Slots(n, i.A, 1);
                Slots(n, i.B, 1);
                Slots(n, i.C, 1);
                return true;
            case Op.ArrayGet2: Slots(n, i.A, 2); Slots(n, i.B, 1); Slots(n, i.C, 1); return true;
            case Op.ArraySet2: Slots(n, i.A, 1); Slots(n, i.B, 1); Slots(n, i.C, 2); return true;
            case Op.BrOnCastAbstract or Op.BrOnCastConcrete: Target(code, i.A); Slots(n, i.B, 1); return true;
            default: return false;
        }
    }
}
