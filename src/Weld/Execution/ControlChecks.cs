using System.Runtime.CompilerServices;
using Weld.Runtime;

namespace Weld.Execution;

/// <summary>The checks while wasm runs: the interrupt word at function entries and loop heads (the interpreter; compiled
/// code emits it inline) and the interpreter's fuel at segment starts (compiled code emits both inline).</summary>
internal static class ControlChecks
{
    /// <summary>Traps "interrupted" when the store's interrupt word is set: one volatile load and a compare.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Interrupt(RuntimeStore store)
    {
        if (Volatile.Read(ref store.InterruptFlags) != 0) store.ThrowInterrupted();
    }

    /// <summary>Takes <paramref name="cost"/> units of the store's fuel, or traps "all fuel consumed" with the fuel
    /// untouched.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ChargeFuel(RuntimeStore store, long cost)
    {
        long left = store.Fuel - cost;
        if (left < 0) RuntimeStore.ThrowOutOfFuel();
        store.Fuel = left;
    }
}
