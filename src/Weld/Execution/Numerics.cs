using System.Runtime.CompilerServices;

namespace Weld.Execution;

/// <summary>
/// Integer numerics that need more than a C# operator: division and remainder, which trap. (Shifts, rotations,
/// bit counts and sign extensions are one-line expressions in the instruction table.) Used through
/// <see cref="NumericSemantics"/>; values are passed in their signed or unsigned CLR form.
/// Traps go through calls to <see cref="Trap"/>'s throwing helpers, not `throw` in place: the interpreter's dispatch
/// loop inlines these methods, and throws in place there made it about 15 % slower (sha256; the loop's registers are
/// allocated differently), while compiled code measured the same either way.
/// </summary>
internal static partial class Numerics
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32DivS(int x, int y)
    {
        if (y == 0) Trap.DivideByZero();
        if (y == -1 && x == int.MinValue) Trap.Overflow();
        return x / y;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32DivU(uint x, uint y)
    {
        if (y == 0) Trap.DivideByZero();
        return x / y;
    }

    /// <summary>rem_s: INT_MIN % -1 is 0 (C#'s % throws there).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32RemS(int x, int y)
    {
        if (y == 0) Trap.DivideByZero();
        return y == -1 ? 0 : x % y;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32RemU(uint x, uint y)
    {
        if (y == 0) Trap.DivideByZero();
        return x % y;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64DivS(long x, long y)
    {
        if (y == 0) Trap.DivideByZero();
        if (y == -1 && x == long.MinValue) Trap.Overflow();
        return x / y;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64DivU(ulong x, ulong y)
    {
        if (y == 0) Trap.DivideByZero();
        return x / y;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64RemS(long x, long y)
    {
        if (y == 0) Trap.DivideByZero();
        return y == -1 ? 0 : x % y;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64RemU(ulong x, ulong y)
    {
        if (y == 0) Trap.DivideByZero();
        return x % y;
    }
}
