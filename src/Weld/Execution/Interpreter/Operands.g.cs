// Generated from src/Weld/Isa/instructions.txt by tools/Weld.IsaGen (dotnet run --project tools/Weld.IsaGen). Do not edit:
// change the table (or the generator) and run the command again.
#nullable enable
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Weld.Execution.Interpreter;

internal readonly ref partial struct Operands
{
    /// <summary>i32.eqz of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32Eqz() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) == 0 ? 1 : 0);

    /// <summary>i32.eq of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32Eq() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) == ((uint)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0);

    /// <summary>i32.eq of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32EqImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) == ((uint)_ins.K) ? 1 : 0);

    /// <summary>i32.ne of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32Ne() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) != ((uint)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0);

    /// <summary>i32.ne of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32NeImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) != ((uint)_ins.K) ? 1 : 0);

    /// <summary>i32.lt_s of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32LtS() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((int)Unsafe.Add(ref _slot0, _ins.B)) < ((int)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0);

    /// <summary>i32.lt_s of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32LtSImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((int)Unsafe.Add(ref _slot0, _ins.B)) < ((int)_ins.K) ? 1 : 0);

    /// <summary>i32.lt_u of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32LtU() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) < ((uint)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0);

    /// <summary>i32.lt_u of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32LtUImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) < ((uint)_ins.K) ? 1 : 0);

    /// <summary>i32.gt_s of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32GtS() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((int)Unsafe.Add(ref _slot0, _ins.B)) > ((int)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0);

    /// <summary>i32.gt_s of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32GtSImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((int)Unsafe.Add(ref _slot0, _ins.B)) > ((int)_ins.K) ? 1 : 0);

    /// <summary>i32.gt_u of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32GtU() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) > ((uint)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0);

    /// <summary>i32.gt_u of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32GtUImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) > ((uint)_ins.K) ? 1 : 0);

    /// <summary>i32.le_s of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32LeS() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((int)Unsafe.Add(ref _slot0, _ins.B)) <= ((int)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0);

    /// <summary>i32.le_s of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32LeSImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((int)Unsafe.Add(ref _slot0, _ins.B)) <= ((int)_ins.K) ? 1 : 0);

    /// <summary>i32.le_u of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32LeU() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) <= ((uint)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0);

    /// <summary>i32.le_u of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32LeUImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) <= ((uint)_ins.K) ? 1 : 0);

    /// <summary>i32.ge_s of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32GeS() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((int)Unsafe.Add(ref _slot0, _ins.B)) >= ((int)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0);

    /// <summary>i32.ge_s of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32GeSImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((int)Unsafe.Add(ref _slot0, _ins.B)) >= ((int)_ins.K) ? 1 : 0);

    /// <summary>i32.ge_u of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32GeU() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) >= ((uint)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0);

    /// <summary>i32.ge_u of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32GeUImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) >= ((uint)_ins.K) ? 1 : 0);

    /// <summary>i64.eqz of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64Eqz() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((Unsafe.Add(ref _slot0, _ins.B)) == 0 ? 1 : 0);

    /// <summary>i64.eq of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64Eq() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((Unsafe.Add(ref _slot0, _ins.B)) == (Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0);

    /// <summary>i64.eq of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64EqImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((Unsafe.Add(ref _slot0, _ins.B)) == (_ins.K) ? 1 : 0);

    /// <summary>i64.ne of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64Ne() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((Unsafe.Add(ref _slot0, _ins.B)) != (Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0);

    /// <summary>i64.ne of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64NeImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((Unsafe.Add(ref _slot0, _ins.B)) != (_ins.K) ? 1 : 0);

    /// <summary>i64.lt_s of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64LtS() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((long)Unsafe.Add(ref _slot0, _ins.B)) < ((long)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0);

    /// <summary>i64.lt_s of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64LtSImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((long)Unsafe.Add(ref _slot0, _ins.B)) < ((long)_ins.K) ? 1 : 0);

    /// <summary>i64.lt_u of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64LtU() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((Unsafe.Add(ref _slot0, _ins.B)) < (Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0);

    /// <summary>i64.lt_u of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64LtUImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((Unsafe.Add(ref _slot0, _ins.B)) < (_ins.K) ? 1 : 0);

    /// <summary>i64.gt_s of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64GtS() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((long)Unsafe.Add(ref _slot0, _ins.B)) > ((long)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0);

    /// <summary>i64.gt_s of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64GtSImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((long)Unsafe.Add(ref _slot0, _ins.B)) > ((long)_ins.K) ? 1 : 0);

    /// <summary>i64.gt_u of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64GtU() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((Unsafe.Add(ref _slot0, _ins.B)) > (Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0);

    /// <summary>i64.gt_u of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64GtUImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((Unsafe.Add(ref _slot0, _ins.B)) > (_ins.K) ? 1 : 0);

    /// <summary>i64.le_s of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64LeS() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((long)Unsafe.Add(ref _slot0, _ins.B)) <= ((long)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0);

    /// <summary>i64.le_s of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64LeSImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((long)Unsafe.Add(ref _slot0, _ins.B)) <= ((long)_ins.K) ? 1 : 0);

    /// <summary>i64.le_u of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64LeU() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((Unsafe.Add(ref _slot0, _ins.B)) <= (Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0);

    /// <summary>i64.le_u of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64LeUImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((Unsafe.Add(ref _slot0, _ins.B)) <= (_ins.K) ? 1 : 0);

    /// <summary>i64.ge_s of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64GeS() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((long)Unsafe.Add(ref _slot0, _ins.B)) >= ((long)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0);

    /// <summary>i64.ge_s of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64GeSImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((long)Unsafe.Add(ref _slot0, _ins.B)) >= ((long)_ins.K) ? 1 : 0);

    /// <summary>i64.ge_u of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64GeU() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((Unsafe.Add(ref _slot0, _ins.B)) >= (Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0);

    /// <summary>i64.ge_u of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64GeUImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((Unsafe.Add(ref _slot0, _ins.B)) >= (_ins.K) ? 1 : 0);

    /// <summary>f32.eq of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32Eq() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))) == (BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.C))) ? 1 : 0);

    /// <summary>f32.ne of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32Ne() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))) != (BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.C))) ? 1 : 0);

    /// <summary>f32.lt of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32Lt() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))) < (BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.C))) ? 1 : 0);

    /// <summary>f32.gt of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32Gt() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))) > (BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.C))) ? 1 : 0);

    /// <summary>f32.le of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32Le() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))) <= (BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.C))) ? 1 : 0);

    /// <summary>f32.ge of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32Ge() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))) >= (BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.C))) ? 1 : 0);

    /// <summary>f64.eq of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64Eq() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))) == (BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.C))) ? 1 : 0);

    /// <summary>f64.ne of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64Ne() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))) != (BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.C))) ? 1 : 0);

    /// <summary>f64.lt of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64Lt() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))) < (BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.C))) ? 1 : 0);

    /// <summary>f64.gt of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64Gt() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))) > (BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.C))) ? 1 : 0);

    /// <summary>f64.le of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64Le() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))) <= (BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.C))) ? 1 : 0);

    /// <summary>f64.ge of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64Ge() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))) >= (BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.C))) ? 1 : 0);

    /// <summary>i32.clz of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32Clz() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((uint)BitOperations.LeadingZeroCount(((uint)Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>i32.ctz of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32Ctz() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((uint)BitOperations.TrailingZeroCount(((uint)Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>i32.popcnt of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32Popcnt() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((uint)BitOperations.PopCount(((uint)Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>i32.add of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32Add() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) + ((uint)Unsafe.Add(ref _slot0, _ins.C)));

    /// <summary>i32.add of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32AddImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) + ((uint)_ins.K));

    /// <summary>i32.sub of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32Sub() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) - ((uint)Unsafe.Add(ref _slot0, _ins.C)));

    /// <summary>i32.sub of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32SubImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) - ((uint)_ins.K));

    /// <summary>i32.mul of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32Mul() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) * ((uint)Unsafe.Add(ref _slot0, _ins.C)));

    /// <summary>i32.mul of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32MulImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) * ((uint)_ins.K));

    /// <summary>i32.div_s of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32DivS() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(NumericSemantics.I32DivS((int)Unsafe.Add(ref _slot0, _ins.B), (int)Unsafe.Add(ref _slot0, _ins.C)));

    /// <summary>i32.div_s of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32DivSImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(NumericSemantics.I32DivS((int)Unsafe.Add(ref _slot0, _ins.B), (int)_ins.K));

    /// <summary>i32.div_u of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32DivU() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(NumericSemantics.I32DivU((uint)Unsafe.Add(ref _slot0, _ins.B), (uint)Unsafe.Add(ref _slot0, _ins.C)));

    /// <summary>i32.div_u of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32DivUImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(NumericSemantics.I32DivU((uint)Unsafe.Add(ref _slot0, _ins.B), (uint)_ins.K));

    /// <summary>i32.rem_s of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32RemS() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(NumericSemantics.I32RemS((int)Unsafe.Add(ref _slot0, _ins.B), (int)Unsafe.Add(ref _slot0, _ins.C)));

    /// <summary>i32.rem_s of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32RemSImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(NumericSemantics.I32RemS((int)Unsafe.Add(ref _slot0, _ins.B), (int)_ins.K));

    /// <summary>i32.rem_u of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32RemU() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(NumericSemantics.I32RemU((uint)Unsafe.Add(ref _slot0, _ins.B), (uint)Unsafe.Add(ref _slot0, _ins.C)));

    /// <summary>i32.rem_u of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32RemUImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(NumericSemantics.I32RemU((uint)Unsafe.Add(ref _slot0, _ins.B), (uint)_ins.K));

    /// <summary>i32.and of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32And() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) & ((uint)Unsafe.Add(ref _slot0, _ins.C)));

    /// <summary>i32.and of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32AndImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) & ((uint)_ins.K));

    /// <summary>i32.or of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32Or() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) | ((uint)Unsafe.Add(ref _slot0, _ins.C)));

    /// <summary>i32.or of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32OrImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) | ((uint)_ins.K));

    /// <summary>i32.xor of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32Xor() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) ^ ((uint)Unsafe.Add(ref _slot0, _ins.C)));

    /// <summary>i32.xor of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32XorImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) ^ ((uint)_ins.K));

    /// <summary>i32.shl of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32Shl() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) << (int)((uint)Unsafe.Add(ref _slot0, _ins.C)));

    /// <summary>i32.shl of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32ShlImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) << (int)((uint)_ins.K));

    /// <summary>i32.shr_s of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32ShrS() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((int)Unsafe.Add(ref _slot0, _ins.B)) >> (int)((uint)Unsafe.Add(ref _slot0, _ins.C)));

    /// <summary>i32.shr_s of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32ShrSImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((int)Unsafe.Add(ref _slot0, _ins.B)) >> (int)((uint)_ins.K));

    /// <summary>i32.shr_u of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32ShrU() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) >> (int)((uint)Unsafe.Add(ref _slot0, _ins.C)));

    /// <summary>i32.shr_u of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32ShrUImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(((uint)Unsafe.Add(ref _slot0, _ins.B)) >> (int)((uint)_ins.K));

    /// <summary>i32.rotl of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32Rotl() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(BitOperations.RotateLeft(((uint)Unsafe.Add(ref _slot0, _ins.B)), (int)((uint)Unsafe.Add(ref _slot0, _ins.C))));

    /// <summary>i32.rotl of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32RotlImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(BitOperations.RotateLeft(((uint)Unsafe.Add(ref _slot0, _ins.B)), (int)((uint)_ins.K)));

    /// <summary>i32.rotr of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32Rotr() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(BitOperations.RotateRight(((uint)Unsafe.Add(ref _slot0, _ins.B)), (int)((uint)Unsafe.Add(ref _slot0, _ins.C))));

    /// <summary>i32.rotr of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32RotrImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(BitOperations.RotateRight(((uint)Unsafe.Add(ref _slot0, _ins.B)), (int)((uint)_ins.K)));

    /// <summary>i64.clz of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64Clz() =>
        Unsafe.Add(ref _slot0, _ins.A) = (ulong)BitOperations.LeadingZeroCount((Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>i64.ctz of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64Ctz() =>
        Unsafe.Add(ref _slot0, _ins.A) = (ulong)BitOperations.TrailingZeroCount((Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>i64.popcnt of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64Popcnt() =>
        Unsafe.Add(ref _slot0, _ins.A) = (ulong)BitOperations.PopCount((Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>i64.add of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64Add() =>
        Unsafe.Add(ref _slot0, _ins.A) = (Unsafe.Add(ref _slot0, _ins.B)) + (Unsafe.Add(ref _slot0, _ins.C));

    /// <summary>i64.add of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64AddImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (Unsafe.Add(ref _slot0, _ins.B)) + (_ins.K);

    /// <summary>i64.sub of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64Sub() =>
        Unsafe.Add(ref _slot0, _ins.A) = (Unsafe.Add(ref _slot0, _ins.B)) - (Unsafe.Add(ref _slot0, _ins.C));

    /// <summary>i64.sub of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64SubImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (Unsafe.Add(ref _slot0, _ins.B)) - (_ins.K);

    /// <summary>i64.mul of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64Mul() =>
        Unsafe.Add(ref _slot0, _ins.A) = (Unsafe.Add(ref _slot0, _ins.B)) * (Unsafe.Add(ref _slot0, _ins.C));

    /// <summary>i64.mul of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64MulImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (Unsafe.Add(ref _slot0, _ins.B)) * (_ins.K);

    /// <summary>i64.div_s of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64DivS() =>
        Unsafe.Add(ref _slot0, _ins.A) = (ulong)(NumericSemantics.I64DivS((long)Unsafe.Add(ref _slot0, _ins.B), (long)Unsafe.Add(ref _slot0, _ins.C)));

    /// <summary>i64.div_s of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64DivSImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (ulong)(NumericSemantics.I64DivS((long)Unsafe.Add(ref _slot0, _ins.B), (long)_ins.K));

    /// <summary>i64.div_u of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64DivU() =>
        Unsafe.Add(ref _slot0, _ins.A) = NumericSemantics.I64DivU(Unsafe.Add(ref _slot0, _ins.B), Unsafe.Add(ref _slot0, _ins.C));

    /// <summary>i64.div_u of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64DivUImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = NumericSemantics.I64DivU(Unsafe.Add(ref _slot0, _ins.B), _ins.K);

    /// <summary>i64.rem_s of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64RemS() =>
        Unsafe.Add(ref _slot0, _ins.A) = (ulong)(NumericSemantics.I64RemS((long)Unsafe.Add(ref _slot0, _ins.B), (long)Unsafe.Add(ref _slot0, _ins.C)));

    /// <summary>i64.rem_s of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64RemSImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (ulong)(NumericSemantics.I64RemS((long)Unsafe.Add(ref _slot0, _ins.B), (long)_ins.K));

    /// <summary>i64.rem_u of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64RemU() =>
        Unsafe.Add(ref _slot0, _ins.A) = NumericSemantics.I64RemU(Unsafe.Add(ref _slot0, _ins.B), Unsafe.Add(ref _slot0, _ins.C));

    /// <summary>i64.rem_u of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64RemUImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = NumericSemantics.I64RemU(Unsafe.Add(ref _slot0, _ins.B), _ins.K);

    /// <summary>i64.and of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64And() =>
        Unsafe.Add(ref _slot0, _ins.A) = (Unsafe.Add(ref _slot0, _ins.B)) & (Unsafe.Add(ref _slot0, _ins.C));

    /// <summary>i64.and of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64AndImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (Unsafe.Add(ref _slot0, _ins.B)) & (_ins.K);

    /// <summary>i64.or of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64Or() =>
        Unsafe.Add(ref _slot0, _ins.A) = (Unsafe.Add(ref _slot0, _ins.B)) | (Unsafe.Add(ref _slot0, _ins.C));

    /// <summary>i64.or of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64OrImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (Unsafe.Add(ref _slot0, _ins.B)) | (_ins.K);

    /// <summary>i64.xor of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64Xor() =>
        Unsafe.Add(ref _slot0, _ins.A) = (Unsafe.Add(ref _slot0, _ins.B)) ^ (Unsafe.Add(ref _slot0, _ins.C));

    /// <summary>i64.xor of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64XorImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (Unsafe.Add(ref _slot0, _ins.B)) ^ (_ins.K);

    /// <summary>i64.shl of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64Shl() =>
        Unsafe.Add(ref _slot0, _ins.A) = (Unsafe.Add(ref _slot0, _ins.B)) << (int)(Unsafe.Add(ref _slot0, _ins.C));

    /// <summary>i64.shl of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64ShlImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (Unsafe.Add(ref _slot0, _ins.B)) << (int)(_ins.K);

    /// <summary>i64.shr_s of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64ShrS() =>
        Unsafe.Add(ref _slot0, _ins.A) = (ulong)(((long)Unsafe.Add(ref _slot0, _ins.B)) >> (int)(Unsafe.Add(ref _slot0, _ins.C)));

    /// <summary>i64.shr_s of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64ShrSImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (ulong)(((long)Unsafe.Add(ref _slot0, _ins.B)) >> (int)(_ins.K));

    /// <summary>i64.shr_u of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64ShrU() =>
        Unsafe.Add(ref _slot0, _ins.A) = (Unsafe.Add(ref _slot0, _ins.B)) >> (int)(Unsafe.Add(ref _slot0, _ins.C));

    /// <summary>i64.shr_u of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64ShrUImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = (Unsafe.Add(ref _slot0, _ins.B)) >> (int)(_ins.K);

    /// <summary>i64.rotl of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64Rotl() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitOperations.RotateLeft((Unsafe.Add(ref _slot0, _ins.B)), (int)(Unsafe.Add(ref _slot0, _ins.C)));

    /// <summary>i64.rotl of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64RotlImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitOperations.RotateLeft((Unsafe.Add(ref _slot0, _ins.B)), (int)(_ins.K));

    /// <summary>i64.rotr of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64Rotr() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitOperations.RotateRight((Unsafe.Add(ref _slot0, _ins.B)), (int)(Unsafe.Add(ref _slot0, _ins.C)));

    /// <summary>i64.rotr of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64RotrImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitOperations.RotateRight((Unsafe.Add(ref _slot0, _ins.B)), (int)(_ins.K));

    /// <summary>f32.abs of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32Abs() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits(NumericSemantics.F32Abs(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>f32.neg of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32Neg() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits(NumericSemantics.F32Neg(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>f32.ceil of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32Ceil() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits(NumericSemantics.F32Ceil(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>f32.floor of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32Floor() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits(NumericSemantics.F32Floor(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>f32.trunc of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32Trunc() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits(NumericSemantics.F32Trunc(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>f32.nearest of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32Nearest() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits(NumericSemantics.F32Nearest(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>f32.sqrt of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32Sqrt() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits(NumericSemantics.F32Sqrt(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>f32.add of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32Add() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits(NumericSemantics.F32Add(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B)), BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.C))));

    /// <summary>f32.add of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32AddImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits(NumericSemantics.F32Add(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B)), BitConverter.UInt32BitsToSingle((uint)_ins.K)));

    /// <summary>f32.sub of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32Sub() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits((BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))) - (BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.C))));

    /// <summary>f32.sub of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32SubImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits((BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))) - (BitConverter.UInt32BitsToSingle((uint)_ins.K)));

    /// <summary>f32.mul of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32Mul() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits(NumericSemantics.F32Mul(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B)), BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.C))));

    /// <summary>f32.mul of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32MulImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits(NumericSemantics.F32Mul(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B)), BitConverter.UInt32BitsToSingle((uint)_ins.K)));

    /// <summary>f32.div of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32Div() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits((BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))) / (BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.C))));

    /// <summary>f32.div of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32DivImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits((BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))) / (BitConverter.UInt32BitsToSingle((uint)_ins.K)));

    /// <summary>f32.min of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32Min() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits(NumericSemantics.F32Min(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B)), BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.C))));

    /// <summary>f32.max of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32Max() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits(NumericSemantics.F32Max(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B)), BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.C))));

    /// <summary>f32.copysign of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32Copysign() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits(NumericSemantics.F32Copysign(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B)), BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.C))));

    /// <summary>f64.abs of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64Abs() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits(NumericSemantics.F64Abs(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>f64.neg of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64Neg() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits(NumericSemantics.F64Neg(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>f64.ceil of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64Ceil() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits(NumericSemantics.F64Ceil(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>f64.floor of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64Floor() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits(NumericSemantics.F64Floor(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>f64.trunc of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64Trunc() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits(NumericSemantics.F64Trunc(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>f64.nearest of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64Nearest() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits(NumericSemantics.F64Nearest(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>f64.sqrt of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64Sqrt() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits(NumericSemantics.F64Sqrt(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>f64.add of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64Add() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits(NumericSemantics.F64Add(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B)), BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.C))));

    /// <summary>f64.add of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64AddImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits(NumericSemantics.F64Add(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B)), BitConverter.UInt64BitsToDouble(_ins.K)));

    /// <summary>f64.sub of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64Sub() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits((BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))) - (BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.C))));

    /// <summary>f64.sub of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64SubImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits((BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))) - (BitConverter.UInt64BitsToDouble(_ins.K)));

    /// <summary>f64.mul of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64Mul() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits(NumericSemantics.F64Mul(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B)), BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.C))));

    /// <summary>f64.mul of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64MulImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits(NumericSemantics.F64Mul(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B)), BitConverter.UInt64BitsToDouble(_ins.K)));

    /// <summary>f64.div of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64Div() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits((BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))) / (BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.C))));

    /// <summary>f64.div of slot B and K, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64DivImm() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits((BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))) / (BitConverter.UInt64BitsToDouble(_ins.K)));

    /// <summary>f64.min of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64Min() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits(NumericSemantics.F64Min(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B)), BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.C))));

    /// <summary>f64.max of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64Max() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits(NumericSemantics.F64Max(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B)), BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.C))));

    /// <summary>f64.copysign of slots B and C, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64Copysign() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits(NumericSemantics.F64Copysign(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B)), BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.C))));

    /// <summary>i32.wrap_i64 of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32WrapI64() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((int)((long)Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>i32.trunc_f32_s of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32TruncF32S() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(NumericSemantics.I32TruncF32S(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>i32.trunc_f32_u of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32TruncF32U() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(NumericSemantics.I32TruncF32U(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>i32.trunc_f64_s of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32TruncF64S() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(NumericSemantics.I32TruncF64S(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>i32.trunc_f64_u of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32TruncF64U() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(NumericSemantics.I32TruncF64U(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>i64.extend_i32_s of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64ExtendI32S() =>
        Unsafe.Add(ref _slot0, _ins.A) = (ulong)((long)((int)Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>i64.extend_i32_u of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64ExtendI32U() =>
        Unsafe.Add(ref _slot0, _ins.A) = (ulong)((uint)Unsafe.Add(ref _slot0, _ins.B));

    /// <summary>i64.trunc_f32_s of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64TruncF32S() =>
        Unsafe.Add(ref _slot0, _ins.A) = (ulong)(NumericSemantics.I64TruncF32S(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>i64.trunc_f32_u of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64TruncF32U() =>
        Unsafe.Add(ref _slot0, _ins.A) = NumericSemantics.I64TruncF32U(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>i64.trunc_f64_s of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64TruncF64S() =>
        Unsafe.Add(ref _slot0, _ins.A) = (ulong)(NumericSemantics.I64TruncF64S(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>i64.trunc_f64_u of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64TruncF64U() =>
        Unsafe.Add(ref _slot0, _ins.A) = NumericSemantics.I64TruncF64U(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>f32.convert_i32_s of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32ConvertI32S() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits(NumericSemantics.F32ConvertI32S((int)Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>f32.convert_i32_u of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32ConvertI32U() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits(NumericSemantics.F32ConvertI32U((uint)Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>f32.convert_i64_s of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32ConvertI64S() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits(NumericSemantics.F32ConvertI64S((long)Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>f32.convert_i64_u of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32ConvertI64U() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits(NumericSemantics.F32ConvertI64U(Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>f32.demote_f64 of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F32DemoteF64() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.SingleToUInt32Bits(NumericSemantics.F32DemoteF64(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>f64.convert_i32_s of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64ConvertI32S() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits(NumericSemantics.F64ConvertI32S((int)Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>f64.convert_i32_u of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64ConvertI32U() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits(NumericSemantics.F64ConvertI32U((uint)Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>f64.convert_i64_s of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64ConvertI64S() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits(NumericSemantics.F64ConvertI64S((long)Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>f64.convert_i64_u of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64ConvertI64U() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits(NumericSemantics.F64ConvertI64U(Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>f64.promote_f32 of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void F64PromoteF32() =>
        Unsafe.Add(ref _slot0, _ins.A) = BitConverter.DoubleToUInt64Bits(NumericSemantics.F64PromoteF32(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>i32.extend8_s of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32Extend8S() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((sbyte)((int)Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>i32.extend16_s of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32Extend16S() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)((short)((int)Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>i64.extend8_s of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64Extend8S() =>
        Unsafe.Add(ref _slot0, _ins.A) = (ulong)((sbyte)((long)Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>i64.extend16_s of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64Extend16S() =>
        Unsafe.Add(ref _slot0, _ins.A) = (ulong)((short)((long)Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>i64.extend32_s of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64Extend32S() =>
        Unsafe.Add(ref _slot0, _ins.A) = (ulong)((int)((long)Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>i32.trunc_sat_f32_s of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32TruncSatF32S() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(NumericSemantics.I32TruncSatF32S(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>i32.trunc_sat_f32_u of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32TruncSatF32U() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(NumericSemantics.I32TruncSatF32U(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>i32.trunc_sat_f64_s of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32TruncSatF64S() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(NumericSemantics.I32TruncSatF64S(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>i32.trunc_sat_f64_u of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I32TruncSatF64U() =>
        Unsafe.Add(ref _slot0, _ins.A) = (uint)(NumericSemantics.I32TruncSatF64U(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>i64.trunc_sat_f32_s of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64TruncSatF32S() =>
        Unsafe.Add(ref _slot0, _ins.A) = (ulong)(NumericSemantics.I64TruncSatF32S(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>i64.trunc_sat_f32_u of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64TruncSatF32U() =>
        Unsafe.Add(ref _slot0, _ins.A) = NumericSemantics.I64TruncSatF32U(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>i64.trunc_sat_f64_s of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64TruncSatF64S() =>
        Unsafe.Add(ref _slot0, _ins.A) = (ulong)(NumericSemantics.I64TruncSatF64S(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B))));

    /// <summary>i64.trunc_sat_f64_u of slot B, to slot A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void I64TruncSatF64U() =>
        Unsafe.Add(ref _slot0, _ins.A) = NumericSemantics.I64TruncSatF64U(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref _slot0, _ins.B)));

    /// <summary>Whether i32.eq of slots B and C holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI32Eq() =>
        (((uint)Unsafe.Add(ref _slot0, _ins.B)) == ((uint)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0) != 0;

    /// <summary>Whether i32.eq of slot B and K holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI32EqImm() =>
        (((uint)Unsafe.Add(ref _slot0, _ins.B)) == ((uint)_ins.K) ? 1 : 0) != 0;

    /// <summary>Whether i32.ne of slots B and C holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI32Ne() =>
        (((uint)Unsafe.Add(ref _slot0, _ins.B)) != ((uint)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0) != 0;

    /// <summary>Whether i32.ne of slot B and K holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI32NeImm() =>
        (((uint)Unsafe.Add(ref _slot0, _ins.B)) != ((uint)_ins.K) ? 1 : 0) != 0;

    /// <summary>Whether i32.lt_s of slots B and C holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI32LtS() =>
        (((int)Unsafe.Add(ref _slot0, _ins.B)) < ((int)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0) != 0;

    /// <summary>Whether i32.lt_s of slot B and K holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI32LtSImm() =>
        (((int)Unsafe.Add(ref _slot0, _ins.B)) < ((int)_ins.K) ? 1 : 0) != 0;

    /// <summary>Whether i32.lt_u of slots B and C holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI32LtU() =>
        (((uint)Unsafe.Add(ref _slot0, _ins.B)) < ((uint)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0) != 0;

    /// <summary>Whether i32.lt_u of slot B and K holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI32LtUImm() =>
        (((uint)Unsafe.Add(ref _slot0, _ins.B)) < ((uint)_ins.K) ? 1 : 0) != 0;

    /// <summary>Whether i32.gt_s of slots B and C holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI32GtS() =>
        (((int)Unsafe.Add(ref _slot0, _ins.B)) > ((int)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0) != 0;

    /// <summary>Whether i32.gt_s of slot B and K holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI32GtSImm() =>
        (((int)Unsafe.Add(ref _slot0, _ins.B)) > ((int)_ins.K) ? 1 : 0) != 0;

    /// <summary>Whether i32.gt_u of slots B and C holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI32GtU() =>
        (((uint)Unsafe.Add(ref _slot0, _ins.B)) > ((uint)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0) != 0;

    /// <summary>Whether i32.gt_u of slot B and K holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI32GtUImm() =>
        (((uint)Unsafe.Add(ref _slot0, _ins.B)) > ((uint)_ins.K) ? 1 : 0) != 0;

    /// <summary>Whether i32.le_s of slots B and C holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI32LeS() =>
        (((int)Unsafe.Add(ref _slot0, _ins.B)) <= ((int)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0) != 0;

    /// <summary>Whether i32.le_s of slot B and K holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI32LeSImm() =>
        (((int)Unsafe.Add(ref _slot0, _ins.B)) <= ((int)_ins.K) ? 1 : 0) != 0;

    /// <summary>Whether i32.le_u of slots B and C holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI32LeU() =>
        (((uint)Unsafe.Add(ref _slot0, _ins.B)) <= ((uint)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0) != 0;

    /// <summary>Whether i32.le_u of slot B and K holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI32LeUImm() =>
        (((uint)Unsafe.Add(ref _slot0, _ins.B)) <= ((uint)_ins.K) ? 1 : 0) != 0;

    /// <summary>Whether i32.ge_s of slots B and C holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI32GeS() =>
        (((int)Unsafe.Add(ref _slot0, _ins.B)) >= ((int)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0) != 0;

    /// <summary>Whether i32.ge_s of slot B and K holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI32GeSImm() =>
        (((int)Unsafe.Add(ref _slot0, _ins.B)) >= ((int)_ins.K) ? 1 : 0) != 0;

    /// <summary>Whether i32.ge_u of slots B and C holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI32GeU() =>
        (((uint)Unsafe.Add(ref _slot0, _ins.B)) >= ((uint)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0) != 0;

    /// <summary>Whether i32.ge_u of slot B and K holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI32GeUImm() =>
        (((uint)Unsafe.Add(ref _slot0, _ins.B)) >= ((uint)_ins.K) ? 1 : 0) != 0;

    /// <summary>Whether i64.eq of slots B and C holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI64Eq() =>
        ((Unsafe.Add(ref _slot0, _ins.B)) == (Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0) != 0;

    /// <summary>Whether i64.eq of slot B and K holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI64EqImm() =>
        ((Unsafe.Add(ref _slot0, _ins.B)) == (_ins.K) ? 1 : 0) != 0;

    /// <summary>Whether i64.ne of slots B and C holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI64Ne() =>
        ((Unsafe.Add(ref _slot0, _ins.B)) != (Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0) != 0;

    /// <summary>Whether i64.ne of slot B and K holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI64NeImm() =>
        ((Unsafe.Add(ref _slot0, _ins.B)) != (_ins.K) ? 1 : 0) != 0;

    /// <summary>Whether i64.lt_s of slots B and C holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI64LtS() =>
        (((long)Unsafe.Add(ref _slot0, _ins.B)) < ((long)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0) != 0;

    /// <summary>Whether i64.lt_s of slot B and K holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI64LtSImm() =>
        (((long)Unsafe.Add(ref _slot0, _ins.B)) < ((long)_ins.K) ? 1 : 0) != 0;

    /// <summary>Whether i64.lt_u of slots B and C holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI64LtU() =>
        ((Unsafe.Add(ref _slot0, _ins.B)) < (Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0) != 0;

    /// <summary>Whether i64.lt_u of slot B and K holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI64LtUImm() =>
        ((Unsafe.Add(ref _slot0, _ins.B)) < (_ins.K) ? 1 : 0) != 0;

    /// <summary>Whether i64.gt_s of slots B and C holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI64GtS() =>
        (((long)Unsafe.Add(ref _slot0, _ins.B)) > ((long)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0) != 0;

    /// <summary>Whether i64.gt_s of slot B and K holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI64GtSImm() =>
        (((long)Unsafe.Add(ref _slot0, _ins.B)) > ((long)_ins.K) ? 1 : 0) != 0;

    /// <summary>Whether i64.gt_u of slots B and C holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI64GtU() =>
        ((Unsafe.Add(ref _slot0, _ins.B)) > (Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0) != 0;

    /// <summary>Whether i64.gt_u of slot B and K holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI64GtUImm() =>
        ((Unsafe.Add(ref _slot0, _ins.B)) > (_ins.K) ? 1 : 0) != 0;

    /// <summary>Whether i64.le_s of slots B and C holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI64LeS() =>
        (((long)Unsafe.Add(ref _slot0, _ins.B)) <= ((long)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0) != 0;

    /// <summary>Whether i64.le_s of slot B and K holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI64LeSImm() =>
        (((long)Unsafe.Add(ref _slot0, _ins.B)) <= ((long)_ins.K) ? 1 : 0) != 0;

    /// <summary>Whether i64.le_u of slots B and C holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI64LeU() =>
        ((Unsafe.Add(ref _slot0, _ins.B)) <= (Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0) != 0;

    /// <summary>Whether i64.le_u of slot B and K holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI64LeUImm() =>
        ((Unsafe.Add(ref _slot0, _ins.B)) <= (_ins.K) ? 1 : 0) != 0;

    /// <summary>Whether i64.ge_s of slots B and C holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI64GeS() =>
        (((long)Unsafe.Add(ref _slot0, _ins.B)) >= ((long)Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0) != 0;

    /// <summary>Whether i64.ge_s of slot B and K holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI64GeSImm() =>
        (((long)Unsafe.Add(ref _slot0, _ins.B)) >= ((long)_ins.K) ? 1 : 0) != 0;

    /// <summary>Whether i64.ge_u of slots B and C holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI64GeU() =>
        ((Unsafe.Add(ref _slot0, _ins.B)) >= (Unsafe.Add(ref _slot0, _ins.C)) ? 1 : 0) != 0;

    /// <summary>Whether i64.ge_u of slot B and K holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool BrIfI64GeUImm() =>
        ((Unsafe.Add(ref _slot0, _ins.B)) >= (_ins.K) ? 1 : 0) != 0;
}
