using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Weld.Execution.Compiler;

/// <summary>Typed reads and writes of <see cref="ExecStack"/> slots, in the layout every back end shares (i32
/// zero-extended, floats as their bits, v128 in two slots, references in the parallel array).</summary>
internal static class SlotAccess
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int ReadI32(ulong[] s, int i) => (int)s[i];
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long ReadI64(ulong[] s, int i) => (long)s[i];
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float ReadF32(ulong[] s, int i) => BitConverter.UInt32BitsToSingle((uint)s[i]);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double ReadF64(ulong[] s, int i) => BitConverter.UInt64BitsToDouble(s[i]);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<byte> ReadV128(ulong[] s, int i) => Vector128.Create(s[i], s[i + 1]).AsByte();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static object? ReadRef(object?[] r, int i) => r[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void WriteI32(ulong[] s, int i, int v) => s[i] = (uint)v;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void WriteI64(ulong[] s, int i, long v) => s[i] = (ulong)v;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void WriteF32(ulong[] s, int i, float v) => s[i] = BitConverter.SingleToUInt32Bits(v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void WriteF64(ulong[] s, int i, double v) => s[i] = BitConverter.DoubleToUInt64Bits(v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteV128(ulong[] s, int i, Vector128<byte> v)
    {
        s[i] = v.AsUInt64().GetElement(0);
        s[i + 1] = v.AsUInt64().GetElement(1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void WriteRef(object?[] r, int i, object? v) => r[i] = v;
}
