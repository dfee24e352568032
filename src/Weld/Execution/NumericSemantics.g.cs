// Generated from src/Weld/Isa/instructions.txt by tools/Weld.IsaGen (dotnet run --project tools/Weld.IsaGen). Do not edit:
// change the table (or the generator) and run the command again.
#nullable enable
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Weld.Execution;

/// <summary>
/// The semantics of every scalar numeric instruction: one method per <see cref="Syntax.Opcode"/> member, over the
/// natural CLR types of the table's signature (comparisons return 0 or 1). The interpreter's dispatch calls them;
/// other back ends find them with <see cref="InstructionSemantics.Of"/>.
/// </summary>
internal static class NumericSemantics
{
    /// <summary>i32.eqz</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32Eqz(uint x) => x == 0 ? 1 : 0;

    /// <summary>i32.eq</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32Eq(uint x, uint y) => x == y ? 1 : 0;

    /// <summary>i32.ne</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32Ne(uint x, uint y) => x != y ? 1 : 0;

    /// <summary>i32.lt_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32LtS(int x, int y) => x < y ? 1 : 0;

    /// <summary>i32.lt_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32LtU(uint x, uint y) => x < y ? 1 : 0;

    /// <summary>i32.gt_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32GtS(int x, int y) => x > y ? 1 : 0;

    /// <summary>i32.gt_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32GtU(uint x, uint y) => x > y ? 1 : 0;

    /// <summary>i32.le_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32LeS(int x, int y) => x <= y ? 1 : 0;

    /// <summary>i32.le_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32LeU(uint x, uint y) => x <= y ? 1 : 0;

    /// <summary>i32.ge_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32GeS(int x, int y) => x >= y ? 1 : 0;

    /// <summary>i32.ge_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32GeU(uint x, uint y) => x >= y ? 1 : 0;

    /// <summary>i64.eqz</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I64Eqz(ulong x) => x == 0 ? 1 : 0;

    /// <summary>i64.eq</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I64Eq(ulong x, ulong y) => x == y ? 1 : 0;

    /// <summary>i64.ne</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I64Ne(ulong x, ulong y) => x != y ? 1 : 0;

    /// <summary>i64.lt_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I64LtS(long x, long y) => x < y ? 1 : 0;

    /// <summary>i64.lt_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I64LtU(ulong x, ulong y) => x < y ? 1 : 0;

    /// <summary>i64.gt_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I64GtS(long x, long y) => x > y ? 1 : 0;

    /// <summary>i64.gt_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I64GtU(ulong x, ulong y) => x > y ? 1 : 0;

    /// <summary>i64.le_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I64LeS(long x, long y) => x <= y ? 1 : 0;

    /// <summary>i64.le_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I64LeU(ulong x, ulong y) => x <= y ? 1 : 0;

    /// <summary>i64.ge_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I64GeS(long x, long y) => x >= y ? 1 : 0;

    /// <summary>i64.ge_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I64GeU(ulong x, ulong y) => x >= y ? 1 : 0;

    /// <summary>f32.eq</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int F32Eq(float x, float y) => x == y ? 1 : 0;

    /// <summary>f32.ne</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int F32Ne(float x, float y) => x != y ? 1 : 0;

    /// <summary>f32.lt</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int F32Lt(float x, float y) => x < y ? 1 : 0;

    /// <summary>f32.gt</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int F32Gt(float x, float y) => x > y ? 1 : 0;

    /// <summary>f32.le</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int F32Le(float x, float y) => x <= y ? 1 : 0;

    /// <summary>f32.ge</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int F32Ge(float x, float y) => x >= y ? 1 : 0;

    /// <summary>f64.eq</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int F64Eq(double x, double y) => x == y ? 1 : 0;

    /// <summary>f64.ne</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int F64Ne(double x, double y) => x != y ? 1 : 0;

    /// <summary>f64.lt</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int F64Lt(double x, double y) => x < y ? 1 : 0;

    /// <summary>f64.gt</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int F64Gt(double x, double y) => x > y ? 1 : 0;

    /// <summary>f64.le</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int F64Le(double x, double y) => x <= y ? 1 : 0;

    /// <summary>f64.ge</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int F64Ge(double x, double y) => x >= y ? 1 : 0;

    /// <summary>i32.clz</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32Clz(uint x) => (uint)BitOperations.LeadingZeroCount(x);

    /// <summary>i32.ctz</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32Ctz(uint x) => (uint)BitOperations.TrailingZeroCount(x);

    /// <summary>i32.popcnt</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32Popcnt(uint x) => (uint)BitOperations.PopCount(x);

    /// <summary>i32.add</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32Add(uint x, uint y) => x + y;

    /// <summary>i32.sub</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32Sub(uint x, uint y) => x - y;

    /// <summary>i32.mul</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32Mul(uint x, uint y) => x * y;

    /// <summary>i32.div_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32DivS(int x, int y) => Numerics.I32DivS(x, y);

    /// <summary>i32.div_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32DivU(uint x, uint y) => Numerics.I32DivU(x, y);

