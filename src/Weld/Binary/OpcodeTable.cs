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
    TryTable,       // blocktype -> A, vec(catch) -> BrTables pool: B = start, C = count (see Instr)
    HeapType,       // s33 heap type -> C (packed reference type, nullable for the "null" opcodes), A = its kind (GC)
    BrOnCast,       // flags byte -> B, label u32 -> A, two heap types -> C, D (packed, nullable per flags) (GC)
}

/// <summary>
/// Opcode lookup for the decoder and encoder. The immediate layouts (<see cref="ImmOf"/>) and the opcode families
/// (<see cref="OpcodeFamilies"/>) are generated from the instruction table; adding a prefixed family is a prefix line
/// and its rows there.
/// </summary>
internal static partial class OpcodeTable
{
    /// <summary>Whether each Opcode value is an instruction.</summary>
    private static readonly bool[] Defined = new bool[OpcodeFamilies.Size];
    private static readonly Imm[] Imms = new Imm[OpcodeFamilies.Size];

    static OpcodeTable()
    {
        foreach (var op in Enum.GetValues<Opcode>())
        {
            Defined[(int)op] = true;
            Imms[(int)op] = ImmOf(op);
        }
    }

    /// <summary>Whether a byte that is not a prefix is an instruction.</summary>
    public static bool IsPlain(byte b) => !OpcodeFamilies.IsPrefix(b) && Defined[b];

    /// <summary>Whether <paramref name="prefix"/> then <paramref name="sub"/> encode an instruction.</summary>
    public static bool TryPrefixed(byte prefix, uint sub, out Opcode op)
    {
        int value = OpcodeFamilies.ValueOf(prefix, sub);
        op = (Opcode)value;
        return value >= 0 && Defined[value];
    }

    public static Imm ImmediateOf(Opcode op) => (int)op < Imms.Length ? Imms[(int)op] : Imm.None;
}
