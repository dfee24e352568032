using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Weld.Execution.Simd;

/// <summary>
/// WebAssembly 2.0 SIMD semantics, one static method per instruction over <see cref="Vector128{T}"/> values
/// (a v128 is a <c>Vector128&lt;byte&gt;</c>; lanes are little-endian, lane 0 in the low bits). The methods use
/// Vector128 and the x86/Arm intrinsics where they compute exactly the spec's result and scalar code where
/// they do not. None allocates. Split by family: Bitwise, Integer, Compare, Float, Convert, Lanes, Memory.
/// </summary>
internal static partial class SimdOps
{
    /// <summary>A v128 from the interpreter's two stack slots (low half first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> FromSlots(ulong lo, ulong hi) => Vector128.Create(lo, hi).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Read(ref ulong lo) => Unsafe.ReadUnaligned<Vector128<byte>>(ref Unsafe.As<ulong, byte>(ref lo));

    /// <summary>Writes a v128 into two consecutive slots starting at <paramref name="lo"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(ref ulong lo, Vector128<byte> v) => Unsafe.WriteUnaligned(ref Unsafe.As<ulong, byte>(ref lo), v);

    public static ulong Lo(Vector128<byte> v) => v.AsUInt64().GetElement(0);
    public static ulong Hi(Vector128<byte> v) => v.AsUInt64().GetElement(1);
}
