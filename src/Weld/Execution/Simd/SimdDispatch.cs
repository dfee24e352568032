using System.Runtime.CompilerServices;
using Weld.Syntax;
using V128 = System.Runtime.Intrinsics.Vector128<byte>;

namespace Weld.Execution.Simd;

/// <summary>
/// Runs one SIMD instruction on a frame of slots for the interpreter (v128 = two slots, low half first).
/// Operands: A = result slot, B = first operand, C = second; <see cref="Pack"/> puts the sub-opcode, the lane
/// and a 32-bit extra (the memory offset, or bitselect's and shuffle's third operand slot) in K.
/// Nothing here allocates.
/// </summary>
internal static partial class SimdDispatch
{
    /// <summary>The K immediate of a SIMD instruction.</summary>
    public static ulong Pack(Opcode op, int lane, uint extra) =>
        extra | (ulong)((int)op - SimdOpcodeNames.Base) << 32 | (ulong)(byte)lane << 40;

    public static Opcode OpOf(ulong k) => (Opcode)(SimdOpcodeNames.Base + (int)((k >> 32) & 0xff));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static V128 Get(ref ulong fp, int i) => SimdOps.Read(ref Unsafe.Add(ref fp, i));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Set(ref ulong fp, int i, V128 v) => SimdOps.Write(ref Unsafe.Add(ref fp, i), v);