    /// <summary>i32.rem_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32RemS(int x, int y) => Numerics.I32RemS(x, y);

    /// <summary>i32.rem_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32RemU(uint x, uint y) => Numerics.I32RemU(x, y);

    /// <summary>i32.and</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32And(uint x, uint y) => x & y;

    /// <summary>i32.or</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32Or(uint x, uint y) => x | y;

    /// <summary>i32.xor</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32Xor(uint x, uint y) => x ^ y;

    /// <summary>i32.shl</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32Shl(uint x, uint y) => x << (int)y;

    /// <summary>i32.shr_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32ShrS(int x, uint y) => x >> (int)y;

    /// <summary>i32.shr_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32ShrU(uint x, uint y) => x >> (int)y;

    /// <summary>i32.rotl</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32Rotl(uint x, uint y) => BitOperations.RotateLeft(x, (int)y);

    /// <summary>i32.rotr</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32Rotr(uint x, uint y) => BitOperations.RotateRight(x, (int)y);

    /// <summary>i64.clz</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64Clz(ulong x) => (ulong)BitOperations.LeadingZeroCount(x);

    /// <summary>i64.ctz</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64Ctz(ulong x) => (ulong)BitOperations.TrailingZeroCount(x);

    /// <summary>i64.popcnt</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64Popcnt(ulong x) => (ulong)BitOperations.PopCount(x);

    /// <summary>i64.add</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64Add(ulong x, ulong y) => x + y;

    /// <summary>i64.sub</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64Sub(ulong x, ulong y) => x - y;

    /// <summary>i64.mul</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64Mul(ulong x, ulong y) => x * y;

    /// <summary>i64.div_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64DivS(long x, long y) => Numerics.I64DivS(x, y);

    /// <summary>i64.div_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64DivU(ulong x, ulong y) => Numerics.I64DivU(x, y);

    /// <summary>i64.rem_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64RemS(long x, long y) => Numerics.I64RemS(x, y);

    /// <summary>i64.rem_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64RemU(ulong x, ulong y) => Numerics.I64RemU(x, y);

    /// <summary>i64.and</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64And(ulong x, ulong y) => x & y;

    /// <summary>i64.or</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64Or(ulong x, ulong y) => x | y;

    /// <summary>i64.xor</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64Xor(ulong x, ulong y) => x ^ y;

    /// <summary>i64.shl</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64Shl(ulong x, ulong y) => x << (int)y;

    /// <summary>i64.shr_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64ShrS(long x, ulong y) => x >> (int)y;

    /// <summary>i64.shr_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64ShrU(ulong x, ulong y) => x >> (int)y;

    /// <summary>i64.rotl</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64Rotl(ulong x, ulong y) => BitOperations.RotateLeft(x, (int)y);

    /// <summary>i64.rotr</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64Rotr(ulong x, ulong y) => BitOperations.RotateRight(x, (int)y);

    /// <summary>f32.abs</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Abs(float x) => Numerics.F32Abs(x);

    /// <summary>f32.neg</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Neg(float x) => Numerics.F32Neg(x);

    /// <summary>f32.ceil</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Ceil(float x) => Numerics.F32Ceil(x);

    /// <summary>f32.floor</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Floor(float x) => Numerics.F32Floor(x);

    /// <summary>f32.trunc</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Trunc(float x) => Numerics.F32Trunc(x);

    /// <summary>f32.nearest</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Nearest(float x) => Numerics.F32Nearest(x);

    /// <summary>f32.sqrt</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Sqrt(float x) => Numerics.F32Sqrt(x);

    /// <summary>f32.add</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Add(float x, float y) => Numerics.F32Add(x, y);

    /// <summary>f32.sub</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Sub(float x, float y) => x - y;

    /// <summary>f32.mul</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Mul(float x, float y) => Numerics.F32Mul(x, y);

    /// <summary>f32.div</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Div(float x, float y) => x / y;

    /// <summary>f32.min</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Min(float x, float y) => Numerics.F32Min(x, y);

    /// <summary>f32.max</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Max(float x, float y) => Numerics.F32Max(x, y);

    /// <summary>f32.copysign</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Copysign(float x, float y) => Numerics.F32Copysign(x, y);

    /// <summary>f64.abs</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Abs(double x) => Numerics.F64Abs(x);

    /// <summary>f64.neg</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Neg(double x) => Numerics.F64Neg(x);

    /// <summary>f64.ceil</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Ceil(double x) => Numerics.F64Ceil(x);

    /// <summary>f64.floor</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Floor(double x) => Numerics.F64Floor(x);

    /// <summary>f64.trunc</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Trunc(double x) => Numerics.F64Trunc(x);

    /// <summary>f64.nearest</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Nearest(double x) => Numerics.F64Nearest(x);

    /// <summary>f64.sqrt</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Sqrt(double x) => Numerics.F64Sqrt(x);

    /// <summary>f64.add</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Add(double x, double y) => Numerics.F64Add(x, y);

    /// <summary>f64.sub</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Sub(double x, double y) => x - y;

