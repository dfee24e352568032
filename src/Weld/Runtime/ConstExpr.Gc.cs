using Weld.Execution.Gc;
using Weld.Runtime.Gc;
using Weld.Syntax;

namespace Weld.Runtime;

/// <summary>GC's constant instructions: they allocate (struct.new, array.new ...), charged to the instance's store
/// as wasm code's allocations are, or convert a reference.</summary>
internal static partial class ConstExpr
{
    /// <summary>Runs one GC constant instruction on the evaluation stack; false for any other instruction.</summary>
    private static bool GcConstant(in Instr ins, ModuleInstance inst, Span<ulong> lo, Span<ulong> hi, object?[] refs, ref int sp)
    {
        switch (ins.Op)
        {
            case Opcode.StructNew:
            case Opcode.StructNewDefault:
            {
                var s = GcOps.NewStruct(inst.Store, inst.RuntimeTypes[ins.A]);
                if (ins.Op == Opcode.StructNew)
                {
                    var fields = s.Type.Definition.Composite.Fields;
                    sp -= fields.Length;
                    for (int i = 0; i < fields.Length; i++) SetField(s, i, fields[i], lo[sp + i], hi[sp + i], refs[sp + i]);
                }
                Push(refs, lo, ref sp, s);
                return true;
            }
            case Opcode.ArrayNew:
            {
                sp -= 2;
                uint length = (uint)lo[sp + 1];
                var type = inst.RuntimeTypes[ins.A];
                var a = type.ArrayStorage switch
                {
                    ArrayStorage.Ref => GcOps.ArrayNewRef(inst.Store, type, refs[sp], length),
                    ArrayStorage.V128 => GcOps.ArrayNewV128(inst.Store, type, lo[sp], hi[sp], length),
                    _ => GcOps.ArrayNew(inst.Store, type, lo[sp], length),
                };
                Push(refs, lo, ref sp, a);
                return true;
            }
            case Opcode.ArrayNewDefault:
                sp--;
                Push(refs, lo, ref sp, GcOps.ArrayNewDefault(inst.Store, inst.RuntimeTypes[ins.A], (uint)lo[sp]));
                return true;
            case Opcode.ArrayNewFixed:
            {
                int n = ins.B;
                sp -= n;
                var a = GcOps.ArrayNewDefault(inst.Store, inst.RuntimeTypes[ins.A], (uint)n);
                for (int i = 0; i < n; i++)
                {
                    switch (a.Type.ArrayStorage)
                    {
                        case ArrayStorage.Ref: a.Refs[i] = refs[sp + i]; break;
                        case ArrayStorage.V128: (a.Longs[2 * i], a.Longs[2 * i + 1]) = (lo[sp + i], hi[sp + i]); break;
                        default: GcOps.ArraySetAt(a, i, lo[sp + i]); break;
                    }
                }
                Push(refs, lo, ref sp, a);
                return true;
            }
            case Opcode.RefI31:
                sp--;
                Push(refs, lo, ref sp, GcOps.RefI31((int)lo[sp]));
                return true;
            case Opcode.AnyConvertExtern or Opcode.ExternConvertAny:
                return true; // the same object (see GcOps.AnyConvertExtern)
            default:
                return false;
        }
    }

    private static void SetField(GcStruct s, int i, FieldType f, ulong lo, ulong hi, object? r)
    {
        if (f.Type.IsReference && !f.IsPacked) GcOps.SetFieldRef(s, i, r);
        else if (f.Type.Kind == ValueKind.V128) GcOps.SetFieldV128(s, i, lo, hi);
        else GcOps.SetField(s, i, lo);
    }

    private static void Push(object?[] refs, Span<ulong> lo, ref int sp, object value)
    {
        refs[sp] = value;
        lo[sp++] = 0;
    }
}
