namespace Weld.IsaGen;

/// <summary>src/Weld/Binary: the immediate layout of each opcode.</summary>
public static class BinaryEmitter
{
    public static string Immediates(InstructionTable t)
    {
        var w = CodeWriter.File();
        w.Line("using Weld.Syntax;").Line();
        w.Line("namespace Weld.Binary;").Line();
        w.Block("internal static partial class OpcodeTable", () =>
        {
            w.Line("/// <summary>How the immediates of <paramref name=\"op\"/> are laid out in the binary format.</summary>");
            w.Line("private static Imm ImmOf(Opcode op) => op switch");
            w.Block("", () =>
            {
                Arms.Grouped(w, t.Instructions.Where(i => i.Immediates.Length > 0).Select(i => (i, $"Imm.{ImmOf(i)}")));
                w.Line("_ => Imm.None,");
            }, "};");
        });
        return w.ToString();
    }

    private static string ImmOf(Instruction i) => i.Immediates switch
    {
        "blocktype" => "BlockType",
        "labelidx" or "typeidx" or "funcidx" or "localidx" or "globalidx" or "tableidx" or "elemidx" or "dataidx" => "Index",
        "labelidx*" => "BrTable",
        "tagidx" => "Index",
        "blocktype,catch*" => "TryTable",
        "typeidx,tableidx" => "CallIndirect",
        "tableidx,tableidx" or "elemidx,tableidx" => "TwoIndices",
        "memarg" => "MemArg",
        "memarg,laneidx" => "MemArgLane",
        "memidx" or "zero" => "ZeroByte",
        "dataidx,memidx" => "IndexZeroByte",
        "memidx,memidx" => "TwoZeroBytes",
        "i32" => "I32",
        "i64" => "I64",
        "f32" => "F32",
        "f64" => "F64",
        "v128" => "V128",
        "reftype" => "RefType",
        "valtype*" => "SelectT",
        "laneidx" => "Lane",
        "laneidx16" => "Shuffle",
        "typeidx,fieldidx" or "typeidx,typeidx" or "typeidx,u32" or "typeidx,dataidx" or "typeidx,elemidx" => "TwoIndices",
        "heaptype" => "HeapType",
        "castflags,labelidx,heaptype,heaptype" => "BrOnCast",
        var s => throw new InvalidOperationException($"no binary layout for immediates '{s}'"),
    };
}
