namespace Weld.IsaGen;

/// <summary>src/Weld/Text: the text-format immediates and natural alignments.</summary>
public static class TextEmitter
{
    public static string Immediates(InstructionTable t)
    {
        var w = CodeWriter.File();
        w.Line("using Weld.Syntax;").Line();
        w.Line("namespace Weld.Text;").Line();
        w.Block("internal static partial class Immediates", () =>
        {
            w.Line("/// <summary>The text-format immediates of <paramref name=\"op\"/>.</summary>");
            w.Line("public static ImmediateKind KindOf(Opcode op) => op switch");
            w.Block("", () =>
            {
                Arms.Grouped(w, t.Instructions.Where(i => !i.NoText && KindOf(i) != "None").Select(i => (i, $"ImmediateKind.{KindOf(i)}")));
                w.Line("_ => ImmediateKind.None,");
            }, "};");
            w.Line();
            w.Line("/// <summary>The natural alignment (log2 of the access size) of a memory instruction: the memarg default.</summary>");
            w.Line("public static int NaturalAlignment(Opcode op) => op switch");
            w.Block("", () =>
            {
                var aligned = t.Instructions.Where(i => i.Align is not null);
                Arms.Grouped(w, aligned.Select(i => (i, i.Align!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))));
                w.Line("_ => throw new ArgumentOutOfRangeException(nameof(op), op, \"not a memory instruction\"),");
            }, "};");
        });
        return w.ToString();
    }

    private static string KindOf(Instruction i) => i.TextForm switch
    {
        "structured" => "Structured",
        "select" => "Select",
        _ => i.Immediates switch
        {
            "" or "zero" => "None",
            "blocktype" => "Structured",
            "labelidx" => "Label",
            "labelidx*" => "BrTable",
            "tagidx" => "Tag",
            "blocktype,catch*" => "Structured",
            "funcidx" => "Func",
            "typeidx,tableidx" => "CallIndirect",
            "typeidx" => "Type",
            "localidx" => "Local",
            "globalidx" => "Global",
            "tableidx" => "Table",
            "tableidx,tableidx" => "TableCopy",
            "elemidx,tableidx" => "TableInit",
            "elemidx" => "Elem",
            "dataidx" => "Data",
            "memidx" => "Memory",
            "memidx,memidx" => "MemoryCopy",
            "dataidx,memidx" => "MemoryInit",
            "memarg" => "MemArg",
            "memarg,laneidx" => "MemArgLane",
            "i32" => "I32",
            "i64" => "I64",
            "f32" => "F32",
            "f64" => "F64",
            "v128" => "V128Const",
            "reftype" => "RefNull",
            "laneidx" => "Lane",
            "laneidx16" => "Shuffle",
            "typeidx,fieldidx" => "StructField",
            "typeidx,typeidx" => "TwoTypes",
            "typeidx,u32" => "TypeAndCount",
            "typeidx,dataidx" => "TypeAndData",
            "typeidx,elemidx" => "TypeAndElem",
            "heaptype" => "RefCast",
            "castflags,labelidx,heaptype,heaptype" => "BrOnCast",
            var s => throw new InvalidOperationException($"{i.Mnemonic}: no text form for immediates '{s}'"),
        },
    };
}
