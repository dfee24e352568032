using System.Diagnostics.CodeAnalysis;
using System.Reflection.Emit;
using Weld.Runtime;
using Weld.Syntax;

namespace Weld.Execution.Compiler;

/// <summary>
/// Translates one validated function body to a <see cref="DynamicMethod"/> in a single pass. Wasm locals are IL
/// locals (parameters are IL arguments) and the wasm operand stack is the IL evaluation stack, so the .NET JIT sees
/// ordinary expression trees within straight-line code. A value that must survive a label (a block's result, a
/// loop's parameter), that waits below a block, or that lies below the operands of code that branches inside one
/// instruction (bounds checks, calls) lives in a "home": an IL local owned by its stack position and type. So the IL
/// stack is empty at every label and every branch: the JIT would otherwise make a temporary of every value it
/// carries across one, and a large function soon has more than it enregisters.
/// </summary>
[RequiresDynamicCode("the IL compiler emits code at run time")]
internal sealed partial class FunctionCompiler
{
    private struct Entry
    {
        public ValueKind Kind;
        /// <summary>True when the value is on the IL stack; false when it is in its home local.</summary>
        public bool OnIl;
    }

    private readonly CompileUnit _unit;
    private readonly int _definedIndex;
    private readonly FuncType _type;
    private readonly CompiledSignature _sig;
    private readonly FunctionBody _body;
    private readonly DynamicMethod _method;
    private readonly ILGenerator _il;
    private readonly ValueKind[] _localKinds;
    private readonly LocalBuilder?[] _locals;

    private Entry[] _stack = new Entry[16];
    private int _count;
    private readonly Dictionary<(int Pos, ValueKind Kind), LocalBuilder> _homes = [];
    private readonly Dictionary<ValueKind, Stack<LocalBuilder>> _temps = [];

    public FunctionCompiler(CompileUnit unit, int definedIndex, string name)
    {
        _unit = unit;
        _definedIndex = definedIndex;
        var def = unit.Definition;
        _type = def.FuncTypeAt(def.Functions[definedIndex]);
        _sig = CompiledSignature.Of(_type);
        _body = def.Codes[definedIndex];
        _method = new DynamicMethod(name, _sig.ReturnType, _sig.ParameterTypes, typeof(FunctionCompiler).Module, skipVisibility: true);
        _il = _method.GetILGenerator(64 + _body.Code.Length * 8);
        int n = _type.ParamArray.Length + _body.Locals.Length;
        _localKinds = new ValueKind[n];
        _locals = new LocalBuilder?[n];
        for (int i = 0; i < n; i++)
        {
            var t = i < _type.ParamArray.Length ? _type.ParamArray[i] : _body.Locals[i - _type.ParamArray.Length];
            _localKinds[i] = t.Kind;
            _locals[i] = _il.DeclareLocal(ClrTypes.Of(t.Kind));
        }
    }

    /// <summary>The function's index in the module's function index space.</summary>
    private int FuncIdx => _unit.Definition.ImportedFunctionCount + _definedIndex;

    public DynamicMethod Compile()
    {
        EmitPrologue();
        PrepareExceptions();
        var code = _body.Code;
        PushCtrl(CtrlKind.Func, [], Kinds(_type.ResultArray));
        for (int pc = 0; pc < code.Length && _ctrls.Count > 0; pc++)
        {
            ref readonly var ins = ref code[pc];
            if (_unreachable)
            {
                SkipDead(in ins);
                continue;
            }
            if (_fuelCosts is { } costs && costs[pc] != 0) EmitFuelCharge(costs[pc]);
            _nextOp = pc + 1 < code.Length ? code[pc + 1].Op : Opcode.End;
            _at = pc;
            Translate(in ins);
        }
        EmitReturnPoint();
        EmitTailCallsOutsideTry();
        return _method;
    }

