using System.Reflection;
using System.Reflection.Emit;
using Weld.Runtime;
using Weld.Syntax;

namespace Weld.Execution.Compiler;

/// <summary>
/// Exception handling. A wasm exception is a .NET <see cref="WasmException"/>; a try_table is an IL try block (entered
/// with the IL stack empty, every value in its home) with one catch of that type, whose handler tests the clauses in
/// order, puts the payload in the homes of the clause's label and leaves to it, or rethrows. Traps are another .NET
/// type and pass by. Branches that leave a try block use <c>leave</c>, and a return inside one leaves to a shared
/// return point at the end of the method (IL allows no <c>ret</c> there). Code without try_table is unchanged.
/// </summary>
internal sealed partial class FunctionCompiler
{
    private static readonly FieldInfo s_tags = typeof(ModuleInstance).GetField(nameof(ModuleInstance.Tags))!;
    private static readonly ConstructorInfo s_newException = typeof(ExceptionInstance).GetConstructor([typeof(TagInstance)])!;
    private static readonly MethodInfo s_exceptionOf = Members.Method(typeof(FunctionCompiler), nameof(Thrown));
    private static readonly MethodInfo s_exceptionInstance = Members.Method(typeof(FunctionCompiler), nameof(Caught));
    private static readonly MethodInfo s_exceptionTag = typeof(ExceptionInstance).GetProperty(nameof(ExceptionInstance.Tag))!.GetMethod!;
    private static readonly MethodInfo s_thrownRef = Members.Method(typeof(FunctionCompiler), nameof(ThrownRef));

    /// <summary>try_table blocks open at the current instruction.</summary>
    private int _tryDepth;
    /// <summary>Where a return inside a try block leaves to (results in the homes of positions 0..n-1).</summary>
    private Label? _returnLabel;

