using Weld.Syntax;

namespace Weld.Binary;

internal static partial class BinaryEncoder
{
    /// <summary>Instructions as given (the final <c>end</c> included), immediates per <see cref="OpcodeTable"/>.</summary>
    private static void WriteExpression(WasmWriter w, Instr[] code, int[] brTables)
    {
        foreach (var ins in code) WriteInstr(w, ins, brTables);
    }

    private static void WriteInstr(WasmWriter w, in Instr ins, int[] brTables)
    {
        var (prefix, code) = OpcodeFamilies.EncodingOf(ins.Op);
        if (prefix == 0) w.Byte((byte)code);
        else
        {
            w.Byte(prefix);
            w.U32(code);
        }

        switch (OpcodeTable.ImmediateOf(ins.Op))
        {
            case Imm.None:
                break;
            case Imm.BlockType:
                if (BlockTypes.IsPacked(ins.A)) w.ValType(ValType.Unpack(ins.C));
                else w.S64(ins.A); // s33: -64 is 0x40, -1 is 0x7F, type indices are non-negative
                break;
            case Imm.Index:
                w.U32(ins.A);
                break;
            case Imm.BrTable:
                // A br_table outside a function body (only in an invalid constant expression) has no label pool.
                if (ins.A < 0 || ins.B < 0 || ins.A + ins.B >= brTables.Length)
                {
                    w.U32(0);
                    w.U32(0);
                    break;
                }
                w.U32(ins.B);
                for (int i = 0; i <= ins.B; i++) w.U32(brTables[ins.A + i]);
                break;
            case Imm.CallIndirect:
            case Imm.TwoIndices:
            case Imm.IndexZeroByte:
            case Imm.TwoZeroBytes:
                // For memory.init/copy the memory indices are the 2.0 reserved zero bytes.
                w.U32(ins.A);
                w.U32(ins.B);
                break;
            case Imm.MemArg:
                WriteMemArg(w, ins);
                break;
            case Imm.MemArgLane:
                WriteMemArg(w, ins);
                w.Byte((byte)ins.D);
                break;
            case Imm.V128:
            case Imm.Shuffle:
                w.Fixed64(ins.C);
                w.Fixed64(ins.D);
                break;
            case Imm.Lane:
                w.Byte((byte)ins.D);
                break;
            case Imm.ZeroByte:
                w.U32(ins.A);
                break;
            case Imm.I32:
                w.S64((int)(uint)ins.C);
                break;
            case Imm.I64:
                w.S64((long)ins.C);
                break;
            case Imm.F32:
                w.Fixed32((uint)ins.C);
                break;
            case Imm.F64:
                w.Fixed64(ins.C);
                break;
            case Imm.RefType:
                // C holds the heap type as a reference type; an Instr built with A alone is the 2.0 byte.
                if (ins.C != 0) w.HeapType(ValType.Unpack(ins.C));
                else w.Byte((byte)ins.A);
                break;
            case Imm.SelectT:
                w.U32(1);
                if (ins.C != 0) w.ValType(ValType.Unpack(ins.C));
                else w.Byte((byte)ins.A);
                break;
            case Imm.TryTable:
                if (BlockTypes.IsPacked(ins.A)) w.ValType(ValType.Unpack(ins.C));
                else w.S64(ins.A);
                w.U32(brTables[ins.B]);
                for (int i = 0; i < brTables[ins.B]; i++)
                {
                    int at = ins.B + 1 + 3 * i;
                    w.Byte((byte)brTables[at]);
                    if (ExceptionOpcodes.HasTag(brTables[at])) w.U32(brTables[at + 1]);
                    w.U32(brTables[at + 2]);
                }
                break;
            case Imm.HeapType:
                w.HeapType(ValType.Unpack(ins.C));
                break;
            case Imm.BrOnCast:
            {
                var (source, target) = (ValType.Unpack(ins.C), ValType.Unpack(ins.D));
                w.Byte((byte)((source.IsNullable ? 1 : 0) | (target.IsNullable ? 2 : 0)));
                w.U32(ins.A);
                w.HeapType(source);
                w.HeapType(target);
                break;
            }
            default:
                throw new NotSupportedException($"no immediate encoder for {ins.Op}");
        }
    }

    private static bool HasNames(NameSection n) =>
        n.ModuleName is not null || n.FunctionNames.Count > 0 || n.LocalNames.Count > 0;

    /// <summary>The name section's payload: module (0), function (1) and local (2) subsections, maps sorted by index.</summary>
    private static byte[] EncodeNames(NameSection n)
    {
        var w = new WasmWriter();
        if (n.ModuleName is { } moduleName)
        {
            var sub = new WasmWriter();
            sub.Name(moduleName);
            w.Byte(0);
            w.Vector(sub.Written);
        }
        if (n.FunctionNames.Count > 0)
        {
            var sub = new WasmWriter();
            WriteNameMap(sub, n.FunctionNames);
            w.Byte(1);
            w.Vector(sub.Written);
        }
        if (n.LocalNames.Count > 0)
        {
            var sub = new WasmWriter();
            sub.U32(n.LocalNames.Count);
            foreach (var (func, map) in n.LocalNames.OrderBy(p => p.Key))
            {
                sub.U32(func);
                WriteNameMap(sub, map);
            }
            w.Byte(2);
            w.Vector(sub.Written);
        }
        return w.ToArray();
    }

    private static void WriteNameMap(WasmWriter w, Dictionary<int, string> map)
    {
        w.U32(map.Count);
        foreach (var (index, name) in map.OrderBy(p => p.Key))
        {
            w.U32(index);
            w.Name(name);
        }
    }

    /// <summary>Alignment exponent and offset; a memory other than 0 sets flag bit 6 and follows the flags (multi-memory).</summary>
    private static void WriteMemArg(WasmWriter w, in Instr ins)
    {
        if (ins.B == 0) w.U32(ins.A);
        else
        {
            w.U32(ins.A | 0x40);
            w.U32(ins.B);
        }
        w.U64(ins.C);
    }
}
