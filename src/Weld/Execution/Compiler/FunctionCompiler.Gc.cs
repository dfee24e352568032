using System.Reflection;
using System.Reflection.Emit;
using Weld.Execution.Gc;
using Weld.Runtime;
using Weld.Runtime.Gc;
using Weld.Syntax;

namespace Weld.Execution.Compiler;

/// <summary>
/// The GC instructions (WebAssembly 3.0) other than the array ones: structs, i31, ref.eq, the any/extern
/// conversions, ref.test, ref.cast and br_on_cast. A struct field's place is known when the function is compiled (the
/// layout depends only on the field types), so struct.get and struct.set are a null check and an array access at a
/// constant slot. The run-time types an instruction allocates with or casts to are loaded into locals in the prologue.
/// </summary>
internal sealed partial class FunctionCompiler
{
    private static readonly FieldInfo s_runtimeTypes = typeof(ModuleInstance).GetField(nameof(ModuleInstance.RuntimeTypes))!;

    /// <summary>Per type index an instruction allocates with or casts to: its RuntimeType, loaded in the prologue.</summary>
    private readonly Dictionary<int, LocalBuilder> _rttLocals = [];
    private readonly Dictionary<int, GcStructLayout> _layouts = [];
    /// <summary>The struct struct.new fills (used within that instruction only).</summary>
    private LocalBuilder? _newStruct;

