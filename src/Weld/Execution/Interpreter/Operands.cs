using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Vector = System.Runtime.Intrinsics.Vector128<byte>;

namespace Weld.Execution.Interpreter;

/// <summary>
/// The running frame's numeric slots and the running instruction: the instruction's slot fields A (result), B and C
/// (operands) resolved against the frame, typed, and its constant K. Two refs that the JIT keeps in registers; the
/// dispatch loop holds one and moves it to each instruction with <see cref="At"/>.
/// <para>Slots are addressed without bounds checks. Invariant: every slot index is below the function's
/// <see cref="LoweredFunction.FrameSlots"/> (the lowering guarantees it and <see cref="Lowerer.Verify"/> checks it),
/// and the stack's slot array holds at least frame base + FrameSlots slots (ensured on frame entry; the view is made
/// again after anything that may reallocate the array). Value layout: an i32 is its zero-extended 32-bit pattern, an
/// f32 its bits, a v128 two slots (low half first). References live at the same indexes in the parallel array.</para>
/// <para>Its accessors take no arguments on purpose: the JIT gives up inlining in a method once inlining has made
/// 512 locals, and every argument that reads memory (such as <c>ins.B</c>) costs an inlining local. Parameterless
/// accessors cost none, so the dispatch loop's hundreds of one-line cases all inline.</para>
/// </summary>
internal readonly ref partial struct Operands
{
    // The accessors below use Unsafe directly rather than each other: nested inlining costs locals too.
    private readonly ref ulong _slot0;
    private readonly ref Inst _ins;

    /// <summary>The frame whose slot 0 is <c>slots[frameBase]</c>, at instruction <paramref name="ins"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Operands(ulong[] slots, int frameBase, ref Inst ins)
    {
        _slot0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), frameBase);
        _ins = ref ins;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Operands(ref ulong slot0, ref Inst ins)
    {
        _slot0 = ref slot0;
        _ins = ref ins;
    }

    /// <summary>The same frame at instruction <paramref name="ins"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Operands At(ref Inst ins) => new(ref _slot0, ref ins);

    public ref ulong A
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Unsafe.Add(ref _slot0, _ins.A);
    }

    public ref ulong B
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Unsafe.Add(ref _slot0, _ins.B);
    }

    public ref ulong C
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Unsafe.Add(ref _slot0, _ins.C);
    }

    /// <summary>The address of a load or store: slot B plus the fused i32.add immediate in C, wrapped to 32 bits.</summary>
    public ulong Address
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (uint)((uint)Unsafe.Add(ref _slot0, _ins.B) + (uint)_ins.C);
    }

    /// <summary>The slot whose index is in K (a third operand: a select's condition, an indirect call's index, ...).</summary>
    public ref ulong SlotK
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Unsafe.Add(ref _slot0, (int)_ins.K);
    }

    /// <summary>Numeric slot <paramref name="i"/> of the frame (an operand held in K).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref ulong Slot(int i) => ref Unsafe.Add(ref _slot0, i);

    /// <summary>The v128 in slots <paramref name="i"/> and i + 1 (a third operand held in K).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector V128At(int i) => Unsafe.ReadUnaligned<Vector>(ref Unsafe.As<ulong, byte>(ref Unsafe.Add(ref _slot0, i)));

    public int I32B { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => (int)Unsafe.Add(ref _slot0, _ins.B); }
    public uint U32B { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => (uint)Unsafe.Add(ref _slot0, _ins.B); }
    public long I64B { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => (long)Unsafe.Add(ref _slot0, _ins.B); }
    public float F32B { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B)); }
    public double F64B { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B)); }
    public Vector V128B { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => Unsafe.ReadUnaligned<Vector>(ref Unsafe.As<ulong, byte>(ref Unsafe.Add(ref _slot0, _ins.B))); }

    public int I32C { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => (int)Unsafe.Add(ref _slot0, _ins.C); }
    public uint U32C { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => (uint)Unsafe.Add(ref _slot0, _ins.C); }
    public long I64C { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => (long)Unsafe.Add(ref _slot0, _ins.C); }
    public float F32C { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.C)); }
    public double F64C { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.C)); }
    public Vector V128C { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => Unsafe.ReadUnaligned<Vector>(ref Unsafe.As<ulong, byte>(ref Unsafe.Add(ref _slot0, _ins.C))); }

    /// <summary>The constant K (an immediate operand's bits, a packed SIMD immediate, ...).</summary>
    public ulong K { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _ins.K; }
    public uint U32K { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => (uint)_ins.K; }

    // An i32 is stored as its zero-extended 32-bit pattern, an f32 as its bits.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetA(int v) => Unsafe.Add(ref _slot0, _ins.A) = (uint)v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetA(uint v) => Unsafe.Add(ref _slot0, _ins.A) = v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetA(long v) => Unsafe.Add(ref _slot0, _ins.A) = (ulong)v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetA(ulong v) => Unsafe.Add(ref _slot0, _ins.A) = v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetA(float v) => Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits(v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetA(double v) => Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits(v);

    /// <summary>Writes a v128 to slots A and A + 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetA(Vector v) => Unsafe.WriteUnaligned(ref Unsafe.As<ulong, byte>(ref Unsafe.Add(ref _slot0, _ins.A)), v);
}
