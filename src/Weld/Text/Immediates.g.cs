// Generated from src/Weld/Isa/instructions.txt by tools/Weld.IsaGen (dotnet run --project tools/Weld.IsaGen). Do not edit:
// change the table (or the generator) and run the command again.
#nullable enable
using Weld.Syntax;

namespace Weld.Text;

internal static partial class Immediates
{
    /// <summary>The text-format immediates of <paramref name="op"/>.</summary>
    public static ImmediateKind KindOf(Opcode op) => op switch
    {
        Opcode.Block or Opcode.Loop or Opcode.If or Opcode.Else or Opcode.End or Opcode.TryTable or Opcode.Try
            or Opcode.Catch or Opcode.CatchAll or Opcode.Delegate => ImmediateKind.Structured,
        Opcode.Br or Opcode.BrIf or Opcode.BrOnNull or Opcode.BrOnNonNull or Opcode.Rethrow => ImmediateKind.Label,
        Opcode.BrTable => ImmediateKind.BrTable,
        Opcode.Call or Opcode.ReturnCall or Opcode.RefFunc => ImmediateKind.Func,
        Opcode.CallIndirect or Opcode.ReturnCallIndirect => ImmediateKind.CallIndirect,
        Opcode.CallRef or Opcode.ReturnCallRef or Opcode.StructNew or Opcode.StructNewDefault or Opcode.ArrayNew
            or Opcode.ArrayNewDefault or Opcode.ArrayGet or Opcode.ArrayGetS or Opcode.ArrayGetU or Opcode.ArraySet
            or Opcode.ArrayFill => ImmediateKind.Type,
        Opcode.Throw => ImmediateKind.Tag,
        Opcode.Select => ImmediateKind.Select,
        Opcode.LocalGet or Opcode.LocalSet or Opcode.LocalTee => ImmediateKind.Local,
        Opcode.GlobalGet or Opcode.GlobalSet => ImmediateKind.Global,
        Opcode.TableGet or Opcode.TableSet or Opcode.TableGrow or Opcode.TableSize or Opcode.TableFill => ImmediateKind.Table,
        Opcode.I32Load or Opcode.I64Load or Opcode.F32Load or Opcode.F64Load or Opcode.I32Load8S or Opcode.I32Load8U
            or Opcode.I32Load16S or Opcode.I32Load16U or Opcode.I64Load8S or Opcode.I64Load8U or Opcode.I64Load16S
            or Opcode.I64Load16U or Opcode.I64Load32S or Opcode.I64Load32U or Opcode.I32Store or Opcode.I64Store
            or Opcode.F32Store or Opcode.F64Store or Opcode.I32Store8 or Opcode.I32Store16 or Opcode.I64Store8
            or Opcode.I64Store16 or Opcode.I64Store32 or Opcode.V128Load or Opcode.V128Load8x8S or Opcode.V128Load8x8U
            or Opcode.V128Load16x4S or Opcode.V128Load16x4U or Opcode.V128Load32x2S or Opcode.V128Load32x2U
            or Opcode.V128Load8Splat or Opcode.V128Load16Splat or Opcode.V128Load32Splat or Opcode.V128Load64Splat
            or Opcode.V128Store or Opcode.V128Load32Zero or Opcode.V128Load64Zero or Opcode.MemoryAtomicNotify
            or Opcode.MemoryAtomicWait32 or Opcode.MemoryAtomicWait64 or Opcode.I32AtomicLoad or Opcode.I64AtomicLoad
            or Opcode.I32AtomicLoad8U or Opcode.I32AtomicLoad16U or Opcode.I64AtomicLoad8U or Opcode.I64AtomicLoad16U
            or Opcode.I64AtomicLoad32U or Opcode.I32AtomicStore or Opcode.I64AtomicStore or Opcode.I32AtomicStore8
            or Opcode.I32AtomicStore16 or Opcode.I64AtomicStore8 or Opcode.I64AtomicStore16 or Opcode.I64AtomicStore32
            or Opcode.I32AtomicRmwAdd or Opcode.I64AtomicRmwAdd or Opcode.I32AtomicRmw8AddU
            or Opcode.I32AtomicRmw16AddU or Opcode.I64AtomicRmw8AddU or Opcode.I64AtomicRmw16AddU
            or Opcode.I64AtomicRmw32AddU or Opcode.I32AtomicRmwSub or Opcode.I64AtomicRmwSub
            or Opcode.I32AtomicRmw8SubU or Opcode.I32AtomicRmw16SubU or Opcode.I64AtomicRmw8SubU
            or Opcode.I64AtomicRmw16SubU or Opcode.I64AtomicRmw32SubU or Opcode.I32AtomicRmwAnd
            or Opcode.I64AtomicRmwAnd or Opcode.I32AtomicRmw8AndU or Opcode.I32AtomicRmw16AndU
            or Opcode.I64AtomicRmw8AndU or Opcode.I64AtomicRmw16AndU or Opcode.I64AtomicRmw32AndU
            or Opcode.I32AtomicRmwOr or Opcode.I64AtomicRmwOr or Opcode.I32AtomicRmw8OrU or Opcode.I32AtomicRmw16OrU
            or Opcode.I64AtomicRmw8OrU or Opcode.I64AtomicRmw16OrU or Opcode.I64AtomicRmw32OrU
            or Opcode.I32AtomicRmwXor or Opcode.I64AtomicRmwXor or Opcode.I32AtomicRmw8XorU
            or Opcode.I32AtomicRmw16XorU or Opcode.I64AtomicRmw8XorU or Opcode.I64AtomicRmw16XorU
            or Opcode.I64AtomicRmw32XorU or Opcode.I32AtomicRmwXchg or Opcode.I64AtomicRmwXchg
            or Opcode.I32AtomicRmw8XchgU or Opcode.I32AtomicRmw16XchgU or Opcode.I64AtomicRmw8XchgU
            or Opcode.I64AtomicRmw16XchgU or Opcode.I64AtomicRmw32XchgU or Opcode.I32AtomicRmwCmpxchg
            or Opcode.I64AtomicRmwCmpxchg or Opcode.I32AtomicRmw8CmpxchgU or Opcode.I32AtomicRmw16CmpxchgU
            or Opcode.I64AtomicRmw8CmpxchgU or Opcode.I64AtomicRmw16CmpxchgU or Opcode.I64AtomicRmw32CmpxchgU => ImmediateKind.MemArg,
        Opcode.MemorySize or Opcode.MemoryGrow or Opcode.MemoryFill => ImmediateKind.Memory,
        Opcode.I32Const => ImmediateKind.I32,
        Opcode.I64Const => ImmediateKind.I64,
        Opcode.F32Const => ImmediateKind.F32,
        Opcode.F64Const => ImmediateKind.F64,
        Opcode.RefNull => ImmediateKind.RefNull,
        Opcode.MemoryInit => ImmediateKind.MemoryInit,
        Opcode.DataDrop => ImmediateKind.Data,
        Opcode.MemoryCopy => ImmediateKind.MemoryCopy,
        Opcode.TableInit => ImmediateKind.TableInit,
        Opcode.ElemDrop => ImmediateKind.Elem,
        Opcode.TableCopy => ImmediateKind.TableCopy,
        Opcode.V128Const => ImmediateKind.V128Const,
        Opcode.I8x16Shuffle => ImmediateKind.Shuffle,
        Opcode.I8x16ExtractLaneS or Opcode.I8x16ExtractLaneU or Opcode.I8x16ReplaceLane or Opcode.I16x8ExtractLaneS
            or Opcode.I16x8ExtractLaneU or Opcode.I16x8ReplaceLane or Opcode.I32x4ExtractLane
            or Opcode.I32x4ReplaceLane or Opcode.I64x2ExtractLane or Opcode.I64x2ReplaceLane
            or Opcode.F32x4ExtractLane or Opcode.F32x4ReplaceLane or Opcode.F64x2ExtractLane
            or Opcode.F64x2ReplaceLane => ImmediateKind.Lane,
        Opcode.V128Load8Lane or Opcode.V128Load16Lane or Opcode.V128Load32Lane or Opcode.V128Load64Lane
            or Opcode.V128Store8Lane or Opcode.V128Store16Lane or Opcode.V128Store32Lane or Opcode.V128Store64Lane => ImmediateKind.MemArgLane,
        Opcode.StructGet or Opcode.StructGetS or Opcode.StructGetU or Opcode.StructSet => ImmediateKind.StructField,
        Opcode.ArrayNewFixed => ImmediateKind.TypeAndCount,
        Opcode.ArrayNewData or Opcode.ArrayInitData => ImmediateKind.TypeAndData,
        Opcode.ArrayNewElem or Opcode.ArrayInitElem => ImmediateKind.TypeAndElem,
        Opcode.ArrayCopy => ImmediateKind.TwoTypes,
        Opcode.RefTest or Opcode.RefCast => ImmediateKind.RefCast,
        Opcode.BrOnCast or Opcode.BrOnCastFail => ImmediateKind.BrOnCast,
        _ => ImmediateKind.None,
    };