    private bool Gc(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.StructNew: StructNew(ins.A); return true;
            case Opcode.StructNewDefault:
                EmitNewStruct(ins.A);
                Push(ValueKind.AnyRef);
                return true;
            case Opcode.StructGet or Opcode.StructGetS or Opcode.StructGetU: StructGet(in ins); return true;
            case Opcode.StructSet: StructSet(in ins); return true;
            case Opcode.RefEq: CallGc(2, nameof(GcOps.RefEq), ValueKind.I32); return true;
            case Opcode.RefI31: CallGc(1, nameof(GcOps.RefI31), ValueKind.AnyRef); return true;
            case Opcode.I31GetS: CallGc(1, nameof(GcOps.I31GetS), ValueKind.I32); return true;
            case Opcode.I31GetU: CallGc(1, nameof(GcOps.I31GetU), ValueKind.I32); return true;
            case Opcode.AnyConvertExtern: Reinterpret(ValueKind.AnyRef); return true;
            case Opcode.ExternConvertAny: Reinterpret(ValueKind.ExternRef); return true;
            case Opcode.RefTest or Opcode.RefTestNull:
                PopToIl(1);
                EmitTest(ValType.Unpack(ins.C), cast: false);
                Push(ValueKind.I32);
                return true;
            case Opcode.RefCast or Opcode.RefCastNull:
            {
                var target = ValType.Unpack(ins.C);
                PopToIl(1);
                EmitTest(target, cast: true);
                Push(target.Kind);
                return true;
            }
            case Opcode.BrOnCast or Opcode.BrOnCastFail: BrOnCast(in ins); return true;
            default: return GcArrayInstruction(in ins);
        }
    }

    /// <summary>Loads the run-time type of every type index the body allocates with or casts to (in the prologue).</summary>
    private void CacheRuntimeTypes()
    {
        var used = new SortedSet<int>();
        foreach (ref readonly var ins in _body.Code.AsSpan())
            if (RuntimeTypeIndexOf(in ins) is int t) used.Add(t);
        foreach (int t in used) _rttLocals[t] = CacheElement(s_runtimeTypes, t, typeof(RuntimeType));
    }

    private static int? RuntimeTypeIndexOf(in Instr ins) => ins.Op switch
    {
        Opcode.StructNew or Opcode.StructNewDefault or Opcode.ArrayNew or Opcode.ArrayNewDefault or Opcode.ArrayNewFixed
            or Opcode.ArrayNewData or Opcode.ArrayNewElem => ins.A,
        Opcode.RefTest or Opcode.RefTestNull or Opcode.RefCast or Opcode.RefCastNull => ValType.Unpack(ins.C).TypeIndex,
        Opcode.BrOnCast or Opcode.BrOnCastFail => ValType.Unpack(ins.D).TypeIndex,
        _ => null,
    };

    /// <summary>The field layout of struct type <paramref name="typeIndex"/> (the same as its run-time type's: it
    /// depends on the field types' kinds only, which closing the type indices keeps).</summary>
    private GcStructLayout LayoutOf(int typeIndex)
    {
        if (!_layouts.TryGetValue(typeIndex, out var layout))
            _layouts[typeIndex] = layout = new GcStructLayout(_unit.Definition.Types[typeIndex].Composite.Fields);
        return layout;
    }

    private FieldType FieldOf(int typeIndex, int field) => _unit.Definition.Types[typeIndex].Composite.Fields[field];

    /// <summary>Calls a GcOps helper on the top <paramref name="operands"/> values (it may trap: fuel first).</summary>
    private void CallGc(int operands, string name, ValueKind result)
    {
        PopToIl(operands);
        EmitFuelSync();
        _il.Emit(OpCodes.Call, Members.Method(typeof(GcOps), name));
        Push(result);
    }

    /// <summary>The same object seen in another hierarchy (any.convert_extern, extern.convert_any).</summary>
    private void Reinterpret(ValueKind kind)
    {
        PopToIl(1);
        Push(kind);
    }

    /// <summary>struct.new: the fields wait in their homes while the struct is made, then each is stored.</summary>
    private void StructNew(int typeIndex)
    {
        var fields = _unit.Definition.Types[typeIndex].Composite.Fields;
        var layout = LayoutOf(typeIndex);
        int first = _count - fields.Length;
        SpillFrom(first);
        var s = _newStruct ??= _il.DeclareLocal(typeof(GcStruct));
        EmitNewStruct(typeIndex);
        _il.Emit(OpCodes.Stloc, s);
        for (int i = 0; i < fields.Length; i++)
        {
            var kind = _stack[first + i].Kind;
            _il.Emit(OpCodes.Ldloc, s);
            _il.Emit(OpCodes.Ldfld, Members.Field(typeof(GcStruct), layout.IsRef[i] ? nameof(GcStruct.Refs) : nameof(GcStruct.Numbers)));
            _il.Emit(OpCodes.Ldc_I4, layout.Slot[i]);
            _il.Emit(OpCodes.Ldloc, Home(first + i, kind));
            if (layout.IsRef[i]) _il.Emit(OpCodes.Stelem_Ref);
            else
            {
                EmitWrap(layout.Packed[i]);
                _il.Emit(OpCodes.Call, Members.Method(typeof(SlotAccess), "Write" + KindName(kind)));
            }
        }
        _count = first;
        _il.Emit(OpCodes.Ldloc, s);
        Push(ValueKind.AnyRef);
    }

    /// <summary>A default struct of type <paramref name="typeIndex"/> on the IL stack, charged to the store's GC budget
    /// (it may trap "out of memory": fuel first).</summary>
    private void EmitNewStruct(int typeIndex)
    {
        EmitFuelSync();
        _il.Emit(OpCodes.Ldloc, _store!);
        _il.Emit(OpCodes.Ldloc, _rttLocals[typeIndex]);
        _il.Emit(OpCodes.Call, Members.Method(typeof(GcOps), nameof(GcOps.NewStruct)));
    }

    /// <summary>A packed value wrapped to its width (the i32 on the IL stack).</summary>
    private void EmitWrap(PackedType packed)
    {
        if (packed == PackedType.None) return;
        _il.Emit(OpCodes.Ldc_I4, packed == PackedType.I8 ? 0xFF : 0xFFFF);
        _il.Emit(OpCodes.And);
    }

    private void StructGet(in Instr ins)
    {
        var layout = LayoutOf(ins.A);
        var field = FieldOf(ins.A, ins.B);
        var kind = field.Unpacked.Kind;
        int slot = layout.Slot[ins.B];
        PopToIl(1);
        EmitFuelSync();
        if (layout.IsRef[ins.B])
        {
            _il.Emit(OpCodes.Call, Members.Method(typeof(CompiledGc), nameof(CompiledGc.StructRefs)));
            _il.Emit(OpCodes.Ldc_I4, slot);
            _il.Emit(OpCodes.Ldelem_Ref);
        }
        else
        {
            _il.Emit(OpCodes.Call, Members.Method(typeof(CompiledGc), nameof(CompiledGc.StructNumbers)));
            _il.Emit(OpCodes.Ldc_I4, slot);
            if (field.IsPacked)
            {
                _il.Emit(OpCodes.Ldelem_I8);
                bool signed = ins.Op == Opcode.StructGetS;
                _il.Emit(field.Packed == PackedType.I8 ? (signed ? OpCodes.Conv_I1 : OpCodes.Conv_U1) : (signed ? OpCodes.Conv_I2 : OpCodes.Conv_U2));
            }
            else _il.Emit(OpCodes.Call, Members.Method(typeof(SlotAccess), "Read" + KindName(kind)));
        }
        Push(kind);
    }

    private void StructSet(in Instr ins)
    {
        var layout = LayoutOf(ins.A);
        var field = FieldOf(ins.A, ins.B);
        PopToIl(2);
        EmitWrap(field.Packed);
        _il.Emit(OpCodes.Ldc_I4, layout.Slot[ins.B]);
        EmitFuelSync();
        _il.Emit(OpCodes.Call, Members.Method(typeof(CompiledGc), "StructSet" + KindName(field.Unpacked.Kind)));
    }

    /// <summary>ref.test (an i32) or ref.cast (the reference, or a "cast failure" trap) of the reference on the IL
    /// stack against <paramref name="target"/>: abstract heap types by their class, concrete ones through the run-time
    /// type's supertype chain (O(1)). Fuel goes to the store first: a cast traps, and a test of a host function
    /// registers its type.</summary>
    private void EmitTest(ValType target, bool cast)
    {
        EmitFuelSync();
        if (target.AbstractHeap is { } heap)
        {
            _il.Emit(OpCodes.Ldc_I4, (int)heap);
            _il.Emit(target.IsNullable ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
            _il.Emit(OpCodes.Call, Members.Method(typeof(GcOps), cast ? nameof(GcOps.CastAbstract) : nameof(GcOps.TestAbstract)));
        }
        else
        {
            _il.Emit(OpCodes.Ldloc, _rttLocals[target.TypeIndex!.Value]);
            _il.Emit(target.IsNullable ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
            _il.Emit(OpCodes.Call, Members.Method(typeof(GcOps), cast ? nameof(GcOps.CastConcrete) : nameof(GcOps.TestConcrete)));
        }
    }

    /// <summary>br_on_cast / br_on_cast_fail: the reference stays on the stack (in its home, as labels want) and the
    /// branch is taken when the test succeeds (br_on_cast) or fails (br_on_cast_fail).</summary>
    private void BrOnCast(in Instr ins)
    {
        var target = Frame(ins.A);
        HomeTopKeepingCopy();
        EmitTest(ValType.Unpack(ins.D), cast: false);
        BranchWhen(target, whenTrue: ins.Op == Opcode.BrOnCast);
    }
}
