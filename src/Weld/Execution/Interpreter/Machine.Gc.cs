using Weld.Execution.Gc;
using Weld.Runtime;
using Weld.Runtime.Gc;
using Weld.Syntax;

namespace Weld.Execution.Interpreter;

/// <summary>The GC instructions that run as one <see cref="Op.Gc"/> (allocations and the bulk array instructions):
/// operands in consecutive slots from <c>at</c> (through the bounds-checked arrays: these ops are not the hot path),
/// the result, a reference, at <c>at</c>. The semantics are <see cref="GcOps"/>'.</summary>
internal static partial class Machine
{
    private static void RunGc(ModuleInstance mod, in Inst ins, ulong[] slots, object?[] refs, int at)
    {
        int second = (int)(uint)ins.K;
        var store = mod.Store; // allocations are charged to its budget
        switch ((Opcode)ins.A)
        {
            case Opcode.StructNewDefault: refs[at] = GcOps.NewStruct(store, mod.RuntimeTypes[ins.C]); break;
            case Opcode.ArrayNew: refs[at] = NewArray(store, mod.RuntimeTypes[ins.C], slots, refs, at); break;
            case Opcode.ArrayNewDefault: refs[at] = GcOps.ArrayNewDefault(store, mod.RuntimeTypes[ins.C], (uint)slots[at]); break;
            case Opcode.ArrayNewFixed: refs[at] = NewFixedArray(store, mod.RuntimeTypes[ins.C], second, slots, refs, at); break;
            case Opcode.ArrayNewData:
                refs[at] = GcOps.ArrayNewData(store, mod.RuntimeTypes[ins.C], mod.Datas[second], (uint)slots[at], (uint)slots[at + 1]);
                break;
            case Opcode.ArrayNewElem:
                refs[at] = GcOps.ArrayNewElem(store, mod.RuntimeTypes[ins.C], mod.Elems[second], (uint)slots[at], (uint)slots[at + 1]);
                break;
            case Opcode.ArrayFill: FillArray(mod.RuntimeTypes[ins.C], slots, refs, at); break;
            case Opcode.ArrayCopy:
                GcOps.ArrayCopy(refs[at], (uint)slots[at + 1], refs[at + 2], (uint)slots[at + 3], (uint)slots[at + 4]);
                break;
            case Opcode.ArrayInitData:
                GcOps.ArrayInitData(refs[at], (uint)slots[at + 1], mod.Datas[second], (uint)slots[at + 2], (uint)slots[at + 3]);
                break;
            case Opcode.ArrayInitElem:
                GcOps.ArrayInitElem(refs[at], (uint)slots[at + 1], mod.Elems[second], (uint)slots[at + 2], (uint)slots[at + 3]);
                break;
            default: throw new InvalidOperationException($"interpreter: bad GC opcode {ins.A}");
        }
    }

    /// <summary>struct.new: the fields' values in order in the <paramref name="count"/> slots from <paramref name="at"/>.</summary>
    private static GcStruct NewStruct(RuntimeStore store, RuntimeType type, ulong[] slots, object?[] refs, int at, int count) =>
        GcOps.NewStructFrom(store, type, slots.AsSpan(at, count), refs.AsSpan(at, count));

    /// <summary>array.new: the initial value at <paramref name="at"/>, the length after it.</summary>
    private static GcArray NewArray(RuntimeStore store, RuntimeType type, ulong[] slots, object?[] refs, int at) => type.ArrayStorage switch
    {
        ArrayStorage.Ref => GcOps.ArrayNewRef(store, type, refs[at], (uint)slots[at + 1]),
        ArrayStorage.V128 => GcOps.ArrayNewV128(store, type, slots[at], slots[at + 1], (uint)slots[at + 2]),
        _ => GcOps.ArrayNew(store, type, slots[at], (uint)slots[at + 1]),
    };

    /// <summary>array.new_fixed: <paramref name="n"/> element values in order from <paramref name="at"/>.</summary>
    private static GcArray NewFixedArray(RuntimeStore store, RuntimeType type, int n, ulong[] slots, object?[] refs, int at)
    {
        var a = GcOps.ArrayNewDefault(store, type, (uint)n);
        for (int i = 0; i < n; i++)
        {
            switch (type.ArrayStorage)
            {
                case ArrayStorage.Ref: GcOps.ArraySetRef(a, (uint)i, refs[at + i]); break;
                case ArrayStorage.V128: GcOps.ArraySetV128(a, (uint)i, slots[at + 2 * i], slots[at + 2 * i + 1]); break;
                default: GcOps.ArraySetAt(a, i, slots[at + i]); break;
            }
        }
        return a;
    }

    /// <summary>array.fill: the array, the offset, the value (two slots for v128), the count.</summary>
    private static void FillArray(RuntimeType type, ulong[] slots, object?[] refs, int at)
    {
        uint offset = (uint)slots[at + 1];
        switch (type.ArrayStorage)
        {
            case ArrayStorage.Ref: GcOps.ArrayFillRef(refs[at], offset, refs[at + 2], (uint)slots[at + 3]); break;
            case ArrayStorage.V128: GcOps.ArrayFillV128(refs[at], offset, slots[at + 2], slots[at + 3], (uint)slots[at + 4]); break;
            default: GcOps.ArrayFill(refs[at], offset, slots[at + 2], (uint)slots[at + 3]); break;
        }
    }
}
