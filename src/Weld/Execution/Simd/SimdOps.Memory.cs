using System.Runtime.Intrinsics;
using V128 = System.Runtime.Intrinsics.Vector128<byte>;

namespace Weld.Execution.Simd;

/// <summary>
/// What the SIMD memory instructions do with the bytes. The back end does the bounds-checked access (8, 16, 32, 64 or
/// 128 bits, little-endian): loads get the raw value read, stores return the raw value to write.
/// </summary>
internal static partial class SimdOps
{
    /// <summary>v128.load: the 16 bytes as they are.</summary>
    public static V128 Load128(V128 raw) => raw;

    /// <summary>v128.store: the 16 bytes as they are.</summary>
    public static V128 Store128(V128 a) => a;

    /// <summary>v128.load8x8_s: eight i8 widened to i16.</summary>
    public static V128 Load8x8S(ulong raw) => Vector128.WidenLower(Vector128.CreateScalar(raw).AsSByte()).AsByte();
    public static V128 Load8x8U(ulong raw) => Vector128.WidenLower(Vector128.CreateScalar(raw).AsByte()).AsByte();
    public static V128 Load16x4S(ulong raw) => Vector128.WidenLower(Vector128.CreateScalar(raw).AsInt16()).AsByte();
    public static V128 Load16x4U(ulong raw) => Vector128.WidenLower(Vector128.CreateScalar(raw).AsUInt16()).AsByte();
    public static V128 Load32x2S(ulong raw) => Vector128.WidenLower(Vector128.CreateScalar(raw).AsInt32()).AsByte();
    public static V128 Load32x2U(ulong raw) => Vector128.WidenLower(Vector128.CreateScalar(raw).AsUInt32()).AsByte();

    public static V128 Load8Splat(byte raw) => Vector128.Create(raw);
    public static V128 Load16Splat(ushort raw) => Vector128.Create(raw).AsByte();
    public static V128 Load32Splat(uint raw) => Vector128.Create(raw).AsByte();
    public static V128 Load64Splat(ulong raw) => Vector128.Create(raw).AsByte();

    public static V128 Load32Zero(uint raw) => Vector128.CreateScalar(raw).AsByte();
    public static V128 Load64Zero(ulong raw) => Vector128.CreateScalar(raw).AsByte();

    // load*_lane are replace_lane with the loaded bits; store*_lane store the extracted lane.
    public static V128 Load8Lane(V128 a, int lane, byte raw) => a.WithElement(lane & 15, raw);
    public static V128 Load16Lane(V128 a, int lane, ushort raw) => a.AsUInt16().WithElement(lane & 7, raw).AsByte();
    public static V128 Load32Lane(V128 a, int lane, uint raw) => a.AsUInt32().WithElement(lane & 3, raw).AsByte();
    public static V128 Load64Lane(V128 a, int lane, ulong raw) => a.AsUInt64().WithElement(lane & 1, raw).AsByte();

    public static byte Store8Lane(V128 a, int lane) => a.GetElement(lane & 15);
    public static ushort Store16Lane(V128 a, int lane) => a.AsUInt16().GetElement(lane & 7);
    public static uint Store32Lane(V128 a, int lane) => a.AsUInt32().GetElement(lane & 3);
    public static ulong Store64Lane(V128 a, int lane) => a.AsUInt64().GetElement(lane & 1);
}