    /// <summary>Executes the instruction; <paramref name="mb"/>/<paramref name="ml"/> are memory 0's base and byte length.</summary>
    public static void Execute(ref ulong fp, int a, int b, int c, ulong k, nint mb, ulong ml)
    {
        uint extra = (uint)k;
        int lane = (int)(k >> 40) & 0xff;
        var op = OpOf(k);
        if (Memory(ref fp, op, a, b, c, extra, lane, mb, ml) || Lanes(ref fp, op, a, b, c, extra, lane)) return;
        switch (op)
        {
            case Opcode.I8x16Swizzle: Set(ref fp, a, SimdOps.I8x16Swizzle(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I8x16Eq: Set(ref fp, a, SimdOps.I8x16Eq(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I8x16Ne: Set(ref fp, a, SimdOps.I8x16Ne(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I8x16LtS: Set(ref fp, a, SimdOps.I8x16LtS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I8x16LtU: Set(ref fp, a, SimdOps.I8x16LtU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I8x16GtS: Set(ref fp, a, SimdOps.I8x16GtS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I8x16GtU: Set(ref fp, a, SimdOps.I8x16GtU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I8x16LeS: Set(ref fp, a, SimdOps.I8x16LeS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I8x16LeU: Set(ref fp, a, SimdOps.I8x16LeU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I8x16GeS: Set(ref fp, a, SimdOps.I8x16GeS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I8x16GeU: Set(ref fp, a, SimdOps.I8x16GeU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8Eq: Set(ref fp, a, SimdOps.I16x8Eq(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8Ne: Set(ref fp, a, SimdOps.I16x8Ne(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8LtS: Set(ref fp, a, SimdOps.I16x8LtS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8LtU: Set(ref fp, a, SimdOps.I16x8LtU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8GtS: Set(ref fp, a, SimdOps.I16x8GtS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8GtU: Set(ref fp, a, SimdOps.I16x8GtU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8LeS: Set(ref fp, a, SimdOps.I16x8LeS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8LeU: Set(ref fp, a, SimdOps.I16x8LeU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8GeS: Set(ref fp, a, SimdOps.I16x8GeS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8GeU: Set(ref fp, a, SimdOps.I16x8GeU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4Eq: Set(ref fp, a, SimdOps.I32x4Eq(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4Ne: Set(ref fp, a, SimdOps.I32x4Ne(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4LtS: Set(ref fp, a, SimdOps.I32x4LtS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4LtU: Set(ref fp, a, SimdOps.I32x4LtU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4GtS: Set(ref fp, a, SimdOps.I32x4GtS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4GtU: Set(ref fp, a, SimdOps.I32x4GtU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4LeS: Set(ref fp, a, SimdOps.I32x4LeS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4LeU: Set(ref fp, a, SimdOps.I32x4LeU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4GeS: Set(ref fp, a, SimdOps.I32x4GeS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4GeU: Set(ref fp, a, SimdOps.I32x4GeU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F32x4Eq: Set(ref fp, a, SimdOps.F32x4Eq(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F32x4Ne: Set(ref fp, a, SimdOps.F32x4Ne(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F32x4Lt: Set(ref fp, a, SimdOps.F32x4Lt(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F32x4Gt: Set(ref fp, a, SimdOps.F32x4Gt(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F32x4Le: Set(ref fp, a, SimdOps.F32x4Le(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F32x4Ge: Set(ref fp, a, SimdOps.F32x4Ge(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F64x2Eq: Set(ref fp, a, SimdOps.F64x2Eq(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F64x2Ne: Set(ref fp, a, SimdOps.F64x2Ne(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F64x2Lt: Set(ref fp, a, SimdOps.F64x2Lt(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F64x2Gt: Set(ref fp, a, SimdOps.F64x2Gt(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F64x2Le: Set(ref fp, a, SimdOps.F64x2Le(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F64x2Ge: Set(ref fp, a, SimdOps.F64x2Ge(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.V128Not: Set(ref fp, a, SimdOps.Not(Get(ref fp, b))); break;
            case Opcode.V128And: Set(ref fp, a, SimdOps.And(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.V128Andnot: Set(ref fp, a, SimdOps.AndNot(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.V128Or: Set(ref fp, a, SimdOps.Or(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.V128Xor: Set(ref fp, a, SimdOps.Xor(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.V128Bitselect: Set(ref fp, a, SimdOps.Bitselect(Get(ref fp, b), Get(ref fp, c), Get(ref fp, (int)extra))); break;
            case Opcode.V128AnyTrue: Unsafe.Add(ref fp, a) = (uint)SimdOps.AnyTrue(Get(ref fp, b)); break;
            case Opcode.F32x4DemoteF64x2Zero: Set(ref fp, a, SimdOps.F32x4DemoteF64x2Zero(Get(ref fp, b))); break;
            case Opcode.F64x2PromoteLowF32x4: Set(ref fp, a, SimdOps.F64x2PromoteLowF32x4(Get(ref fp, b))); break;
            case Opcode.I8x16Abs: Set(ref fp, a, SimdOps.I8x16Abs(Get(ref fp, b))); break;
            case Opcode.I8x16Neg: Set(ref fp, a, SimdOps.I8x16Neg(Get(ref fp, b))); break;
            case Opcode.I8x16Popcnt: Set(ref fp, a, SimdOps.I8x16Popcnt(Get(ref fp, b))); break;
            case Opcode.I8x16AllTrue: Unsafe.Add(ref fp, a) = (uint)SimdOps.I8x16AllTrue(Get(ref fp, b)); break;
            case Opcode.I8x16Bitmask: Unsafe.Add(ref fp, a) = (uint)SimdOps.I8x16Bitmask(Get(ref fp, b)); break;
            case Opcode.I8x16NarrowI16x8S: Set(ref fp, a, SimdOps.I8x16NarrowI16x8S(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I8x16NarrowI16x8U: Set(ref fp, a, SimdOps.I8x16NarrowI16x8U(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F32x4Ceil: Set(ref fp, a, SimdOps.F32x4Ceil(Get(ref fp, b))); break;
            case Opcode.F32x4Floor: Set(ref fp, a, SimdOps.F32x4Floor(Get(ref fp, b))); break;
            case Opcode.F32x4Trunc: Set(ref fp, a, SimdOps.F32x4Trunc(Get(ref fp, b))); break;
            case Opcode.F32x4Nearest: Set(ref fp, a, SimdOps.F32x4Nearest(Get(ref fp, b))); break;
            case Opcode.I8x16Shl: Set(ref fp, a, SimdOps.I8x16Shl(Get(ref fp, b), (int)Unsafe.Add(ref fp, c))); break;
            case Opcode.I8x16ShrS: Set(ref fp, a, SimdOps.I8x16ShrS(Get(ref fp, b), (int)Unsafe.Add(ref fp, c))); break;
            case Opcode.I8x16ShrU: Set(ref fp, a, SimdOps.I8x16ShrU(Get(ref fp, b), (int)Unsafe.Add(ref fp, c))); break;
            case Opcode.I8x16Add: Set(ref fp, a, SimdOps.I8x16Add(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I8x16AddSatS: Set(ref fp, a, SimdOps.I8x16AddSatS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I8x16AddSatU: Set(ref fp, a, SimdOps.I8x16AddSatU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I8x16Sub: Set(ref fp, a, SimdOps.I8x16Sub(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I8x16SubSatS: Set(ref fp, a, SimdOps.I8x16SubSatS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I8x16SubSatU: Set(ref fp, a, SimdOps.I8x16SubSatU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F64x2Ceil: Set(ref fp, a, SimdOps.F64x2Ceil(Get(ref fp, b))); break;
            case Opcode.F64x2Floor: Set(ref fp, a, SimdOps.F64x2Floor(Get(ref fp, b))); break;
            case Opcode.I8x16MinS: Set(ref fp, a, SimdOps.I8x16MinS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I8x16MinU: Set(ref fp, a, SimdOps.I8x16MinU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I8x16MaxS: Set(ref fp, a, SimdOps.I8x16MaxS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I8x16MaxU: Set(ref fp, a, SimdOps.I8x16MaxU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F64x2Trunc: Set(ref fp, a, SimdOps.F64x2Trunc(Get(ref fp, b))); break;
            case Opcode.I8x16AvgrU: Set(ref fp, a, SimdOps.I8x16AvgrU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8ExtaddPairwiseI8x16S: Set(ref fp, a, SimdOps.I16x8ExtaddPairwiseI8x16S(Get(ref fp, b))); break;
            case Opcode.I16x8ExtaddPairwiseI8x16U: Set(ref fp, a, SimdOps.I16x8ExtaddPairwiseI8x16U(Get(ref fp, b))); break;
            case Opcode.I32x4ExtaddPairwiseI16x8S: Set(ref fp, a, SimdOps.I32x4ExtaddPairwiseI16x8S(Get(ref fp, b))); break;
            case Opcode.I32x4ExtaddPairwiseI16x8U: Set(ref fp, a, SimdOps.I32x4ExtaddPairwiseI16x8U(Get(ref fp, b))); break;
            case Opcode.I16x8Abs: Set(ref fp, a, SimdOps.I16x8Abs(Get(ref fp, b))); break;
            case Opcode.I16x8Neg: Set(ref fp, a, SimdOps.I16x8Neg(Get(ref fp, b))); break;
            case Opcode.I16x8Q15mulrSatS: Set(ref fp, a, SimdOps.I16x8Q15mulrSatS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8AllTrue: Unsafe.Add(ref fp, a) = (uint)SimdOps.I16x8AllTrue(Get(ref fp, b)); break;
            case Opcode.I16x8Bitmask: Unsafe.Add(ref fp, a) = (uint)SimdOps.I16x8Bitmask(Get(ref fp, b)); break;
            case Opcode.I16x8NarrowI32x4S: Set(ref fp, a, SimdOps.I16x8NarrowI32x4S(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8NarrowI32x4U: Set(ref fp, a, SimdOps.I16x8NarrowI32x4U(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8ExtendLowI8x16S: Set(ref fp, a, SimdOps.I16x8ExtendLowI8x16S(Get(ref fp, b))); break;
            case Opcode.I16x8ExtendHighI8x16S: Set(ref fp, a, SimdOps.I16x8ExtendHighI8x16S(Get(ref fp, b))); break;
            case Opcode.I16x8ExtendLowI8x16U: Set(ref fp, a, SimdOps.I16x8ExtendLowI8x16U(Get(ref fp, b))); break;
            case Opcode.I16x8ExtendHighI8x16U: Set(ref fp, a, SimdOps.I16x8ExtendHighI8x16U(Get(ref fp, b))); break;
            case Opcode.I16x8Shl: Set(ref fp, a, SimdOps.I16x8Shl(Get(ref fp, b), (int)Unsafe.Add(ref fp, c))); break;
            case Opcode.I16x8ShrS: Set(ref fp, a, SimdOps.I16x8ShrS(Get(ref fp, b), (int)Unsafe.Add(ref fp, c))); break;
            case Opcode.I16x8ShrU: Set(ref fp, a, SimdOps.I16x8ShrU(Get(ref fp, b), (int)Unsafe.Add(ref fp, c))); break;
            case Opcode.I16x8Add: Set(ref fp, a, SimdOps.I16x8Add(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8AddSatS: Set(ref fp, a, SimdOps.I16x8AddSatS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8AddSatU: Set(ref fp, a, SimdOps.I16x8AddSatU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8Sub: Set(ref fp, a, SimdOps.I16x8Sub(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8SubSatS: Set(ref fp, a, SimdOps.I16x8SubSatS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8SubSatU: Set(ref fp, a, SimdOps.I16x8SubSatU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F64x2Nearest: Set(ref fp, a, SimdOps.F64x2Nearest(Get(ref fp, b))); break;
            case Opcode.I16x8Mul: Set(ref fp, a, SimdOps.I16x8Mul(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8MinS: Set(ref fp, a, SimdOps.I16x8MinS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8MinU: Set(ref fp, a, SimdOps.I16x8MinU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8MaxS: Set(ref fp, a, SimdOps.I16x8MaxS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8MaxU: Set(ref fp, a, SimdOps.I16x8MaxU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8AvgrU: Set(ref fp, a, SimdOps.I16x8AvgrU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8ExtmulLowI8x16S: Set(ref fp, a, SimdOps.I16x8ExtmulLowI8x16S(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8ExtmulHighI8x16S: Set(ref fp, a, SimdOps.I16x8ExtmulHighI8x16S(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8ExtmulLowI8x16U: Set(ref fp, a, SimdOps.I16x8ExtmulLowI8x16U(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I16x8ExtmulHighI8x16U: Set(ref fp, a, SimdOps.I16x8ExtmulHighI8x16U(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4Abs: Set(ref fp, a, SimdOps.I32x4Abs(Get(ref fp, b))); break;
            case Opcode.I32x4Neg: Set(ref fp, a, SimdOps.I32x4Neg(Get(ref fp, b))); break;
            case Opcode.I32x4AllTrue: Unsafe.Add(ref fp, a) = (uint)SimdOps.I32x4AllTrue(Get(ref fp, b)); break;
            case Opcode.I32x4Bitmask: Unsafe.Add(ref fp, a) = (uint)SimdOps.I32x4Bitmask(Get(ref fp, b)); break;
            case Opcode.I32x4ExtendLowI16x8S: Set(ref fp, a, SimdOps.I32x4ExtendLowI16x8S(Get(ref fp, b))); break;
            case Opcode.I32x4ExtendHighI16x8S: Set(ref fp, a, SimdOps.I32x4ExtendHighI16x8S(Get(ref fp, b))); break;
            case Opcode.I32x4ExtendLowI16x8U: Set(ref fp, a, SimdOps.I32x4ExtendLowI16x8U(Get(ref fp, b))); break;
            case Opcode.I32x4ExtendHighI16x8U: Set(ref fp, a, SimdOps.I32x4ExtendHighI16x8U(Get(ref fp, b))); break;
            case Opcode.I32x4Shl: Set(ref fp, a, SimdOps.I32x4Shl(Get(ref fp, b), (int)Unsafe.Add(ref fp, c))); break;
            case Opcode.I32x4ShrS: Set(ref fp, a, SimdOps.I32x4ShrS(Get(ref fp, b), (int)Unsafe.Add(ref fp, c))); break;
            case Opcode.I32x4ShrU: Set(ref fp, a, SimdOps.I32x4ShrU(Get(ref fp, b), (int)Unsafe.Add(ref fp, c))); break;
            case Opcode.I32x4Add: Set(ref fp, a, SimdOps.I32x4Add(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4Sub: Set(ref fp, a, SimdOps.I32x4Sub(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4Mul: Set(ref fp, a, SimdOps.I32x4Mul(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4MinS: Set(ref fp, a, SimdOps.I32x4MinS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4MinU: Set(ref fp, a, SimdOps.I32x4MinU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4MaxS: Set(ref fp, a, SimdOps.I32x4MaxS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4MaxU: Set(ref fp, a, SimdOps.I32x4MaxU(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4DotI16x8S: Set(ref fp, a, SimdOps.I32x4DotI16x8S(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4ExtmulLowI16x8S: Set(ref fp, a, SimdOps.I32x4ExtmulLowI16x8S(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4ExtmulHighI16x8S: Set(ref fp, a, SimdOps.I32x4ExtmulHighI16x8S(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4ExtmulLowI16x8U: Set(ref fp, a, SimdOps.I32x4ExtmulLowI16x8U(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4ExtmulHighI16x8U: Set(ref fp, a, SimdOps.I32x4ExtmulHighI16x8U(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I64x2Abs: Set(ref fp, a, SimdOps.I64x2Abs(Get(ref fp, b))); break;
            case Opcode.I64x2Neg: Set(ref fp, a, SimdOps.I64x2Neg(Get(ref fp, b))); break;
            case Opcode.I64x2AllTrue: Unsafe.Add(ref fp, a) = (uint)SimdOps.I64x2AllTrue(Get(ref fp, b)); break;
            case Opcode.I64x2Bitmask: Unsafe.Add(ref fp, a) = (uint)SimdOps.I64x2Bitmask(Get(ref fp, b)); break;
            case Opcode.I64x2ExtendLowI32x4S: Set(ref fp, a, SimdOps.I64x2ExtendLowI32x4S(Get(ref fp, b))); break;
            case Opcode.I64x2ExtendHighI32x4S: Set(ref fp, a, SimdOps.I64x2ExtendHighI32x4S(Get(ref fp, b))); break;
            case Opcode.I64x2ExtendLowI32x4U: Set(ref fp, a, SimdOps.I64x2ExtendLowI32x4U(Get(ref fp, b))); break;
            case Opcode.I64x2ExtendHighI32x4U: Set(ref fp, a, SimdOps.I64x2ExtendHighI32x4U(Get(ref fp, b))); break;
            case Opcode.I64x2Shl: Set(ref fp, a, SimdOps.I64x2Shl(Get(ref fp, b), (int)Unsafe.Add(ref fp, c))); break;
            case Opcode.I64x2ShrS: Set(ref fp, a, SimdOps.I64x2ShrS(Get(ref fp, b), (int)Unsafe.Add(ref fp, c))); break;
            case Opcode.I64x2ShrU: Set(ref fp, a, SimdOps.I64x2ShrU(Get(ref fp, b), (int)Unsafe.Add(ref fp, c))); break;
            case Opcode.I64x2Add: Set(ref fp, a, SimdOps.I64x2Add(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I64x2Sub: Set(ref fp, a, SimdOps.I64x2Sub(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I64x2Mul: Set(ref fp, a, SimdOps.I64x2Mul(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I64x2Eq: Set(ref fp, a, SimdOps.I64x2Eq(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I64x2Ne: Set(ref fp, a, SimdOps.I64x2Ne(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I64x2LtS: Set(ref fp, a, SimdOps.I64x2LtS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I64x2GtS: Set(ref fp, a, SimdOps.I64x2GtS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I64x2LeS: Set(ref fp, a, SimdOps.I64x2LeS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I64x2GeS: Set(ref fp, a, SimdOps.I64x2GeS(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I64x2ExtmulLowI32x4S: Set(ref fp, a, SimdOps.I64x2ExtmulLowI32x4S(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I64x2ExtmulHighI32x4S: Set(ref fp, a, SimdOps.I64x2ExtmulHighI32x4S(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I64x2ExtmulLowI32x4U: Set(ref fp, a, SimdOps.I64x2ExtmulLowI32x4U(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I64x2ExtmulHighI32x4U: Set(ref fp, a, SimdOps.I64x2ExtmulHighI32x4U(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F32x4Abs: Set(ref fp, a, SimdOps.F32x4Abs(Get(ref fp, b))); break;
            case Opcode.F32x4Neg: Set(ref fp, a, SimdOps.F32x4Neg(Get(ref fp, b))); break;
            case Opcode.F32x4Sqrt: Set(ref fp, a, SimdOps.F32x4Sqrt(Get(ref fp, b))); break;
            case Opcode.F32x4Add: Set(ref fp, a, SimdOps.F32x4Add(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F32x4Sub: Set(ref fp, a, SimdOps.F32x4Sub(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F32x4Mul: Set(ref fp, a, SimdOps.F32x4Mul(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F32x4Div: Set(ref fp, a, SimdOps.F32x4Div(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F32x4Min: Set(ref fp, a, SimdOps.F32x4Min(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F32x4Max: Set(ref fp, a, SimdOps.F32x4Max(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F32x4Pmin: Set(ref fp, a, SimdOps.F32x4Pmin(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F32x4Pmax: Set(ref fp, a, SimdOps.F32x4Pmax(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F64x2Abs: Set(ref fp, a, SimdOps.F64x2Abs(Get(ref fp, b))); break;
            case Opcode.F64x2Neg: Set(ref fp, a, SimdOps.F64x2Neg(Get(ref fp, b))); break;
            case Opcode.F64x2Sqrt: Set(ref fp, a, SimdOps.F64x2Sqrt(Get(ref fp, b))); break;
            case Opcode.F64x2Add: Set(ref fp, a, SimdOps.F64x2Add(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F64x2Sub: Set(ref fp, a, SimdOps.F64x2Sub(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F64x2Mul: Set(ref fp, a, SimdOps.F64x2Mul(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F64x2Div: Set(ref fp, a, SimdOps.F64x2Div(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F64x2Min: Set(ref fp, a, SimdOps.F64x2Min(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F64x2Max: Set(ref fp, a, SimdOps.F64x2Max(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F64x2Pmin: Set(ref fp, a, SimdOps.F64x2Pmin(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.F64x2Pmax: Set(ref fp, a, SimdOps.F64x2Pmax(Get(ref fp, b), Get(ref fp, c))); break;
            case Opcode.I32x4TruncSatF32x4S: Set(ref fp, a, SimdOps.I32x4TruncSatF32x4S(Get(ref fp, b))); break;
            case Opcode.I32x4TruncSatF32x4U: Set(ref fp, a, SimdOps.I32x4TruncSatF32x4U(Get(ref fp, b))); break;
            case Opcode.F32x4ConvertI32x4S: Set(ref fp, a, SimdOps.F32x4ConvertI32x4S(Get(ref fp, b))); break;
            case Opcode.F32x4ConvertI32x4U: Set(ref fp, a, SimdOps.F32x4ConvertI32x4U(Get(ref fp, b))); break;
            case Opcode.I32x4TruncSatF64x2SZero: Set(ref fp, a, SimdOps.I32x4TruncSatF64x2SZero(Get(ref fp, b))); break;
            case Opcode.I32x4TruncSatF64x2UZero: Set(ref fp, a, SimdOps.I32x4TruncSatF64x2UZero(Get(ref fp, b))); break;
            case Opcode.F64x2ConvertLowI32x4S: Set(ref fp, a, SimdOps.F64x2ConvertLowI32x4S(Get(ref fp, b))); break;
            case Opcode.F64x2ConvertLowI32x4U: Set(ref fp, a, SimdOps.F64x2ConvertLowI32x4U(Get(ref fp, b))); break;
            default: throw new InvalidOperationException($"not a SIMD arithmetic instruction: {op}");
        }
    }

    private static bool Lanes(ref ulong fp, Opcode op, int a, int b, int c, uint extra, int lane)
    {
        ref ulong dst = ref Unsafe.Add(ref fp, a);
        ulong x = Unsafe.Add(ref fp, b);
        switch (op)
        {
            case Opcode.I8x16Shuffle: Set(ref fp, a, SimdOps.I8x16Shuffle(Get(ref fp, b), Get(ref fp, c), Get(ref fp, (int)extra))); return true;
            case Opcode.I8x16Swizzle: Set(ref fp, a, SimdOps.I8x16Swizzle(Get(ref fp, b), Get(ref fp, c))); return true;
            case Opcode.I8x16Splat: Set(ref fp, a, SimdOps.I8x16Splat((int)x)); return true;
            case Opcode.I16x8Splat: Set(ref fp, a, SimdOps.I16x8Splat((int)x)); return true;
            case Opcode.I32x4Splat: Set(ref fp, a, SimdOps.I32x4Splat((int)x)); return true;
            case Opcode.I64x2Splat: Set(ref fp, a, SimdOps.I64x2Splat((long)x)); return true;
            case Opcode.F32x4Splat: Set(ref fp, a, SimdOps.F32x4Splat((uint)x)); return true;
            case Opcode.F64x2Splat: Set(ref fp, a, SimdOps.F64x2Splat(x)); return true;
            // i32 results are stored as their unsigned 32-bit pattern, as the interpreter does.
            case Opcode.I8x16ExtractLaneS: dst = (uint)SimdOps.I8x16ExtractLaneS(Get(ref fp, b), lane); return true;
            case Opcode.I8x16ExtractLaneU: dst = (uint)SimdOps.I8x16ExtractLaneU(Get(ref fp, b), lane); return true;
            case Opcode.I16x8ExtractLaneS: dst = (uint)SimdOps.I16x8ExtractLaneS(Get(ref fp, b), lane); return true;
            case Opcode.I16x8ExtractLaneU: dst = (uint)SimdOps.I16x8ExtractLaneU(Get(ref fp, b), lane); return true;
            case Opcode.I32x4ExtractLane: dst = (uint)SimdOps.I32x4ExtractLane(Get(ref fp, b), lane); return true;
            case Opcode.I64x2ExtractLane: dst = (ulong)SimdOps.I64x2ExtractLane(Get(ref fp, b), lane); return true;
            case Opcode.F32x4ExtractLane: dst = SimdOps.F32x4ExtractLane(Get(ref fp, b), lane); return true;
            case Opcode.F64x2ExtractLane: dst = SimdOps.F64x2ExtractLane(Get(ref fp, b), lane); return true;
            case Opcode.I8x16ReplaceLane: Set(ref fp, a, SimdOps.I8x16ReplaceLane(Get(ref fp, b), lane, (int)Unsafe.Add(ref fp, c))); return true;
            case Opcode.I16x8ReplaceLane: Set(ref fp, a, SimdOps.I16x8ReplaceLane(Get(ref fp, b), lane, (int)Unsafe.Add(ref fp, c))); return true;
            case Opcode.I32x4ReplaceLane: Set(ref fp, a, SimdOps.I32x4ReplaceLane(Get(ref fp, b), lane, (int)Unsafe.Add(ref fp, c))); return true;
            case Opcode.I64x2ReplaceLane: Set(ref fp, a, SimdOps.I64x2ReplaceLane(Get(ref fp, b), lane, (long)Unsafe.Add(ref fp, c))); return true;
            case Opcode.F32x4ReplaceLane: Set(ref fp, a, SimdOps.F32x4ReplaceLane(Get(ref fp, b), lane, (uint)Unsafe.Add(ref fp, c))); return true;
            case Opcode.F64x2ReplaceLane: Set(ref fp, a, SimdOps.F64x2ReplaceLane(Get(ref fp, b), lane, Unsafe.Add(ref fp, c))); return true;
            default: return false;
        }
    }
}
