using System.Reflection;
using System.Reflection.Emit;
using Weld.Execution.Gc;
using Weld.Runtime.Gc;
using Weld.Syntax;

namespace Weld.Execution.Compiler;

/// <summary>
/// The GC array instructions. The element type is known when the function is compiled, so each instruction calls
/// the <see cref="CompiledGc"/> helper of its element kind (element access inlined; allocation and bulk operations
/// in <see cref="GcOps"/>). Every helper can trap, so the fuel goes to the store first. An allocating helper takes
/// the store last, for its GC budget.
/// </summary>
internal sealed partial class FunctionCompiler
{
    private static readonly MethodInfo s_arrayNewDefault = Members.Method(typeof(CompiledGc), nameof(CompiledGc.ArrayNewDefault));

    private bool GcArrayInstruction(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.ArrayNew:
                PopToIl(2);
                _il.Emit(OpCodes.Ldloc, _rttLocals[ins.A]);
                _il.Emit(OpCodes.Ldloc, _store!);
                CallCompiledGc("ArrayNew" + KindName(ElementOf(ins.A).Unpacked.Kind));
                Push(ValueKind.AnyRef);
                return true;
            case Opcode.ArrayNewDefault:
                PopToIl(1);
                _il.Emit(OpCodes.Ldloc, _rttLocals[ins.A]);
                _il.Emit(OpCodes.Ldloc, _store!);
                EmitFuelSync();
                _il.Emit(OpCodes.Call, s_arrayNewDefault);
                Push(ValueKind.AnyRef);
                return true;
            case Opcode.ArrayNewFixed: ArrayNewFixed(ins.A, ins.B); return true;
            case Opcode.ArrayNewData:
                PopToIl(2);
                _il.Emit(OpCodes.Ldloc, _rttLocals[ins.A]);
                LoadElement(s_datas, ins.B);
                _il.Emit(OpCodes.Ldloc, _store!);
                CallCompiledGc(nameof(CompiledGc.ArrayNewData));
                Push(ValueKind.AnyRef);
                return true;
            case Opcode.ArrayNewElem:
                PopToIl(2);
                _il.Emit(OpCodes.Ldloc, _rttLocals[ins.A]);
                LoadElement(s_elems, ins.B);
                _il.Emit(OpCodes.Ldloc, _store!);
                CallCompiledGc(nameof(CompiledGc.ArrayNewElem));
                Push(ValueKind.AnyRef);
                return true;
            case Opcode.ArrayGet or Opcode.ArrayGetS or Opcode.ArrayGetU:
            {
                var e = ElementOf(ins.A);
                string sign = ins.Op == Opcode.ArrayGetS ? "S" : ins.Op == Opcode.ArrayGetU ? "U" : "";
                PopToIl(2);
                CallCompiledGc("ArrayGet" + StorageName(e) + sign);
                Push(e.Unpacked.Kind);
                return true;
            }
            case Opcode.ArraySet:
                PopToIl(3);
                CallCompiledGc("ArraySet" + StorageName(ElementOf(ins.A)));
                return true;
            case Opcode.ArrayLen:
                PopToIl(1);
                EmitFuelSync();
                _il.Emit(OpCodes.Call, Members.Method(typeof(GcOps), nameof(GcOps.ArrayLen)));
                Push(ValueKind.I32);
                return true;
            case Opcode.ArrayFill:
                PopToIl(4);
                CallCompiledGc("ArrayFill" + KindName(ElementOf(ins.A).Unpacked.Kind));
                return true;
            case Opcode.ArrayCopy:
                PopToIl(5);
                CallCompiledGc(nameof(CompiledGc.ArrayCopy));
                return true;
            case Opcode.ArrayInitData:
                PopToIl(4);
                LoadElement(s_datas, ins.B);
                CallCompiledGc(nameof(CompiledGc.ArrayInitData));
                return true;
            case Opcode.ArrayInitElem:
                PopToIl(4);
                LoadElement(s_elems, ins.B);
                CallCompiledGc(nameof(CompiledGc.ArrayInitElem));
                return true;
            default:
                return false;
        }
    }

    /// <summary>The array array.new_fixed fills (used within that instruction only).</summary>
    private LocalBuilder? _newArray;

    private FieldType ElementOf(int typeIndex) => _unit.Definition.Types[typeIndex].Composite.Element;

    /// <summary>The helper suffix of an element's storage: I8 and I16 for packed elements, else its kind's.</summary>
    private static string StorageName(FieldType e) => e.Packed switch
    {
        PackedType.I8 => "I8",
        PackedType.I16 => "I16",
        _ => KindName(e.Type.Kind),
    };

    private void CallCompiledGc(string name)
    {
        EmitFuelSync();
        _il.Emit(OpCodes.Call, Members.Method(typeof(CompiledGc), name));
    }

    /// <summary>array.new_fixed: the elements wait in their homes while the array is made, then each is stored.</summary>
    private void ArrayNewFixed(int typeIndex, int count)
    {
        var e = ElementOf(typeIndex);
        int first = _count - count;
        SpillFrom(first);
        var a = _newArray ??= _il.DeclareLocal(typeof(GcArray));
        _il.Emit(OpCodes.Ldc_I4, count);
        _il.Emit(OpCodes.Ldloc, _rttLocals[typeIndex]);
        _il.Emit(OpCodes.Ldloc, _store!);
        EmitFuelSync();
        _il.Emit(OpCodes.Call, s_arrayNewDefault);
        _il.Emit(OpCodes.Stloc, a);
        var store = Members.Method(typeof(CompiledGc), "Fixed" + KindName(e.Unpacked.Kind));
        for (int i = 0; i < count; i++)
        {
            _il.Emit(OpCodes.Ldloc, a);
            _il.Emit(OpCodes.Ldc_I4, i);
            _il.Emit(OpCodes.Ldloc, Home(first + i, _stack[first + i].Kind));
            _il.Emit(OpCodes.Call, store);
        }
        _count = first;
        _il.Emit(OpCodes.Ldloc, a);
        Push(ValueKind.AnyRef);
    }
}
