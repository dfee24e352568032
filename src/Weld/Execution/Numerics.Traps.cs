using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Weld.Diagnostics;

namespace Weld.Execution;

/// <summary>Throw helpers for traps: kept out of line so that the callers stay small and inlinable.</summary>
internal static class Trap
{
    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void Throw(TrapCode code) => throw new TrapException(code);

    /// <summary>The trap as an exception for the caller to throw (<c>throw Trap.Exception(code)</c>): a throw in the
    /// caller itself tells the JIT that the path ends, which a call to a throwing method does not.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static TrapException Exception(TrapCode code) => new(code);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static T Throw<T>(TrapCode code) => throw new TrapException(code);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void DivideByZero() => throw new TrapException(TrapCode.IntegerDivideByZero);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void Overflow() => throw new TrapException(TrapCode.IntegerOverflow);

    /// <summary>A failed float-to-integer truncation: NaN is "invalid conversion to integer", out of range "integer overflow".</summary>
    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void Truncation(double x) =>
        throw new TrapException(double.IsNaN(x) ? TrapCode.InvalidConversionToInteger : TrapCode.IntegerOverflow);

    /// <summary>call_indirect to a null entry, as an exception for the caller to throw.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static TrapException UninitializedElementException(uint index) =>
        new(TrapCode.UninitializedElement, TrapText.UninitializedElement(index));

    /// <summary>call_indirect to a null entry; the message names the index, as the reference interpreter's does.</summary>
    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void UninitializedElement(uint index) =>
        throw new TrapException(TrapCode.UninitializedElement, TrapText.UninitializedElement(index));

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void MemoryOutOfBounds() => throw new TrapException(TrapCode.MemoryOutOfBounds);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void TableOutOfBounds() => throw new TrapException(TrapCode.TableOutOfBounds);
}
