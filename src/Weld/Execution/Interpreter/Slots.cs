using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Weld.Execution.Interpreter;

/// <summary>
/// The running frame's numeric slots, addressed from the frame base without bounds checks (one ref, which the JIT
/// keeps in a register). Invariant: every index is below the function's <see cref="LoweredFunction.FrameSlots"/>
/// (the lowering guarantees it and <see cref="Lowerer.Verify"/> checks it), and the stack array holds at least frame
/// base + FrameSlots slots (ensured on frame entry; re-created after anything that may reallocate it). Value layout:
/// an i32 is its zero-extended 32-bit pattern, an f32 its bits, a v128 two slots (low half first). The running
/// instruction's operands are read through <see cref="Operands"/>; references, at the same indexes in the parallel
/// array, through <see cref="Ref"/>.
/// </summary>
internal readonly ref struct Slots
{
    /// <summary>Slot 0 of the frame (its base).</summary>
    public readonly ref ulong Slot0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Slots(ulong[] slots, int frameBase) =>
        Slot0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), frameBase);

    /// <summary>Numeric slot <paramref name="i"/>.</summary>
    public ref ulong this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Unsafe.Add(ref Slot0, i);
    }

    /// <summary>Reference slot <paramref name="i"/> of the frame at <paramref name="frameBase"/> (same invariant as the
    /// numeric slots: <paramref name="refs"/> is the stack's reference array, as long as its slot array). Not a field
    /// of the frame: few instructions touch references, and one more base ref held across the dispatch loop made the
    /// JIT spill and reload it on every instruction.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref object? Ref(object?[] refs, int frameBase, int i) =>
        ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(refs), frameBase + i);
}
