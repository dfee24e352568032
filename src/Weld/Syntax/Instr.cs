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
/// <item>ref.null: A = the <see cref="ValueKind"/> byte of its hierarchy (FuncRef or ExternRef), C = 0 for 2.0 types, else the packed reference
///   type (<see cref="ValType.Pack"/>). ref.func: A = function index.</item>
/// <item>call_ref, return_call_ref: A = type index. br_on_null, br_on_non_null: A = label depth.</item>
/// <item>block/loop/if with a 3.0 reference result type: A = <see cref="BlockTypes.Packed"/>, C = the packed type.</item>
/// <item>select with types (SelectT): A = the value kind byte, C = the packed type when not a 2.0 type.
///   Plain select: A = 0 (the validator does not change it).</item>
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

    /// <summary>A single-result block type that is a 3.0 reference type (not one byte): A = Packed + its kind byte (all
    /// the back ends need), and Instr.C holds the whole type, packed (what validation needs).</summary>
    public const int Packed = -0x1000;

    public static bool IsPacked(int blockType) => blockType is >= Packed and < Packed + 0x100;

    /// <summary>A block instruction whose type is the single value type <paramref name="t"/>.</summary>
    public static Instr Of(Opcode op, ValType t) =>
        t.IsV2 ? new Instr(op, OfValue(t)) : new Instr(op, Packed + (int)t.Kind, c: t.Pack());

    /// <summary>The s33 value of a single-value block type.</summary>
    public static int OfValue(ValType t) => (int)t.Kind - 0x80;

    /// <summary>The value type of a negative (single-value) block type.</summary>
    public static ValType ValueOf(int blockType) => ValType.From((ValueKind)(blockType + 0x80));

    /// <summary>The parameter and result types of a block type in a module.</summary>
    public static (ValType[] Params, ValType[] Results) Resolve(ModuleDefinition module, in Instr ins)
    {
        if (IsPacked(ins.A)) return ([], [ValType.Unpack(ins.C)]);
        return Resolve(module, ins.A);
    }

    /// <summary>The parameter and result types of a block type in a module.</summary>
    public static (ValType[] Params, ValType[] Results) Resolve(ModuleDefinition module, int blockType)
    {
        if (blockType == Empty) return ([], []);
        if (IsPacked(blockType)) return ([], [ValType.From((ValueKind)(blockType - Packed))]);
        if (blockType < 0) return ([], [ValueOf(blockType)]);
        var ft = module.FuncTypeAt(blockType);
        return (ft.ParamArray, ft.ResultArray);
    }
}
