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
    /// <summary>A type index and a field index (or name) of that struct type (struct.get/set).</summary>
    StructField,
    /// <summary>Two type indices (array.copy: destination, source).</summary>
    TwoTypes,
    /// <summary>A type index and an element count (array.new_fixed).</summary>
    TypeAndCount,
    /// <summary>A type index and a data segment (array.new_data, array.init_data).</summary>
    TypeAndData,
    /// <summary>A type index and an element segment (array.new_elem, array.init_elem).</summary>
    TypeAndElem,
    /// <summary>A reference type (ref.test, ref.cast: a nullable one picks the "null" opcode).</summary>
    RefCast,
    /// <summary>A label and two reference types (br_on_cast, br_on_cast_fail).</summary>
    BrOnCast,
}

/// <summary>Which immediates each opcode takes in the text format, and the natural alignments: both generated from
/// the instruction table (<see cref="KindOf"/>, <see cref="NaturalAlignment"/>).</summary>
internal static partial class Immediates
{
    public static bool IsStructured(Opcode op) => KindOf(op) == ImmediateKind.Structured;
}
