using System.Runtime.CompilerServices;
using Weld.Runtime.Gc;

namespace Weld.Execution.Gc;

/// <summary>
/// array.get and array.set by element storage, for back ends that know it from the instruction's type (every array
/// of a type and of its subtypes stores its elements alike): no switch on the array's storage. Same traps as
/// <see cref="ArrayGet"/> and <see cref="ArraySet"/>: null first, then the index.
/// </summary>
internal static partial class GcOps
{
    /// <summary>array.get_u of an i8 element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint ArrayGetU8(object? r, uint i)
    {
        var a = Array(r);
        return a.Bytes[Checked(a, i)];
    }

    /// <summary>array.get_s of an i8 element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ArrayGetS8(object? r, uint i)
    {
        var a = Array(r);
        return (sbyte)a.Bytes[Checked(a, i)];
    }

    /// <summary>array.get_u of an i16 element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint ArrayGetU16(object? r, uint i)
    {
        var a = Array(r);
        return a.Shorts[Checked(a, i)];
    }

    /// <summary>array.get_s of an i16 element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ArrayGetS16(object? r, uint i)
    {
        var a = Array(r);
        return (short)a.Shorts[Checked(a, i)];
    }

    /// <summary>array.get of an i32 or f32 element (its bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint ArrayGet32(object? r, uint i)
    {
        var a = Array(r);
        return a.Ints[Checked(a, i)];
    }

    /// <summary>array.get of an i64 or f64 element (its bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong ArrayGet64(object? r, uint i)
    {
        var a = Array(r);
        return a.Longs[Checked(a, i)];
    }

    /// <summary>array.set of an i8 element (wrapped).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ArraySet8(object? r, uint i, ulong bits)
    {
        var a = Array(r);
        a.Bytes[Checked(a, i)] = (byte)bits;
    }

    /// <summary>array.set of an i16 element (wrapped).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ArraySet16(object? r, uint i, ulong bits)
    {
        var a = Array(r);
        a.Shorts[Checked(a, i)] = (ushort)bits;
    }

    /// <summary>array.set of an i32 or f32 element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ArraySet32(object? r, uint i, ulong bits)
    {
        var a = Array(r);
        a.Ints[Checked(a, i)] = (uint)bits;
    }

    /// <summary>array.set of an i64 or f64 element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ArraySet64(object? r, uint i, ulong bits)
    {
        var a = Array(r);
        a.Longs[Checked(a, i)] = bits;
    }

    /// <summary>The index <paramref name="i"/> when it is inside <paramref name="a"/>, else the trap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Checked(GcArray a, uint i) => i < (uint)a.Length ? (int)i : throw Trap.Exception(TrapCode.ArrayOutOfBounds);
}
