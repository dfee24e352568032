using Weld.Syntax;

namespace Weld.Binary;

/// <summary>How an instruction's immediates are laid out in the binary format (shared by decoder and encoder).</summary>
internal enum Imm : byte
{
    None,
    BlockType,      // s33 -> A
    Index,          // u32 -> A (label, function, local, global, table, elem, data)
    BrTable,        // vec(u32) u32 -> BrTables pool
    CallIndirect,   // type u32 -> A, table u32 -> B
    TwoIndices,     // u32 -> A, u32 -> B (table.init elem/table, table.copy dst/src)
    MemArg,         // align u32 -> A, offset u32 -> C (memory index B = 0 in 2.0)
    ZeroByte,       // one reserved 0x00 byte (memory.size/grow/fill)
    IndexZeroByte,  // u32 -> A, then a reserved 0x00 byte (memory.init)
    TwoZeroBytes,   // two reserved 0x00 bytes (memory.copy)
    I32,            // s32 -> C as its unsigned bit pattern
    I64,            // s64 -> C
    F32,            // 4 bytes -> C
    F64,            // 8 bytes -> C
    RefType,        // reftype byte -> A
    SelectT,        // vec(valtype) of length 1 -> A
    V128,           // 16 bytes -> C (low 8), D (high 8)
    Shuffle,        // 16 lane bytes -> C (lanes 0-7), D (lanes 8-15)
    Lane,           // one lane byte -> D
    MemArgLane,     // memarg as MemArg, then one lane byte -> D
}

/// <summary>
/// Opcode lookup by prefix. Adding a prefixed family means adding its enum members, their <see cref="Imm"/> kinds
/// below, and a lookup like <see cref="IsFd"/> (SIMD: 0xFD, opcode 0x200 + sub-opcode).
/// </summary>
internal static class OpcodeTable
{
    public const byte PrefixFC = 0xFC;
    public const int FcBase = 0x100;
    public const byte PrefixFD = 0xFD;
    public const int FdBase = SimdOpcodeNames.Base;

    /// <summary>Single-byte opcodes: valid flag per byte.</summary>
    private static readonly bool[] Plain = new bool[256];
    /// <summary>0xFC sub-opcodes (0..17 in 2.0).</summary>
    private static readonly bool[] Fc = new bool[32];
    private static readonly Imm[] Imms = new Imm[0x300];

    static OpcodeTable()
    {
        foreach (var op in Enum.GetValues<Opcode>())
        {
            int v = (int)op;
            if (v < 0x100) Plain[v] = true;
            else if (v < 0x200 && v - FcBase < Fc.Length) Fc[v - FcBase] = true;
            if (v < Imms.Length) Imms[v] = ImmOf(op);
        }
    }

    public static bool IsPlain(byte b) => Plain[b];
    public static bool IsFc(uint sub) => sub < (uint)Fc.Length && Fc[sub];
    public static bool IsFd(uint sub) => SimdOpcodeNames.IsDefined(sub);
    public static Imm ImmediateOf(Opcode op) => (int)op < Imms.Length ? Imms[(int)op] : Imm.None;

    private static Imm ImmOf(Opcode op) => op switch
    {
        Opcode.Block or Opcode.Loop or Opcode.If => Imm.BlockType,
        Opcode.Br or Opcode.BrIf or Opcode.Call or Opcode.RefFunc
            or Opcode.LocalGet or Opcode.LocalSet or Opcode.LocalTee or Opcode.GlobalGet or Opcode.GlobalSet
            or Opcode.TableGet or Opcode.TableSet or Opcode.TableGrow or Opcode.TableSize or Opcode.TableFill
            or Opcode.DataDrop or Opcode.ElemDrop => Imm.Index,
        Opcode.BrTable => Imm.BrTable,
        Opcode.CallIndirect => Imm.CallIndirect,
        Opcode.TableInit or Opcode.TableCopy => Imm.TwoIndices,
        >= Opcode.I32Load and <= Opcode.I64Store32 => Imm.MemArg,
        Opcode.MemorySize or Opcode.MemoryGrow or Opcode.MemoryFill => Imm.ZeroByte,
        Opcode.MemoryInit => Imm.IndexZeroByte,
        Opcode.MemoryCopy => Imm.TwoZeroBytes,
        Opcode.I32Const => Imm.I32,
        Opcode.I64Const => Imm.I64,
        Opcode.F32Const => Imm.F32,
        Opcode.F64Const => Imm.F64,
        Opcode.RefNull => Imm.RefType,
        Opcode.SelectT => Imm.SelectT,
        >= Opcode.V128Load and <= Opcode.V128Store or Opcode.V128Load32Zero or Opcode.V128Load64Zero => Imm.MemArg,
        Opcode.V128Const => Imm.V128,
        Opcode.I8x16Shuffle => Imm.Shuffle,
        >= Opcode.I8x16ExtractLaneS and <= Opcode.F64x2ReplaceLane => Imm.Lane,
        >= Opcode.V128Load8Lane and <= Opcode.V128Store64Lane => Imm.MemArgLane,
        _ => Imm.None,
    };
}
