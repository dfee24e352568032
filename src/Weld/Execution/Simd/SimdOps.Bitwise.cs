using System.Runtime.Intrinsics;
using V128 = System.Runtime.Intrinsics.Vector128<byte>;

namespace Weld.Execution.Simd;

/// <summary>Bitwise operations and the lane tests (any_true, all_true, bitmask).</summary>
internal static partial class SimdOps
{
    public static V128 Not(V128 a) => ~a;
    public static V128 And(V128 a, V128 b) => a & b;
    /// <summary>a AND NOT b (note: .NET's AndNot(x, y) is also x &amp; ~y).</summary>
    public static V128 AndNot(V128 a, V128 b) => Vector128.AndNot(a, b);
    public static V128 Or(V128 a, V128 b) => a | b;
    public static V128 Xor(V128 a, V128 b) => a ^ b;
    /// <summary>Bits of a where c is 1, of b where c is 0.</summary>
    public static V128 Bitselect(V128 a, V128 b, V128 c) => Vector128.ConditionalSelect(c, a, b);

    public static int AnyTrue(V128 a) => a != V128.Zero ? 1 : 0;

    public static int I8x16AllTrue(V128 a) => Vector128.EqualsAny(a, V128.Zero) ? 0 : 1;
    public static int I16x8AllTrue(V128 a) => Vector128.EqualsAny(a.AsUInt16(), Vector128<ushort>.Zero) ? 0 : 1;
    public static int I32x4AllTrue(V128 a) => Vector128.EqualsAny(a.AsUInt32(), Vector128<uint>.Zero) ? 0 : 1;
    public static int I64x2AllTrue(V128 a) => Vector128.EqualsAny(a.AsUInt64(), Vector128<ulong>.Zero) ? 0 : 1;

    public static int I8x16Bitmask(V128 a) => (int)a.AsSByte().ExtractMostSignificantBits();
    public static int I16x8Bitmask(V128 a) => (int)a.AsInt16().ExtractMostSignificantBits();
    public static int I32x4Bitmask(V128 a) => (int)a.AsInt32().ExtractMostSignificantBits();
    public static int I64x2Bitmask(V128 a) => (int)a.AsInt64().ExtractMostSignificantBits();
}