    /// <summary>The natural alignment (log2 of the access size) of a memory instruction: the memarg default.</summary>
    public static int NaturalAlignment(Opcode op) => op switch
    {
        Opcode.I32Load or Opcode.F32Load or Opcode.I64Load32S or Opcode.I64Load32U or Opcode.I32Store
            or Opcode.F32Store or Opcode.I64Store32 or Opcode.V128Load32Splat or Opcode.V128Load32Lane
            or Opcode.V128Store32Lane or Opcode.V128Load32Zero or Opcode.MemoryAtomicNotify
            or Opcode.MemoryAtomicWait32 or Opcode.I32AtomicLoad or Opcode.I64AtomicLoad32U or Opcode.I32AtomicStore
            or Opcode.I64AtomicStore32 or Opcode.I32AtomicRmwAdd or Opcode.I64AtomicRmw32AddU
            or Opcode.I32AtomicRmwSub or Opcode.I64AtomicRmw32SubU or Opcode.I32AtomicRmwAnd
            or Opcode.I64AtomicRmw32AndU or Opcode.I32AtomicRmwOr or Opcode.I64AtomicRmw32OrU
            or Opcode.I32AtomicRmwXor or Opcode.I64AtomicRmw32XorU or Opcode.I32AtomicRmwXchg
            or Opcode.I64AtomicRmw32XchgU or Opcode.I32AtomicRmwCmpxchg or Opcode.I64AtomicRmw32CmpxchgU => 2,
        Opcode.I64Load or Opcode.F64Load or Opcode.I64Store or Opcode.F64Store or Opcode.V128Load8x8S
            or Opcode.V128Load8x8U or Opcode.V128Load16x4S or Opcode.V128Load16x4U or Opcode.V128Load32x2S
            or Opcode.V128Load32x2U or Opcode.V128Load64Splat or Opcode.V128Load64Lane or Opcode.V128Store64Lane
            or Opcode.V128Load64Zero or Opcode.MemoryAtomicWait64 or Opcode.I64AtomicLoad or Opcode.I64AtomicStore
            or Opcode.I64AtomicRmwAdd or Opcode.I64AtomicRmwSub or Opcode.I64AtomicRmwAnd or Opcode.I64AtomicRmwOr
            or Opcode.I64AtomicRmwXor or Opcode.I64AtomicRmwXchg or Opcode.I64AtomicRmwCmpxchg => 3,
        Opcode.I32Load8S or Opcode.I32Load8U or Opcode.I64Load8S or Opcode.I64Load8U or Opcode.I32Store8
            or Opcode.I64Store8 or Opcode.V128Load8Splat or Opcode.V128Load8Lane or Opcode.V128Store8Lane
            or Opcode.I32AtomicLoad8U or Opcode.I64AtomicLoad8U or Opcode.I32AtomicStore8 or Opcode.I64AtomicStore8
            or Opcode.I32AtomicRmw8AddU or Opcode.I64AtomicRmw8AddU or Opcode.I32AtomicRmw8SubU
            or Opcode.I64AtomicRmw8SubU or Opcode.I32AtomicRmw8AndU or Opcode.I64AtomicRmw8AndU
            or Opcode.I32AtomicRmw8OrU or Opcode.I64AtomicRmw8OrU or Opcode.I32AtomicRmw8XorU
            or Opcode.I64AtomicRmw8XorU or Opcode.I32AtomicRmw8XchgU or Opcode.I64AtomicRmw8XchgU
            or Opcode.I32AtomicRmw8CmpxchgU or Opcode.I64AtomicRmw8CmpxchgU => 0,
        Opcode.I32Load16S or Opcode.I32Load16U or Opcode.I64Load16S or Opcode.I64Load16U or Opcode.I32Store16
            or Opcode.I64Store16 or Opcode.V128Load16Splat or Opcode.V128Load16Lane or Opcode.V128Store16Lane
            or Opcode.I32AtomicLoad16U or Opcode.I64AtomicLoad16U or Opcode.I32AtomicStore16
            or Opcode.I64AtomicStore16 or Opcode.I32AtomicRmw16AddU or Opcode.I64AtomicRmw16AddU
            or Opcode.I32AtomicRmw16SubU or Opcode.I64AtomicRmw16SubU or Opcode.I32AtomicRmw16AndU
            or Opcode.I64AtomicRmw16AndU or Opcode.I32AtomicRmw16OrU or Opcode.I64AtomicRmw16OrU
            or Opcode.I32AtomicRmw16XorU or Opcode.I64AtomicRmw16XorU or Opcode.I32AtomicRmw16XchgU
            or Opcode.I64AtomicRmw16XchgU or Opcode.I32AtomicRmw16CmpxchgU or Opcode.I64AtomicRmw16CmpxchgU => 1,
        Opcode.V128Load or Opcode.V128Store => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "not a memory instruction"),
    };
}
