namespace Weld.Fuzz.Comparison;

/// <summary>Bit-level NaN tests.</summary>
public static class FloatBits
{
    public static bool IsQuietNaN32(uint bits) => (bits & 0x7fc0_0000) == 0x7fc0_0000;

    public static bool IsQuietNaN64(ulong bits) => (bits & 0x7ff8_0000_0000_0000) == 0x7ff8_0000_0000_0000;

    public static bool IsNaN32(uint bits) => (bits & 0x7f80_0000) == 0x7f80_0000 && (bits & 0x007f_ffff) != 0;

    public static bool IsNaN64(ulong bits) => (bits & 0x7ff0_0000_0000_0000) == 0x7ff0_0000_0000_0000 && (bits & 0x000f_ffff_ffff_ffff) != 0;

    /// <summary>Whether two different 64-bit patterns may be the same result up to NaN payloads: both quiet f64 NaNs, or
    /// each 32-bit half either equal or a quiet f32 NaN on both sides.</summary>
    public static bool SameUpToNaN64(ulong a, ulong b) =>
        (IsQuietNaN64(a) && IsQuietNaN64(b)) || (SameUpToNaN32((uint)a, (uint)b) && SameUpToNaN32((uint)(a >> 32), (uint)(b >> 32)));

    public static bool SameUpToNaN32(uint a, uint b) => a == b || (IsQuietNaN32(a) && IsQuietNaN32(b));
}
