using System.Numerics;
using System.Runtime.CompilerServices;

namespace Weld.Execution;

/// <summary>
/// Integer numerics exactly as the spec defines them (shared by the interpreter and the IL compiler).
/// Values are passed in their signed or unsigned CLR form; the bit pattern is what matters.
/// </summary>
internal static partial class Numerics
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32DivS(int x, int y)
    {
        if (y == 0) throw Trap.Exception(TrapCode.IntegerDivideByZero);
        if (y == -1 && x == int.MinValue) throw Trap.Exception(TrapCode.IntegerOverflow);
        return x / y;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32DivU(uint x, uint y)
    {
        if (y == 0) throw Trap.Exception(TrapCode.IntegerDivideByZero);
        return x / y;
    }

    /// <summary>rem_s: INT_MIN % -1 is 0 (C#'s % throws there).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32RemS(int x, int y)
    {
        if (y == 0) throw Trap.Exception(TrapCode.IntegerDivideByZero);
        return y == -1 ? 0 : x % y;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32RemU(uint x, uint y)
    {
        if (y == 0) throw Trap.Exception(TrapCode.IntegerDivideByZero);
        return x % y;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64DivS(long x, long y)
    {
        if (y == 0) throw Trap.Exception(TrapCode.IntegerDivideByZero);
        if (y == -1 && x == long.MinValue) throw Trap.Exception(TrapCode.IntegerOverflow);
        return x / y;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64DivU(ulong x, ulong y)
    {
        if (y == 0) throw Trap.Exception(TrapCode.IntegerDivideByZero);
        return x / y;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64RemS(long x, long y)
    {
        if (y == 0) throw Trap.Exception(TrapCode.IntegerDivideByZero);
        return y == -1 ? 0 : x % y;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64RemU(ulong x, ulong y)
    {
        if (y == 0) throw Trap.Exception(TrapCode.IntegerDivideByZero);
        return x % y;
    }

    // Shifts take the count modulo the width; C# already masks for int/long shifts, written out for clarity.
    public static uint I32Shl(uint x, uint y) => x << (int)(y & 31);
    public static int I32ShrS(int x, uint y) => x >> (int)(y & 31);
    public static uint I32ShrU(uint x, uint y) => x >> (int)(y & 31);
    public static uint I32Rotl(uint x, uint y) => BitOperations.RotateLeft(x, (int)(y & 31));
    public static uint I32Rotr(uint x, uint y) => BitOperations.RotateRight(x, (int)(y & 31));
    public static ulong I64Shl(ulong x, ulong y) => x << (int)(y & 63);
    public static long I64ShrS(long x, ulong y) => x >> (int)(y & 63);
    public static ulong I64ShrU(ulong x, ulong y) => x >> (int)(y & 63);
    public static ulong I64Rotl(ulong x, ulong y) => BitOperations.RotateLeft(x, (int)(y & 63));
    public static ulong I64Rotr(ulong x, ulong y) => BitOperations.RotateRight(x, (int)(y & 63));

    public static uint I32Clz(uint x) => (uint)BitOperations.LeadingZeroCount(x);
    public static uint I32Ctz(uint x) => (uint)BitOperations.TrailingZeroCount(x);
    public static uint I32Popcnt(uint x) => (uint)BitOperations.PopCount(x);
    public static ulong I64Clz(ulong x) => (ulong)BitOperations.LeadingZeroCount(x);
    public static ulong I64Ctz(ulong x) => (ulong)BitOperations.TrailingZeroCount(x);
    public static ulong I64Popcnt(ulong x) => (ulong)BitOperations.PopCount(x);

    public static uint I32Extend8S(uint x) => (uint)(int)(sbyte)x;
    public static uint I32Extend16S(uint x) => (uint)(int)(short)x;
    public static ulong I64Extend8S(ulong x) => (ulong)(long)(sbyte)x;
    public static ulong I64Extend16S(ulong x) => (ulong)(long)(short)x;
    public static ulong I64Extend32S(ulong x) => (ulong)(long)(int)x;
}
