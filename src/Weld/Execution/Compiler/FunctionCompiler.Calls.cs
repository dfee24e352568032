using System.Reflection;
using System.Reflection.Emit;
using Weld.Runtime;
using Weld.Syntax;

namespace Weld.Execution.Compiler;

internal sealed partial class FunctionCompiler
{
    private static readonly FieldInfo s_functions = typeof(ModuleInstance).GetField(nameof(ModuleInstance.Functions))!;
    private static readonly FieldInfo s_types = typeof(ModuleInstance).GetField(nameof(ModuleInstance.Types))!;
    private static readonly FieldInfo s_entry = typeof(FunctionInstance).GetField(nameof(FunctionInstance.Entry))!;
    private static readonly FieldInfo s_owner = typeof(FunctionInstance).GetField(nameof(FunctionInstance.EntryInstance))!;

    private bool Call(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.Call:
                CallFunction(ins.A);
                return true;
            case Opcode.CallIndirect:
            {
                var sig = CompiledSignature.Of(_unit.Definition.FuncTypeAt(ins.A));
                // The arguments wait in their homes while the callee is looked up (that code branches).
                PopOperandsForBranchingCode(1);
                int args = _count - sig.Params.Length;
                _il.Emit(OpCodes.Ldloc, _tableLocals[ins.B]);
                _il.Emit(OpCodes.Ldloc, _typeLocals[ins.A]);
                CallRuntime(nameof(CompiledRuntime.Indirect));
                CallThrough(sig, args, fuelInStore: true);
                return true;
            }
            case Opcode.ReturnCall:
                TailCallFunction(ins.A);
                return true;
            case Opcode.ReturnCallIndirect:
            {
                var sig = CompiledSignature.Of(_unit.Definition.FuncTypeAt(ins.A));
                PopOperandsForBranchingCode(1);
                int args = _count - sig.Params.Length;
                _il.Emit(OpCodes.Ldloc, _tableLocals[ins.B]);
                _il.Emit(OpCodes.Ldloc, _typeLocals[ins.A]);
                CallRuntime(nameof(CompiledRuntime.Indirect));
                TailCallThrough(sig, args);
                return true;
            }
            default:
                return false;
        }
    }

    private void CallFunction(int funcIdx)
    {
        var sig = CompiledSignature.Of(_unit.FunctionTypes[funcIdx]);
        int defined = funcIdx - _unit.Definition.ImportedFunctionCount;
        var direct = defined == _definedIndex ? _method : defined >= 0 ? _unit.MethodOf(defined) : null;
        if (direct is not null)
        {
            // The callee's code is the same for every instance of the module: call it directly with this instance.
            PopToIl(sig.Params.Length);
            var extras = BeginResults(sig, out var argsTail);
            LoadInstance();
            EmitCalleeDepth();
            argsTail();
            EmitFuelSync();
            _il.Emit(OpCodes.Call, direct);
            EmitFuelAfterCall();
            EndResults(sig, extras);
            return;
        }
        SpillFrom(0);
        int args = _count - sig.Params.Length;
        LoadElement(s_functions, funcIdx);
        CallThrough(sig, args);
    }

    /// <summary>Calls the FunctionInstance on top of the IL stack with the arguments in the homes from position
    /// <paramref name="args"/> up (the IL stack holds nothing else): through its compiled entry when it has one,
    /// else through the call-out stub (host functions, functions not compiled yet). <paramref name="fuelInStore"/>:
    /// the caller has just written the fuel to the store (the lookup helper before it could trap) and charged
    /// nothing since, so the call need not write it again.</summary>
    private void CallThrough(CompiledSignature sig, int args, bool fuelInStore = false)
    {
        var f = _calleeLocal ??= _il.DeclareLocal(typeof(FunctionInstance));
        var entry = _entryLocal ??= _il.DeclareLocal(typeof(nint));
        var slow = _il.DefineLabel();
        var done = _il.DefineLabel();
        _il.Emit(OpCodes.Stloc, f);
        _il.Emit(OpCodes.Ldloc, f);
        _il.Emit(OpCodes.Ldfld, s_entry);
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Stloc, entry);
        _il.Emit(OpCodes.Brfalse, slow);

        var extras = BeginResults(sig, out var argsTail);
        LoadArguments(sig, args);
        _il.Emit(OpCodes.Ldloc, f);
        _il.Emit(OpCodes.Ldfld, s_owner);
        EmitCalleeDepth();
        argsTail();
        _il.Emit(OpCodes.Ldloc, entry);
        if (!fuelInStore) EmitFuelSync();
        sig.EmitCalli(_il);
        EmitFuelAfterCall();
        StoreFirstResult(sig, args);
        _il.Emit(OpCodes.Br, done);

        _il.MarkLabel(slow);
        LoadArguments(sig, args);
        _il.Emit(OpCodes.Ldloc, f);
        LoadInstance();
        LoadDepth();
        argsTail();
        if (!fuelInStore) EmitFuelSync();
        _il.Emit(OpCodes.Call, Trampolines.CallOutFor(sig));
        EmitFuelAfterCall();
        StoreFirstResult(sig, args);
        _il.MarkLabel(done);
        // Both paths join with an empty IL stack: the first result waits in its home (not on the IL stack, where
        // the JIT would give every call site a temporary of its own).
        _count = args;
        if (sig.Results.Length > 0)
        {
            Push(sig.Results[0], onIl: false);
        }
        for (int i = 1; i < sig.Results.Length; i++)
        {
            _il.Emit(OpCodes.Ldloc, extras[i]);
            FreeTemp(sig.Results[i], extras[i]);
            Push(sig.Results[i]);
        }
        ReloadMemories();
    }

    private void StoreFirstResult(CompiledSignature sig, int at)
    {
        if (sig.Results.Length > 0) _il.Emit(OpCodes.Stloc, Home(at, sig.Results[0]));
    }

    private void LoadArguments(CompiledSignature sig, int args)
    {
        for (int i = 0; i < sig.Params.Length; i++) _il.Emit(OpCodes.Ldloc, Home(args + i, sig.Params[i]));
    }

    // One pair for every call site of the function (each is dead once its call has been made).
    private LocalBuilder? _calleeLocal, _entryLocal;

    private void EmitCalleeDepth()
    {
        LoadDepth();
        _il.Emit(OpCodes.Ldc_I4_1);
        _il.Emit(OpCodes.Add);
    }

    /// <summary>Locals for results after the first; <paramref name="argsTail"/> pushes their addresses.</summary>
    private LocalBuilder[] BeginResults(CompiledSignature sig, out Action argsTail)
    {
        var results = sig.Results;
        var extras = new LocalBuilder[results.Length];
        for (int i = 1; i < results.Length; i++) extras[i] = Temp(results[i]);
        argsTail = () =>
        {
            for (int i = 1; i < results.Length; i++) _il.Emit(OpCodes.Ldloca, extras[i]);
        };
        return extras;
    }

    /// <summary>After a call: the results on the virtual stack, and the memory state reloaded (the callee may have
    /// grown a memory).</summary>
    private void EndResults(CompiledSignature sig, LocalBuilder[] extras)
    {
        var results = sig.Results;
        if (results.Length > 0) Push(results[0]);
        for (int i = 1; i < results.Length; i++)
        {
            _il.Emit(OpCodes.Ldloc, extras[i]);
            FreeTemp(results[i], extras[i]);
            Push(results[i]);
        }
        ReloadMemories();
    }
}
