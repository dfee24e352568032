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
                var type = _unit.Definition.Types[ins.A];
                var sig = CompiledSignature.Of(type);
                PopToIl(sig.Params.Length + 1);
                _il.Emit(OpCodes.Ldloc, _tableLocals[ins.B]);
                LoadInstance();
                _il.Emit(OpCodes.Ldfld, s_types);
                _il.Emit(OpCodes.Ldc_I4, ins.A);
                _il.Emit(OpCodes.Ldelem_Ref);
                CallRuntime(nameof(CompiledRuntime.Indirect));
                CallThrough(sig);
                return true;
            }
            default:
                return false;
        }
    }

    private void CallFunction(int funcIdx)
    {
        var sig = CompiledSignature.Of(_unit.FunctionTypes[funcIdx]);
        PopToIl(sig.Params.Length);
        int defined = funcIdx - _unit.Definition.ImportedFunctionCount;
        var direct = defined == _definedIndex ? _method : defined >= 0 ? _unit.MethodOf(defined) : null;
        if (direct is not null)
        {
            // The callee's code is the same for every instance of the module: call it directly with this instance.
            var extras = BeginResults(sig, out var argsTail);
            LoadInstance();
            EmitCalleeDepth();
            argsTail();
            _il.Emit(OpCodes.Call, direct);
            EndResults(sig, extras);
            return;
        }
        LoadElement(s_functions, funcIdx);
        CallThrough(sig);
    }

    /// <summary>Calls the FunctionInstance on top of the IL stack (arguments below it): through its compiled entry
    /// when it has one, else through the call-out stub (host functions, functions not compiled yet).</summary>
    private void CallThrough(CompiledSignature sig)
    {
        var f = _il.DeclareLocal(typeof(FunctionInstance));
        var entry = _il.DeclareLocal(typeof(nint));
        var slow = _il.DefineLabel();
        var done = _il.DefineLabel();
        _il.Emit(OpCodes.Stloc, f);
        _il.Emit(OpCodes.Ldloc, f);
        _il.Emit(OpCodes.Ldfld, s_entry);
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Stloc, entry);
        _il.Emit(OpCodes.Brfalse, slow);

        var extras = BeginResults(sig, out var argsTail);
        _il.Emit(OpCodes.Ldloc, f);
        _il.Emit(OpCodes.Ldfld, s_owner);
        EmitCalleeDepth();
        argsTail();
        _il.Emit(OpCodes.Ldloc, entry);
        sig.EmitCalli(_il);
        _il.Emit(OpCodes.Br, done);

        _il.MarkLabel(slow);
        _il.Emit(OpCodes.Ldloc, f);
        LoadInstance();
        LoadDepth();
        argsTail();
        _il.Emit(OpCodes.Call, Trampolines.CallOutFor(sig));
        _il.MarkLabel(done);
        EndResults(sig, extras);
    }

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
        for (int i = 1; i < results.Length; i++) extras[i] = _il.DeclareLocal(ClrTypes.Of(results[i]));
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
            Push(results[i]);
        }
        ReloadMemories();
    }
}
