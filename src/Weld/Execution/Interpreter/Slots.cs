using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Vector = System.Runtime.Intrinsics.Vector128<byte>;

namespace Weld.Execution.Interpreter;

/// <summary>
/// The running frame's slots: numeric slots and, at the same indexes, references, addressed from the frame base
/// without bounds checks. Two refs passed by value, which the JIT keeps in registers like the plain ref locals they
/// replace. Invariant: every index is below the function's <see cref="LoweredFunction.FrameSlots"/> (the lowering
/// guarantees it and <see cref="Lowerer.Verify"/> checks it), and the stack arrays hold at least frame base +
/// FrameSlots entries (ensured on frame entry; re-created after anything that may reallocate them).
/// Value layout: an i32 is its zero-extended 32-bit pattern, an f32 its bits, a v128 two slots (low half first).
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int I32(int i) => (int)Unsafe.Add(ref Slot0, i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint U32(int i) => (uint)Unsafe.Add(ref Slot0, i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long I64(int i) => (long)Unsafe.Add(ref Slot0, i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong U64(int i) => Unsafe.Add(ref Slot0, i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float F32(int i) => BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref Slot0, i));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double F64(int i) => BitConverter.UInt64BitsToDouble(Unsafe.Add(ref Slot0, i));

    /// <summary>The v128 in slots <paramref name="i"/> and i + 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector V128(int i) => Unsafe.ReadUnaligned<Vector>(ref Unsafe.As<ulong, byte>(ref Unsafe.Add(ref Slot0, i)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Set(int i, int v) => Unsafe.Add(ref Slot0, i) = (uint)v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Set(int i, uint v) => Unsafe.Add(ref Slot0, i) = v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Set(int i, long v) => Unsafe.Add(ref Slot0, i) = (ulong)v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Set(int i, ulong v) => Unsafe.Add(ref Slot0, i) = v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Set(int i, float v) => Unsafe.Add(ref Slot0, i) = BitConverter.SingleToUInt32Bits(v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Set(int i, double v) => Unsafe.Add(ref Slot0, i) = BitConverter.DoubleToUInt64Bits(v);

    /// <summary>Writes a v128 to slots <paramref name="i"/> and i + 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Set(int i, Vector v) => Unsafe.WriteUnaligned(ref Unsafe.As<ulong, byte>(ref Unsafe.Add(ref Slot0, i)), v);
}
