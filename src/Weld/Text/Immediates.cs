using Weld.Syntax;

namespace Weld.Text;

/// <summary>The shape of an instruction's immediates in the text format.</summary>
internal enum ImmediateKind : byte
{
    None,
    /// <summary>block, loop, if, else, end: handled by the sequence parser, never as plain instructions.</summary>
    Structured,
    Label,
    BrTable,
    Func,
    CallIndirect,
    /// <summary>A type index (call_ref, return_call_ref).</summary>
    Type,
    Local,
    Global,
    /// <summary>An optional table index (default 0).</summary>
    Table,
    TableCopy,
    TableInit,
    Elem,
    MemArg,
    /// <summary>An optional memory index (default 0).</summary>
    Memory,
    MemoryCopy,
    MemoryInit,
    Data,
    I32,
    I64,
    F32,
    F64,
    RefNull,
    Select,
    /// <summary><c>v128.const shape lanes</c>.</summary>
    V128Const,
    /// <summary>A lane index (u8) for extract/replace_lane.</summary>
    Lane,
    /// <summary><c>memidx? memarg lane</c> for load/store_lane.</summary>
    MemArgLane,
    /// <summary>Sixteen lane indices for i8x16.shuffle.</summary>
    Shuffle,
    /// <summary>A tag index (throw).</summary>
    Tag,
}

/// <summary>Which immediates each opcode takes in the text format, and the natural alignments: both generated from
/// the instruction table (<see cref="KindOf"/>, <see cref="NaturalAlignment"/>).</summary>
internal static partial class Immediates
{
    public static bool IsStructured(Opcode op) => KindOf(op) == ImmediateKind.Structured;
}
