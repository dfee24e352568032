// Generated from src/Weld/Isa/instructions.txt by tools/Weld.IsaGen (dotnet run --project tools/Weld.IsaGen). Do not edit:
// change the table (or the generator) and run the command again.
#nullable enable
using Weld.Syntax;

namespace Weld.Binary;

internal static partial class OpcodeTable
{
    /// <summary>How the immediates of <paramref name="op"/> are laid out in the binary format.</summary>
    private static Imm ImmOf(Opcode op) => op switch
    {
        Opcode.Block or Opcode.Loop or Opcode.If or Opcode.Try => Imm.BlockType,
        Opcode.Br or Opcode.BrIf or Opcode.Call or Opcode.ReturnCall or Opcode.CallRef or Opcode.ReturnCallRef
            or Opcode.BrOnNull or Opcode.BrOnNonNull or Opcode.Throw or Opcode.Catch or Opcode.Delegate
            or Opcode.Rethrow or Opcode.LocalGet or Opcode.LocalSet or Opcode.LocalTee or Opcode.GlobalGet
            or Opcode.GlobalSet or Opcode.TableGet or Opcode.TableSet or Opcode.RefFunc or Opcode.DataDrop
            or Opcode.ElemDrop or Opcode.TableGrow or Opcode.TableSize or Opcode.TableFill or Opcode.StructNew
            or Opcode.StructNewDefault or Opcode.ArrayNew or Opcode.ArrayNewDefault or Opcode.ArrayGet
            or Opcode.ArrayGetS or Opcode.ArrayGetU or Opcode.ArraySet or Opcode.ArrayFill => Imm.Index,
        Opcode.BrTable => Imm.BrTable,
        Opcode.CallIndirect or Opcode.ReturnCallIndirect => Imm.CallIndirect,
        Opcode.TryTable => Imm.TryTable,
        Opcode.SelectT => Imm.SelectT,
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
            or Opcode.I64AtomicRmw8CmpxchgU or Opcode.I64AtomicRmw16CmpxchgU or Opcode.I64AtomicRmw32CmpxchgU => Imm.MemArg,
        Opcode.MemorySize or Opcode.MemoryGrow or Opcode.MemoryFill or Opcode.AtomicFence => Imm.ZeroByte,
        Opcode.I32Const => Imm.I32,
        Opcode.I64Const => Imm.I64,
        Opcode.F32Const => Imm.F32,
        Opcode.F64Const => Imm.F64,
        Opcode.RefNull => Imm.RefType,
        Opcode.MemoryInit => Imm.IndexZeroByte,
        Opcode.MemoryCopy => Imm.TwoZeroBytes,
        Opcode.TableInit or Opcode.TableCopy or Opcode.StructGet or Opcode.StructGetS or Opcode.StructGetU
            or Opcode.StructSet or Opcode.ArrayNewFixed or Opcode.ArrayNewData or Opcode.ArrayNewElem
            or Opcode.ArrayCopy or Opcode.ArrayInitData or Opcode.ArrayInitElem => Imm.TwoIndices,
        Opcode.V128Const => Imm.V128,
        Opcode.I8x16Shuffle => Imm.Shuffle,
        Opcode.I8x16ExtractLaneS or Opcode.I8x16ExtractLaneU or Opcode.I8x16ReplaceLane or Opcode.I16x8ExtractLaneS
            or Opcode.I16x8ExtractLaneU or Opcode.I16x8ReplaceLane or Opcode.I32x4ExtractLane
            or Opcode.I32x4ReplaceLane or Opcode.I64x2ExtractLane or Opcode.I64x2ReplaceLane
            or Opcode.F32x4ExtractLane or Opcode.F32x4ReplaceLane or Opcode.F64x2ExtractLane
            or Opcode.F64x2ReplaceLane => Imm.Lane,
        Opcode.V128Load8Lane or Opcode.V128Load16Lane or Opcode.V128Load32Lane or Opcode.V128Load64Lane
            or Opcode.V128Store8Lane or Opcode.V128Store16Lane or Opcode.V128Store32Lane or Opcode.V128Store64Lane => Imm.MemArgLane,
        Opcode.RefTest or Opcode.RefTestNull or Opcode.RefCast or Opcode.RefCastNull => Imm.HeapType,
        Opcode.BrOnCast or Opcode.BrOnCastFail => Imm.BrOnCast,
        _ => Imm.None,
    };
}
