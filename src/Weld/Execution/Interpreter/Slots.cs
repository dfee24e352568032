using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Weld.Execution.Interpreter;

/// <summary>
/// The running frame's slots: numeric slots and, at the same indexes, references, addressed from the frame base
/// without bounds checks. Two refs passed by value, which the JIT keeps in registers. Invariant: every index is below
/// the function's <see cref="LoweredFunction.FrameSlots"/> (the lowering guarantees it and
/// <see cref="Lowerer.Verify"/> checks it), and the stack arrays hold at least frame base + FrameSlots entries
/// (ensured on frame entry; re-created after anything that may reallocate them). Value layout: an i32 is its
/// zero-extended 32-bit pattern, an f32 its bits, a v128 two slots (low half first). The running instruction's
/// operands are read through <see cref="Operands"/>.
/// </summary>
internal readonly ref struct Slots
{
    /// <summary>Slot 0 of the frame (its base).</summary>
    public readonly ref ulong Slot0;
    /// <summary>Reference slot 0 of the frame.</summary>
    public readonly ref object? Ref0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Slots(ulong[] slots, object?[] refs, int frameBase)
    {
        Slot0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), frameBase);
        Ref0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(refs), frameBase);
    }

    /// <summary>Numeric slot <paramref name="i"/>.</summary>
    public ref ulong this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Unsafe.Add(ref Slot0, i);
    }

    /// <summary>Reference slot <paramref name="i"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref object? Ref(int i) => ref Unsafe.Add(ref Ref0, i);
}
