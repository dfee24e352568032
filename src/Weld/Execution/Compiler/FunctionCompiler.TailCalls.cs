using System.Reflection.Emit;
using Weld.Runtime;

namespace Weld.Execution.Compiler;

/// <summary>
/// Tail calls: the call is emitted with the IL <c>tail.</c> prefix and followed by <c>ret</c>, which the .NET JIT
/// honours on x64 and arm64 (in place when the callee's arguments fit the caller's frame, else through the runtime's
/// tail call helper). The callee gets this frame's depth (not one more) and this function's result references, whose
/// results are its own. Every tail call first checks the native stack, so that a runtime that did not honour the
/// prefix would trap "call stack exhausted" rather than overflow the stack. Fuel is written back to the store before
/// the call (the callee continues from it), and the callee's prologue checks interruption as for any call.
/// <para>A tail call through a table or a function reference puts the callee's <c>FunctionInstance</c> on the IL stack
/// above nothing else, with its arguments in their homes from position <c>args</c>, and calls
/// <see cref="TailCallThrough"/>.</para>
/// </summary>
internal sealed partial class FunctionCompiler
{
    // Tail calls met inside a try_table or try: each leaves the protected regions to a stub after the body, which makes
    // the call there (IL forbids a tail call inside a protected region, and the caller's handlers must not see the
    // callee's exceptions: its frame is gone).
    private readonly List<(Label Stub, Action Emit)> _tailCallsOutsideTry = [];

    private void TailCallFunction(int funcIdx)
    {
        var sig = CompiledSignature.Of(_unit.FunctionTypes[funcIdx]);
        int defined = funcIdx - _unit.Definition.ImportedFunctionCount;
        var direct = defined == _definedIndex ? _method : defined >= 0 ? _unit.MethodOf(defined) : null;
        SpillFrom(0);
        int args = _count - sig.Params.Length;
        if (_tryDepth > 0)
        {
            LeaveTryForTailCall(() => TailCallFunctionOutsideTry(sig, direct, funcIdx, args));
            EndTailCall(args);
            return;
        }
        TailCallFunctionOutsideTry(sig, direct, funcIdx, args);
        EndTailCall(args);
    }

    private void TailCallFunctionOutsideTry(CompiledSignature sig, System.Reflection.MethodInfo? direct, int funcIdx, int args)
    {
        if (direct is null)
        {
            LoadElement(s_functions, funcIdx);
            _il.Emit(OpCodes.Stloc, _calleeLocal ??= _il.DeclareLocal(typeof(FunctionInstance)));
            TailCallStoredCallee(sig, args);
            return;
        }
        EmitTailCallStackCheck();
        LoadArguments(sig, args);
        LoadInstance();
        LoadDepth();
        ForwardResultReferences(sig);
        EmitFuelSync();
        _il.Emit(OpCodes.Tailcall);
        _il.Emit(OpCodes.Call, direct);
        _il.Emit(OpCodes.Ret);
    }

    /// <summary>Tail-calls the FunctionInstance on top of the IL stack (which holds nothing else) with the arguments in
    /// the homes from position <paramref name="args"/> up: through its compiled entry when it has one, else through
    /// the call-out stub (host functions, functions not compiled yet or of the interpreter).</summary>
    private void TailCallThrough(CompiledSignature sig, int args)
    {
        var f = _calleeLocal ??= _il.DeclareLocal(typeof(FunctionInstance));
        _il.Emit(OpCodes.Stloc, f);
        if (_tryDepth > 0)
        {
            LeaveTryForTailCall(() => TailCallStoredCallee(sig, args));
            EndTailCall(args);
            return;
        }
        TailCallStoredCallee(sig, args);
        EndTailCall(args);
    }

    /// <summary>Leaves every protected region to a new stub that <paramref name="emit"/> fills after the body; the
    /// arguments wait in their homes, the callee (if any) in its local.</summary>
    private void LeaveTryForTailCall(Action emit)
    {
        var stub = _il.DefineLabel();
        _il.Emit(OpCodes.Leave, stub);
        _tailCallsOutsideTry.Add((stub, emit));
    }

    /// <summary>After the body (outside every protected region): the tail calls that left a try.</summary>
    private void EmitTailCallsOutsideTry()
    {
        foreach (var (stub, emit) in _tailCallsOutsideTry)
        {
            _il.MarkLabel(stub);
            emit();
        }
    }

    private void TailCallStoredCallee(CompiledSignature sig, int args)
    {
        var f = _calleeLocal!;
        var entry = _entryLocal ??= _il.DeclareLocal(typeof(nint));
        var slow = _il.DefineLabel();
        EmitTailCallStackCheck();
        _il.Emit(OpCodes.Ldloc, f);
        _il.Emit(OpCodes.Ldfld, s_entry);
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Stloc, entry);
        _il.Emit(OpCodes.Brfalse, slow);

        LoadArguments(sig, args);
        _il.Emit(OpCodes.Ldloc, f);
        _il.Emit(OpCodes.Ldfld, s_owner);
        LoadDepth();
        ForwardResultReferences(sig);
        _il.Emit(OpCodes.Ldloc, entry);
        EmitFuelSync();
        _il.Emit(OpCodes.Tailcall);
        sig.EmitCalli(_il);
        _il.Emit(OpCodes.Ret);

        _il.MarkLabel(slow);
        LoadArguments(sig, args);
        _il.Emit(OpCodes.Ldloc, f);
        LoadInstance();
        LoadDepth();
        ForwardResultReferences(sig);
        EmitFuelSync();
        _il.Emit(OpCodes.Tailcall);
        _il.Emit(OpCodes.Call, Trampolines.CallOutFor(sig));
        _il.Emit(OpCodes.Ret);
    }

    /// <summary>The callee's results after the first are this function's: pass on the references it got.</summary>
    private void ForwardResultReferences(CompiledSignature callee)
    {
        for (int i = 1; i < callee.Results.Length; i++) _il.Emit(OpCodes.Ldarg, _sig.ResultArg(i));
    }

    /// <summary>Traps "call stack exhausted" when the native stack runs low (see the class comment).</summary>
    private void EmitTailCallStackCheck()
    {
        var ok = _il.DefineLabel();
        _il.Emit(OpCodes.Call, s_tryEnsureStack);
        _il.Emit(OpCodes.Brtrue, ok);
        EmitThrow(TrapCode.CallStackExhausted);
        _il.MarkLabel(ok);
    }

    private void EndTailCall(int args)
    {
        _count = args;
        MarkUnreachable();
    }
}
