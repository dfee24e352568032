using System.Diagnostics.CodeAnalysis;
using Weld.Execution.Interpreter;
using Weld.Runtime;
using Weld.Validation;

namespace Weld.Execution.Compiler;

/// <summary>
/// The IL compiler back end: each function becomes a <see cref="System.Reflection.Emit.DynamicMethod"/> when it is
/// first called, and the .NET JIT makes machine code of it. A function the JIT cannot take (a limit of its own) runs
/// on the interpreter instead; calls between the two go through the shared calling convention.
/// </summary>
[RequiresDynamicCode("the IL compiler emits code at run time")]
internal sealed class CompilerBackend : CodeBackend
{
    public static readonly CompilerBackend Instance = new();

    private static int s_fallbacks;

    /// <summary>Functions that ran on the interpreter because the JIT refused their IL (tests expect none).</summary>
    public static int Fallbacks => Volatile.Read(ref s_fallbacks);

    public override object CreateModuleState(ValidatedModule module, RuntimeOptions options) => new CompileUnit(module, options);

    public override object PrepareFunction(ValidatedModule module, object? state, int definedIndex)
    {
        var unit = (CompileUnit)state!;
        var def = module.Definition;
        int funcIdx = def.ImportedFunctionCount + definedIndex;
        string name = def.Names.FunctionNames.TryGetValue(funcIdx, out var n) ? n : $"func[{funcIdx}]";
        if (unit.InterpretFunction?.Invoke(name) == true) return Lowerer.Lower(module, definedIndex, unit.ConsumeFuel, unit.Interruptible);
        var method = new FunctionCompiler(unit, definedIndex, name).Compile();
        nint entry;
        try
        {
            entry = MethodEntries.Compile(method);
        }
        catch (InvalidProgramException)
        {
            Interlocked.Increment(ref s_fallbacks);
            return Lowerer.Lower(module, definedIndex, unit.ConsumeFuel, unit.Interruptible);
        }
        CompiledBacktrace.Register(method, name);
        unit.Publish(definedIndex, method);
        var type = def.FuncTypeAt(def.Functions[definedIndex]);
        return new CompiledFunction(method, entry, Trampolines.EntryFor(CompiledSignature.Of(type)));
    }

    public override void Invoke(WasmFunctionInstance function, ExecStack stack, int argBase)
    {
        if (function.Code is not CompiledFunction code)
        {
            Machine.Invoke(function, stack, argBase);
            return;
        }
        if (function.Entry == 0)
        {
            function.EntryInstance = function.Module;
            function.Entry = code.Entry;
        }
        try
        {
            code.EntryPoint(stack, argBase, function.Module, code.Entry);
        }
        catch (TrapException e) when (Backtraces.Record(e))
        {
            throw; // not reached: the filter only records
        }
    }
}
