using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Weld.Execution;

/// <summary>Throw helpers for traps: kept out of line so that the callers stay small and inlinable.</summary>
internal static class Trap
{
    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void Throw(TrapCode code) => throw new TrapException(code);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static T Throw<T>(TrapCode code) => throw new TrapException(code);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void DivideByZero() => throw new TrapException(TrapCode.IntegerDivideByZero);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void Overflow() => throw new TrapException(TrapCode.IntegerOverflow);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void InvalidConversion() => throw new TrapException(TrapCode.InvalidConversionToInteger);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void MemoryOutOfBounds() => throw new TrapException(TrapCode.MemoryOutOfBounds);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void TableOutOfBounds() => throw new TrapException(TrapCode.TableOutOfBounds);
}