    private void Translate(in Instr ins)
    {
        if (Control(in ins) || Variable(in ins) || Memory(in ins) || Call(in ins) || Reference(in ins) || Simd(in ins) || Numeric(in ins)
            || Atomic(in ins) || Exceptions(in ins) || LegacyExceptions(in ins) || Gc(in ins)) return;
        throw new InvalidOperationException($"IL compiler: no translation for {OpcodeNames.Of(ins.Op)}");
    }

    // ---- the virtual operand stack ----

    private void Push(ValueKind kind, bool onIl = true)
    {
        if (_count == _stack.Length) Array.Resize(ref _stack, _count * 2);
        _stack[_count++] = new Entry { Kind = kind, OnIl = onIl };
    }

    private ValueKind TopKind(int fromTop = 0) => _stack[_count - 1 - fromTop].Kind;

    /// <summary>Brings the top <paramref name="n"/> values onto the IL stack, in order, and pops them from the virtual
    /// stack (the caller's IL consumes them). Values on the IL stack above a value in its home are stored to their
    /// homes first, so the operands end up in order.</summary>
    private void PopToIl(int n)
    {
        int first = _count - n;
        int firstHome = -1;
        for (int i = first; i < _count; i++)
        {
            if (!_stack[i].OnIl)
            {
                firstHome = i;
                break;
            }
        }
        if (firstHome >= 0)
        {
            SpillFrom(firstHome);
            for (int i = firstHome; i < _count; i++) _il.Emit(OpCodes.Ldloc, Home(i, _stack[i].Kind));
        }
        _count = first;
    }

    /// <summary>Like <see cref="PopToIl"/>, for code that branches inside one wasm instruction (a bounds check, an
    /// inlined helper with a condition): every other value goes to its home first, so the IL stack holds only the
    /// operands. The JIT turns values left on the IL stack across a branch into fresh temporaries, and a large
    /// function with thousands of them exceeds what it enregisters.</summary>
    private void PopOperandsForBranchingCode(int n)
    {
        SpillFrom(0);
        PopToIl(n);
    }

    /// <summary>Stores every value at position ≥ <paramref name="from"/> that is on the IL stack into its home.</summary>
    private void SpillFrom(int from)
    {
        for (int i = _count - 1; i >= from; i--)
        {
            if (!_stack[i].OnIl) continue;
            _il.Emit(OpCodes.Stloc, Home(i, _stack[i].Kind));
            _stack[i].OnIl = false;
        }
    }

    /// <summary>Discards the top value.</summary>
    private void Drop()
    {
        if (_stack[--_count].OnIl) _il.Emit(OpCodes.Pop);
    }

    /// <summary>The home local of stack position <paramref name="pos"/> for values of <paramref name="kind"/>.</summary>
    private LocalBuilder Home(int pos, ValueKind kind)
    {
        if (!_homes.TryGetValue((pos, kind), out var local))
        {
            local = _il.DeclareLocal(ClrTypes.Of(kind));
            _homes.Add((pos, kind), local);
        }
        return local;
    }

    /// <summary>A scratch local of <paramref name="kind"/>; give it back with <see cref="FreeTemp"/>.</summary>
    private LocalBuilder Temp(ValueKind kind)
    {
        if (_temps.TryGetValue(kind, out var free) && free.Count > 0) return free.Pop();
        return _il.DeclareLocal(ClrTypes.Of(kind));
    }

    private void FreeTemp(ValueKind kind, LocalBuilder local)
    {
        if (!_temps.TryGetValue(kind, out var free)) _temps[kind] = free = new Stack<LocalBuilder>();
        free.Push(local);
    }

    private LocalBuilder Temp(Type type) => _il.DeclareLocal(type);

    private static ValueKind[] Kinds(ValType[] types) => Array.ConvertAll(types, t => t.Kind);

    // ---- locals ----

    private void LoadLocal(int index) => _il.Emit(OpCodes.Ldloc, _locals[index]!);

    private void StoreLocal(int index) => _il.Emit(OpCodes.Stloc, _locals[index]!);

    private void LoadInstance() => _il.Emit(OpCodes.Ldarg, _sig.InstanceArg);

    private void LoadDepth() => _il.Emit(OpCodes.Ldarg, _sig.DepthArg);
}