    private bool Exceptions(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.Throw: Throw(ins.A); return true;
            case Opcode.ThrowRef:
                PopToIl(1);
                EmitFuelSync();
                _il.Emit(OpCodes.Call, s_thrownRef);
                _il.Emit(OpCodes.Throw);
                MarkUnreachable();
                return true;
            case Opcode.TryTable: TryTable(in ins); return true;
            default: return false;
        }
    }

    /// <summary>The .NET exception that carries a wasm exception.</summary>
    public static WasmException Thrown(ExceptionInstance e) => new WasmException(e);

    /// <summary>The wasm exception a catch handler caught.</summary>
    public static ExceptionInstance Caught(WasmException e) => (ExceptionInstance)e.Instance;

    /// <summary>The exception of a throw_ref operand, as a .NET exception to throw (a null exnref traps).</summary>
    public static WasmException ThrownRef(object? exnref) =>
        exnref is ExceptionInstance e ? new WasmException(e) : throw Trap.Exception(TrapCode.NullReference);

    private void Throw(int tagIdx)
    {
        var def = _unit.Definition;
        var kinds = Kinds(def.FuncTypeAt(def.TagTypeIndex(tagIdx)).ParamArray);
        SpillFrom(0);
        var e = Temp(typeof(ExceptionInstance));
        LoadInstance();
        _il.Emit(OpCodes.Ldfld, s_tags);
        _il.Emit(OpCodes.Ldc_I4, tagIdx);
        _il.Emit(OpCodes.Ldelem_Ref);
        _il.Emit(OpCodes.Newobj, s_newException);
        _il.Emit(OpCodes.Stloc, e);
        int first = _count - kinds.Length, slot = 0;
        for (int i = 0; i < kinds.Length; i++)
        {
            _il.Emit(OpCodes.Ldloc, e);
            _il.Emit(OpCodes.Ldc_I4, slot);
            _il.Emit(OpCodes.Ldloc, Home(first + i, kinds[i]));
            _il.Emit(OpCodes.Call, Members.Method(typeof(ExceptionInstance), "Set" + AccessorOf(kinds[i])));
            slot += kinds[i] == ValueKind.V128 ? 2 : 1;
        }
        _count = first;
        EmitFuelSync();
        _il.Emit(OpCodes.Ldloc, e);
        _il.Emit(OpCodes.Call, s_exceptionOf);
        _il.Emit(OpCodes.Throw);
        MarkUnreachable();
    }

    private static string AccessorOf(ValueKind k) => k switch
    {
        ValueKind.I32 => "I32",
        ValueKind.I64 => "I64",
        ValueKind.F32 => "F32",
        ValueKind.F64 => "F64",
        ValueKind.V128 => "V128",
        _ => "Ref",
    };

    private void TryTable(in Instr ins)
    {
        var (ps, rs) = BlockType(ins.A);
        SpillFrom(0);
        var c = PushCtrl(CtrlKind.Block, ps, rs);
        c.Label = _il.DefineLabel();
        c.TryDepth = _tryDepth;
        c.Clauses = (ins.B + 1, _body.BrTables[ins.B]); // the count leads the clauses
        c.IsTry = true;
        _tryDepth++;
        _il.BeginExceptionBlock();
    }

    /// <summary>The end of a try_table: the body falls out to the end label, then the catch handler.</summary>
    private void EndTry(Ctrl c, bool fallsThrough)
    {
        if (fallsThrough)
        {
            SpillFrom(c.Height);
            c.Targeted = true;
            _il.Emit(OpCodes.Leave, c.Label);
        }
        _tryDepth--;
        _il.BeginCatchBlock(typeof(WasmException));
        var ex = Temp(typeof(WasmException));
        _il.Emit(OpCodes.Stloc, ex);
        EmitPassBy(ex, c.Index);
        var e = Temp(typeof(ExceptionInstance));
        _il.Emit(OpCodes.Ldloc, ex);
        _il.Emit(OpCodes.Call, s_exceptionInstance);
        _il.Emit(OpCodes.Stloc, e);
        // A callee may have used fuel and grown memory before the exception reached here.
        EmitFuelAfterCall();
        ReloadMemories();
        var def = _unit.Definition;
        var pool = _body.BrTables;
        var (start, count) = c.Clauses;
        for (int i = 0; i < count; i++)
        {
            int kind = pool[start + 3 * i];
            int tag = pool[start + 3 * i + 1];
            var target = Frame(pool[start + 3 * i + 2]);
            var next = _il.DefineLabel();
            ValueKind[] payload = [];
            if (ExceptionOpcodes.HasTag(kind))
            {
                _il.Emit(OpCodes.Ldloc, e);
                _il.Emit(OpCodes.Call, s_exceptionTag);
                LoadInstance();
                _il.Emit(OpCodes.Ldfld, s_tags);
                _il.Emit(OpCodes.Ldc_I4, tag);
                _il.Emit(OpCodes.Ldelem_Ref);
                _il.Emit(OpCodes.Bne_Un, next);
                payload = Kinds(def.FuncTypeAt(def.TagTypeIndex(tag)).ParamArray);
            }
            EmitUnpack(e, payload, target.Height);
            if (ExceptionOpcodes.HasRef(kind))
            {
                _il.Emit(OpCodes.Ldloc, e);
                _il.Emit(OpCodes.Stloc, Home(target.Height + payload.Length, ValueKind.ExnRef));
            }
            if (target.Kind == CtrlKind.Func) _il.Emit(OpCodes.Leave, ReturnLabel());
            else
            {
                target.Targeted = true;
                _il.Emit(OpCodes.Leave, target.Label);
            }
            _il.MarkLabel(next);
        }
        _il.Emit(OpCodes.Rethrow);
        _il.EndExceptionBlock();
    }

    private Label ReturnLabel() => _returnLabel ??= _il.DefineLabel();

    /// <summary>Whether a jump to <paramref name="target"/> leaves a try block (and must be a <c>leave</c>).</summary>
    private bool LeavesTry(Ctrl target) => target.TryDepth < _tryDepth;

    /// <summary>A return from inside a try block: the results to the homes of positions 0.., then leave to the shared
    /// return point.</summary>
    private void EmitLeaveReturn(int count)
    {
        var results = _sig.Results;
        int n = results.Length;
        int src = count - n;
        for (int i = n - 1; i >= 0; i--)
            if (_stack[src + i].OnIl) _il.Emit(OpCodes.Stloc, Home(src + i, results[i]));
        for (int i = src - 1; i >= 0; i--)
            if (_stack[i].OnIl) _il.Emit(OpCodes.Pop);
        for (int i = 0; i < n && src != 0; i++)
        {
            _il.Emit(OpCodes.Ldloc, Home(src + i, results[i]));
            _il.Emit(OpCodes.Stloc, Home(i, results[i]));
        }
        _il.Emit(OpCodes.Leave, ReturnLabel());
    }

    /// <summary>After the body: the shared return point, if some return or catch left to it.</summary>
    private void EmitReturnPoint()
    {
        if (_returnLabel is not { } label) return;
        _il.MarkLabel(label);
        var results = _sig.Results;
        _count = 0;
        foreach (var r in results) Push(r, onIl: false);
        EmitReturnFrom(results.Length);
    }
}
