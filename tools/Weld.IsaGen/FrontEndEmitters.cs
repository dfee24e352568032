namespace Weld.IsaGen;

/// <summary>Switch arms that map many opcodes to one value, wrapped to a readable width.</summary>
internal static class Arms
{
    public static void Grouped(CodeWriter w, IEnumerable<(Instruction I, string Value)> arms)
    {
        foreach (var g in arms.GroupBy(a => a.Value))
        {
            var names = g.Select(a => $"Opcode.{a.I.Name}").ToList();
            var line = "";
            for (int k = 0; k < names.Count; k++)
            {
                string piece = (k == 0 ? "" : " or ") + names[k];
                if (line.Length + piece.Length > 110)
                {
                    w.Line(line);
                    line = "   " + piece;
                }
                else line += piece;
            }
            w.Line($"{line} => {g.Key},");
        }
    }
}

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
        "labelidx" or "funcidx" or "localidx" or "globalidx" or "tableidx" or "elemidx" or "dataidx" => "Index",
        "labelidx*" => "BrTable",
        "typeidx,tableidx" => "CallIndirect",
        "tableidx,tableidx" or "elemidx,tableidx" => "TwoIndices",
        "memarg" => "MemArg",
        "memarg,laneidx" => "MemArgLane",
        "memidx" => "ZeroByte",
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
        var s => throw new InvalidOperationException($"no binary layout for immediates '{s}'"),
    };
}

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
                Arms.Grouped(w, t.Instructions.Where(i => i.Align is not null).Select(i => (i, i.Align!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))));
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
            "" => "None",
            "blocktype" => "Structured",
            "labelidx" => "Label",
            "labelidx*" => "BrTable",
            "funcidx" => "Func",
            "typeidx,tableidx" => "CallIndirect",
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
            var s => throw new InvalidOperationException($"{i.Mnemonic}: no text form for immediates '{s}'"),
        },
    };
}

/// <summary>src/Weld/Validation: the operator signature table.</summary>
public static class ValidationEmitter
{
    public static string Signatures(InstructionTable t)
    {
        var w = CodeWriter.File();
        w.Line("using Weld.Syntax;").Line();
        w.Line("namespace Weld.Validation;").Line();
        w.Block("internal static partial class OperatorSignatures", () =>
        {
            w.Line("/// <summary>Every instruction's entry, indexed by Opcode value (other values stay OpClass.None).</summary>");
            w.Block("private static OpSignature[] Build()", () =>
            {
                w.Line("var t = new OpSignature[Size];");
                foreach (var i in t.Instructions) w.Line($"t[(int)Opcode.{i.Name}] = {Entry(i)};");
                w.Line("return t;");
            });
        });
        return w.ToString();
    }

    private static string Entry(Instruction i)
    {
        if (i.IsSpecial) return "Special";
        string P(int k) => k < i.Params!.Count ? i.Params[k].Kind : "0";
        string cls = i.IsMemory ? "OpClass.Memory" : "OpClass.Simple";
        return $"new({cls}, {P(0)}, {P(1)}, {P(2)}, {i.Params!.Count}, {i.Result?.Kind ?? "0"}, {i.Align ?? 0}, {i.Lanes ?? 0})";
    }
}
