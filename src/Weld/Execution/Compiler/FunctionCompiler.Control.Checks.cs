using System.Reflection;
using System.Reflection.Emit;
using Weld.Runtime;

namespace Weld.Execution.Compiler;

/// <summary>
/// Interruption and fuel: the function's store in a local, the interrupt check at entry and at every loop head, and
/// the fuel charge at every segment start (<see cref="FuelCosts"/>, the interpreter's model).
/// <para>With fuel on, the fuel lives in an IL local (a register) while the function runs: loaded on entry, written
/// back to the store before every call and reloaded after it, and written back when the function returns (the body
/// is a try block whose returns leave to a common exit) or throws (a fault handler). Around a call the local holds -1,
/// so that a trap thrown by the callee, which wrote its own fuel back, does not have it overwritten by the caller's
/// fault handler.</para>
/// </summary>
internal sealed partial class FunctionCompiler
{
    private static readonly FieldInfo s_storeFuel = typeof(RuntimeStore).GetField(nameof(RuntimeStore.Fuel))!;
    private LocalBuilder? _fuel;
    private LocalBuilder? _returnValue;
    private Label _exit;
    private static readonly MethodInfo s_instanceStore = typeof(ModuleInstance).GetProperty(nameof(ModuleInstance.Store))!.GetMethod!;
    private static readonly MethodInfo s_charge = typeof(ControlChecks).GetMethod(nameof(ControlChecks.Charge))!;
    private static readonly FieldInfo s_interruptFlags = typeof(RuntimeStore).GetField(nameof(RuntimeStore.InterruptFlags))!;

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
        if (_fuelCosts is not null)
        {
            _fuel = _il.DeclareLocal(typeof(long));
            _il.Emit(OpCodes.Ldloc, _store);
            _il.Emit(OpCodes.Ldfld, s_storeFuel);
            _il.Emit(OpCodes.Stloc, _fuel);
            if (_sig.ReturnType != typeof(void)) _returnValue = _il.DeclareLocal(_sig.ReturnType);
            _exit = _il.DefineLabel();
            _il.BeginExceptionBlock();
        }
        EmitInterruptCheck();
    }

    /// <summary>With fuel on: closes the body's try block with the fault handler and emits the common exit.</summary>
    private void EmitControlEpilogue()
    {
        if (_fuel is null) return;
        _il.BeginFaultBlock();
        var skip = _il.DefineLabel();
        _il.Emit(OpCodes.Ldloc, _fuel);
        _il.Emit(OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Conv_I8);
        _il.Emit(OpCodes.Blt, skip);
        EmitFuelWriteBack();
        _il.MarkLabel(skip);
        _il.EndExceptionBlock();
        _il.MarkLabel(_exit);
        EmitFuelWriteBack();
        if (_returnValue is not null) _il.Emit(OpCodes.Ldloc, _returnValue);
        _il.Emit(OpCodes.Ret);
    }

    /// <summary>With fuel on, a return inside the try block: the value (alone on the IL stack) to its local, then
    /// leave to the exit. Returns false when fuel is off (the caller emits a plain <c>ret</c>).</summary>
    private bool EmitLeaveToExit()
    {
        if (_fuel is null) return false;
        if (_returnValue is not null) _il.Emit(OpCodes.Stloc, _returnValue);
        _il.Emit(OpCodes.Leave, _exit);
        return true;
    }

    /// <summary>Before a call: the store gets this function's fuel (the callee reads it there), and the local is marked
    /// as not owning it.</summary>
    private void EmitFuelBeforeCall()
    {
        if (_fuel is null) return;
        EmitFuelWriteBack();
        _il.Emit(OpCodes.Ldc_I4_M1);
        _il.Emit(OpCodes.Conv_I8);
        _il.Emit(OpCodes.Stloc, _fuel);
    }

    /// <summary>After a call: the fuel the callee left.</summary>
    private void EmitFuelAfterCall()
    {
        if (_fuel is null) return;
        _il.Emit(OpCodes.Ldloc, _store!);
        _il.Emit(OpCodes.Ldfld, s_storeFuel);
        _il.Emit(OpCodes.Stloc, _fuel);
    }

    private void EmitFuelWriteBack()
    {
        _il.Emit(OpCodes.Ldloc, _store!);
        _il.Emit(OpCodes.Ldloc, _fuel!);
        _il.Emit(OpCodes.Stfld, s_storeFuel);
    }

    /// <summary>At every loop head (after its label, so every iteration passes it).</summary>
    private void EmitLoopHead() => EmitInterruptCheck();

    /// <summary>The interrupt word's check, with the throw in this method (see <see cref="EmitThrow"/>: a call to a
    /// helper that throws would make the JIT keep everything live across it out of registers). The IL stack is empty
    /// at every place this is emitted (entry, loop heads).</summary>
    private void EmitInterruptCheck()
    {
        var ok = _il.DefineLabel();
        _il.Emit(OpCodes.Ldloc, _store!);
        _il.Emit(OpCodes.Volatile);
        _il.Emit(OpCodes.Ldfld, s_interruptFlags);
        _il.Emit(OpCodes.Brfalse, ok);
        EmitThrow(TrapCode.Interrupted);
        _il.MarkLabel(ok);
    }

    /// <summary>A segment's charge, through an inlined helper (its branch does not touch the IL stack, which may hold
    /// values here). The fuel local is left as it was when the charge does not fit.</summary>
    private void EmitFuelCharge(int cost)
    {
        _il.Emit(OpCodes.Ldloc, _fuel!);
        _il.Emit(OpCodes.Ldc_I8, (long)cost);
        _il.Emit(OpCodes.Call, s_charge);
        _il.Emit(OpCodes.Stloc, _fuel!);
    }
}
