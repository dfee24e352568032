using System.Reflection;
using System.Reflection.Emit;
using Weld.Runtime;

namespace Weld.Execution.Compiler;

/// <summary>Interruption and fuel: the function's store in a local, the interrupt check at entry and at every loop
/// head, and the fuel charge at every segment start (<see cref="FuelCosts"/>, the interpreter's model).</summary>
internal sealed partial class FunctionCompiler
{
    private static readonly MethodInfo s_instanceStore = typeof(ModuleInstance).GetProperty(nameof(ModuleInstance.Store))!.GetMethod!;
    private static readonly MethodInfo s_interrupt = typeof(ControlChecks).GetMethod(nameof(ControlChecks.Interrupt))!;
    private static readonly MethodInfo s_chargeFuel = typeof(ControlChecks).GetMethod(nameof(ControlChecks.ChargeFuel))!;

    private LocalBuilder? _store;
    private int[]? _fuelCosts;

    /// <summary>Loads the store into a local and checks the interrupt word once on entry.</summary>
    private void EmitControlPrologue()
    {
        _fuelCosts = _unit.ConsumeFuel ? FuelCosts.For(_body) : null;
        _store = _il.DeclareLocal(typeof(RuntimeStore));
        LoadInstance();
        _il.Emit(OpCodes.Call, s_instanceStore);
        _il.Emit(OpCodes.Stloc, _store);
        EmitInterruptCheck();
    }

    /// <summary>At every loop head (after its label, so every iteration passes it).</summary>
    private void EmitLoopHead() => EmitInterruptCheck();

    private void EmitInterruptCheck()
    {
        _il.Emit(OpCodes.Ldloc, _store!);
        _il.Emit(OpCodes.Call, s_interrupt);
    }

    private void EmitFuelCharge(int cost)
    {
        _il.Emit(OpCodes.Ldloc, _store!);
        _il.Emit(OpCodes.Ldc_I8, (long)cost);
        _il.Emit(OpCodes.Call, s_chargeFuel);
    }
}
