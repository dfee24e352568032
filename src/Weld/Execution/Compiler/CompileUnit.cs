using System.Reflection.Emit;
using Weld.Runtime;
using Weld.Syntax;
using Weld.Validation;

namespace Weld.Execution.Compiler;

/// <summary>What compiling the functions of one module needs to know about the module as a whole: the type of
/// every function in its index space, the engine's call-depth limit, and the methods already compiled (so a call
/// to one becomes a direct <c>call</c> instead of an indirect one).</summary>
internal sealed class CompileUnit
{
    private readonly DynamicMethod?[] _methods;

    public CompileUnit(ValidatedModule module, RuntimeOptions options)
    {
        Module = module;
        Definition = module.Definition;
        MaxCallDepth = options.MaxCallDepth;
        InterpretFunction = options.InterpretFunction;
        ConsumeFuel = options.ConsumeFuel;
        Interruptible = options.Interruptible;
        var def = Definition;
        FunctionTypes = new FuncType[def.TotalFunctions];
        GlobalTypes = new GlobalType[def.TotalGlobals];
        int f = 0, g = 0;
        foreach (var import in def.Imports)
        {
            if (import.Kind == ExternKind.Function) FunctionTypes[f++] = def.FuncTypeAt(import.TypeIndex);
            else if (import.Kind == ExternKind.Global) GlobalTypes[g++] = (GlobalType)import.Type!;
        }
        foreach (int typeIndex in def.Functions) FunctionTypes[f++] = def.FuncTypeAt(typeIndex);
        foreach (var global in def.Globals) GlobalTypes[g++] = global.Type;
        _methods = new DynamicMethod?[def.Functions.Count];
    }

    public ValidatedModule Module { get; }
    public ModuleDefinition Definition { get; }
    public int MaxCallDepth { get; }
    /// <summary>Whether functions charge fuel (<see cref="FuelCosts"/>).</summary>
    public bool ConsumeFuel { get; }
    /// <summary>Whether functions check the interrupt word at entry and loop heads.</summary>
    public bool Interruptible { get; }
    /// <summary>Functions (by name) to leave to the interpreter (tests of mixed code).</summary>
    public Func<string, bool>? InterpretFunction { get; }
    /// <summary>The type of every function in the module's function index space (imports first).</summary>
    public FuncType[] FunctionTypes { get; }
    /// <summary>The type of every global in the module's global index space (imports first).</summary>
    public GlobalType[] GlobalTypes { get; }

    /// <summary>The compiled method of defined function <paramref name="definedIndex"/>, if it exists yet.</summary>
    public DynamicMethod? MethodOf(int definedIndex) => Volatile.Read(ref _methods[definedIndex]);

    /// <summary>Records a finished method (after it was compiled to machine code successfully).</summary>
    public void Publish(int definedIndex, DynamicMethod method) => Volatile.Write(ref _methods[definedIndex], method);
}