    /// <summary>f64.mul</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Mul(double x, double y) => Numerics.F64Mul(x, y);

    /// <summary>f64.div</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Div(double x, double y) => x / y;

    /// <summary>f64.min</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Min(double x, double y) => Numerics.F64Min(x, y);

    /// <summary>f64.max</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Max(double x, double y) => Numerics.F64Max(x, y);

    /// <summary>f64.copysign</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Copysign(double x, double y) => Numerics.F64Copysign(x, y);

    /// <summary>i32.wrap_i64</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32WrapI64(long x) => (int)x;

    /// <summary>i32.trunc_f32_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32TruncF32S(float x) => Numerics.I32TruncF32S(x);

    /// <summary>i32.trunc_f32_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32TruncF32U(float x) => Numerics.I32TruncF32U(x);

    /// <summary>i32.trunc_f64_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32TruncF64S(double x) => Numerics.I32TruncF64S(x);

    /// <summary>i32.trunc_f64_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32TruncF64U(double x) => Numerics.I32TruncF64U(x);

    /// <summary>i64.extend_i32_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64ExtendI32S(int x) => (long)x;

    /// <summary>i64.extend_i32_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64ExtendI32U(uint x) => (ulong)x;

    /// <summary>i64.trunc_f32_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64TruncF32S(float x) => Numerics.I64TruncF32S(x);

    /// <summary>i64.trunc_f32_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64TruncF32U(float x) => Numerics.I64TruncF32U(x);

    /// <summary>i64.trunc_f64_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64TruncF64S(double x) => Numerics.I64TruncF64S(x);

    /// <summary>i64.trunc_f64_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64TruncF64U(double x) => Numerics.I64TruncF64U(x);

    /// <summary>f32.convert_i32_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32ConvertI32S(int x) => Numerics.F32ConvertI32S(x);

    /// <summary>f32.convert_i32_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32ConvertI32U(uint x) => Numerics.F32ConvertI32U(x);

    /// <summary>f32.convert_i64_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32ConvertI64S(long x) => Numerics.F32ConvertI64S(x);

    /// <summary>f32.convert_i64_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32ConvertI64U(ulong x) => Numerics.F32ConvertI64U(x);

    /// <summary>f32.demote_f64</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32DemoteF64(double x) => Numerics.F32DemoteF64(x);

    /// <summary>f64.convert_i32_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64ConvertI32S(int x) => Numerics.F64ConvertI32S(x);

    /// <summary>f64.convert_i32_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64ConvertI32U(uint x) => Numerics.F64ConvertI32U(x);

    /// <summary>f64.convert_i64_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64ConvertI64S(long x) => Numerics.F64ConvertI64S(x);

    /// <summary>f64.convert_i64_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64ConvertI64U(ulong x) => Numerics.F64ConvertI64U(x);

    /// <summary>f64.promote_f32</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64PromoteF32(float x) => Numerics.F64PromoteF32(x);

    /// <summary>i32.reinterpret_f32</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32ReinterpretF32(float x) => BitConverter.SingleToInt32Bits(x);

    /// <summary>i64.reinterpret_f64</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64ReinterpretF64(double x) => BitConverter.DoubleToInt64Bits(x);

    /// <summary>f32.reinterpret_i32</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32ReinterpretI32(int x) => BitConverter.Int32BitsToSingle(x);

    /// <summary>f64.reinterpret_i64</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64ReinterpretI64(long x) => BitConverter.Int64BitsToDouble(x);

    /// <summary>i32.extend8_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32Extend8S(int x) => (sbyte)x;

    /// <summary>i32.extend16_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32Extend16S(int x) => (short)x;

    /// <summary>i64.extend8_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64Extend8S(long x) => (sbyte)x;

    /// <summary>i64.extend16_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64Extend16S(long x) => (short)x;

    /// <summary>i64.extend32_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64Extend32S(long x) => (int)x;

    /// <summary>i32.trunc_sat_f32_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32TruncSatF32S(float x) => Numerics.I32TruncSatF32S(x);

    /// <summary>i32.trunc_sat_f32_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32TruncSatF32U(float x) => Numerics.I32TruncSatF32U(x);

    /// <summary>i32.trunc_sat_f64_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32TruncSatF64S(double x) => Numerics.I32TruncSatF64S(x);

    /// <summary>i32.trunc_sat_f64_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint I32TruncSatF64U(double x) => Numerics.I32TruncSatF64U(x);

    /// <summary>i64.trunc_sat_f32_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64TruncSatF32S(float x) => Numerics.I64TruncSatF32S(x);

    /// <summary>i64.trunc_sat_f32_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64TruncSatF32U(float x) => Numerics.I64TruncSatF32U(x);

    /// <summary>i64.trunc_sat_f64_s</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64TruncSatF64S(double x) => Numerics.I64TruncSatF64S(x);

    /// <summary>i64.trunc_sat_f64_u</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong I64TruncSatF64U(double x) => Numerics.I64TruncSatF64U(x);
}
