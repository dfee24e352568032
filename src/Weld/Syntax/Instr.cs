using System.Runtime.InteropServices;

namespace Weld.Syntax;

/// <summary>
/// One decoded instruction with its immediates. The meaning of the fields per opcode:
/// <list type="bullet">
/// <item>block/loop/if: A = block type as the binary s33 (-64 empty, -1 i32, -2 i64, -3 f32, -4 f64, -5 v128,
///   -16 funcref, -17 externref; a value ≥ 0 is a type index).</item>
/// <item>br, br_if: A = label depth. br_table: A = start in <see cref="FunctionBody.BrTables"/>, B = number of
///   labels before the default; the default is at BrTables[A + B].</item>
/// <item>call: A = function index. call_indirect: A = type index, B = table index.</item>
/// <item>local.*, global.*: A = index. table.get/set/size/grow/fill: A = table index.</item>
/// <item>loads/stores: A = alignment exponent, B = memory index, C = offset.</item>
/// <item>memory.size/grow/fill: A = memory index. memory.copy: A = destination memory, B = source memory.
///   memory.init: A = data index, B = memory index. data.drop: A = data index.</item>
/// <item>table.init: A = element index, B = table index. elem.drop: A = element index.
///   table.copy: A = destination table, B = source table.</item>
/// <item>i32/i64/f32/f64.const: C = the bits (i32 as its unsigned 32-bit pattern).</item>
/// <item>ref.null: A = heap type as a <see cref="ValueKind"/> byte (FuncRef or ExternRef). ref.func: A = function index.</item>
/// <item>select with types (SelectT): A = the value kind byte. Plain select: A = 0 (the validator does not change it).</item>
/// <item>v128.const: C = low 64 bits, D = high 64 bits. i8x16.shuffle: C = lanes 0-7, D = lanes 8-15 (a byte each).
///   extract/replace_lane: D = lane. load/store_lane: A, B, C as for loads, D = lane.</item>
/// </list>
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Instr
{
    public ulong C;
    public ulong D;
    public int A;
    public int B;
    public Opcode Op;
    /// <summary>Byte offset of the opcode in the module (for diagnostics), or 0.</summary>
    public int Offset;

    public Instr(Opcode op, int a = 0, int b = 0, ulong c = 0, ulong d = 0)
    {
        Op = op;
        A = a;
        B = b;
        C = c;
        D = d;
        Offset = 0;
    }

    public override readonly string ToString() => $"{OpcodeNames.Of(Op)} {A} {B} {C}";
}

/// <summary>Helpers for the block type encoding used in <see cref="Instr.A"/>.</summary>
internal static class BlockTypes
{
    public const int Empty = -64;

    /// <summary>The s33 value of a single-value block type.</summary>
    public static int OfValue(ValType t) => (int)t.Kind - 0x80;

    /// <summary>The value type of a negative (single-value) block type.</summary>
    public static ValType ValueOf(int blockType) => ValType.From((ValueKind)(blockType + 0x80));

    /// <summary>The parameter and result types of a block type in a module.</summary>
    public static (ValType[] Params, ValType[] Results) Resolve(ModuleDefinition module, int blockType)
    {
        if (blockType == Empty) return ([], []);
        if (blockType < 0) return ([], [ValueOf(blockType)]);
        var ft = module.Types[blockType];
        return (ft.ParamArray, ft.ResultArray);
    }
}
