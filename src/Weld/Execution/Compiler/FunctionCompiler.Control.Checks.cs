using System.Reflection;
using System.Reflection.Emit;
using Weld.Runtime;

namespace Weld.Execution.Compiler;

/// <summary>
/// Interruption and fuel: the function's store in a local, the interrupt check at entry and at every loop head, and
/// the fuel charge at every segment start (<see cref="FuelCosts"/>, the interpreter's model).
/// <para>With fuel on, the fuel lives in an IL local (a register) while the function runs: loaded on entry and
/// written back to the store wherever anything else may read it or the function may end: before every call (and
/// reloaded after it: the callee charged its own), before every runtime helper or numeric instruction that can trap,
/// before every throw the function emits, and before every return. No exception handler is needed (one made the JIT
/// write the local to memory at every charge).</para>
/// </summary>
internal sealed partial class FunctionCompiler
{
    private static readonly FieldInfo s_storeFuel = typeof(RuntimeStore).GetField(nameof(RuntimeStore.Fuel))!;
    private LocalBuilder? _fuel;
    private static readonly MethodInfo s_instanceStore = typeof(ModuleInstance).GetProperty(nameof(ModuleInstance.Store))!.GetMethod!;
    private static readonly FieldInfo s_interruptFlags = typeof(RuntimeStore).GetField(nameof(RuntimeStore.InterruptFlags))!;

    private LocalBuilder? _store;
    private int[]? _fuelCosts;

    /// <summary>Loads the store into a local and checks the interrupt word once on entry, where the function makes a
    /// call. A function that calls nothing needs no entry check: without loops it runs a bounded number of
    /// instructions (its caller checked on entry), and each of its loops checks at its head.</summary>
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
        }
        if (MakesCalls(_body.Code)) EmitInterruptCheck();
    }

    private static bool MakesCalls(Syntax.Instr[] code)
    {
        foreach (ref readonly var ins in code.AsSpan())
            if (ins.Op is Syntax.Opcode.Call or Syntax.Opcode.CallIndirect or Syntax.Opcode.CallRef
                or Syntax.Opcode.ReturnCall or Syntax.Opcode.ReturnCallIndirect or Syntax.Opcode.ReturnCallRef) return true;
        return false;
    }

    /// <summary>After a call: the fuel the callee left.</summary>
    private void EmitFuelAfterCall()
    {
        if (_fuel is null) return;
        _il.Emit(OpCodes.Ldloc, _store!);
        _il.Emit(OpCodes.Ldfld, s_storeFuel);
        _il.Emit(OpCodes.Stloc, _fuel);
    }

    /// <summary>With fuel on, the local's fuel to the store: before anything that can read it there or end the
    /// function (a call, whose callee reads it there; a throw; a helper that can trap; a return). Leaves the IL stack
    /// as it was.</summary>
    private void EmitFuelSync()
    {
        if (_fuel is null) return;
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
        if (!_unit.Interruptible) return;
        var ok = _il.DefineLabel();
        _il.Emit(OpCodes.Ldloc, _store!);
        _il.Emit(OpCodes.Volatile);
        _il.Emit(OpCodes.Ldfld, s_interruptFlags);
        _il.Emit(OpCodes.Brfalse, ok);
        EmitThrow(TrapCode.Interrupted);
        _il.MarkLabel(ok);
    }

    /// <summary>A segment's charge, with its trap in place: a call to a throwing helper on the slow path would make the
    /// JIT keep the loop's values across it out of registers (on x64 Unix every float register is caller-saved).
    /// Values on the IL stack go to their homes first (the JIT would copy them into temporaries at the branch).
    /// The trap stores the fuel left before the charge.</summary>
    private void EmitFuelCharge(int cost)
    {
        SpillFrom(0);
        var ok = _il.DefineLabel();
        _il.Emit(OpCodes.Ldloc, _fuel!);
        _il.Emit(OpCodes.Ldc_I8, (long)cost);
        _il.Emit(OpCodes.Bge, ok);
        EmitThrow(TrapCode.OutOfFuel);
        _il.MarkLabel(ok);
        _il.Emit(OpCodes.Ldloc, _fuel!);
        _il.Emit(OpCodes.Ldc_I8, (long)cost);
        _il.Emit(OpCodes.Sub);
        _il.Emit(OpCodes.Stloc, _fuel!);
    }
}
