using System.Runtime.CompilerServices;

namespace Weld.Execution.Compiler;

/// <summary>
/// Float constants the JIT must not see as constants. It folds IEEE identities such as <c>x - 0.0 → x</c>,
/// <c>x * 1.0 → x</c> and <c>x * -1.0 → -x</c>, which hold for every value but a signaling NaN, where wasm requires
/// the arithmetic result (a quiet NaN); and it may quiet a signaling NaN constant itself. Such constants are read
/// from fields that are not read-only (so not foldable) or, for NaNs, made by a call it cannot look into.
/// </summary>
internal static class FloatConstants
{
#pragma warning disable CA2211 // Non-constant fields should not be visible: being writable is what stops the folding.
    public static float F32Zero = 0f, F32NegZero = -0f, F32One = 1f, F32NegOne = -1f;
    public static double F64Zero = 0d, F64NegZero = -0d, F64One = 1d, F64NegOne = -1d;
#pragma warning restore CA2211

    /// <summary>The field holding <paramref name="bits"/>' value when the JIT must not see it, or null.</summary>
    public static string? F32Field(uint bits) => bits switch
    {
        0x0000_0000 => nameof(F32Zero),
        0x8000_0000 => nameof(F32NegZero),
        0x3F80_0000 => nameof(F32One),
        0xBF80_0000 => nameof(F32NegOne),
        _ => null,
    };

    public static string? F64Field(ulong bits) => bits switch
    {
        0x0000_0000_0000_0000 => nameof(F64Zero),
        0x8000_0000_0000_0000 => nameof(F64NegZero),
        0x3FF0_0000_0000_0000 => nameof(F64One),
        0xBFF0_0000_0000_0000 => nameof(F64NegOne),
        _ => null,
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static float F32FromBits(int bits) => BitConverter.Int32BitsToSingle(bits);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static double F64FromBits(long bits) => BitConverter.Int64BitsToDouble(bits);
}
