namespace Weld.IsaGen;

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
        string cls = i.Atomic ? "OpClass.Atomic" : i.IsMemory ? "OpClass.Memory" : "OpClass.Simple";
        return $"new({cls}, {P(0)}, {P(1)}, {P(2)}, {i.Params!.Count}, {i.Result?.Kind ?? "0"}, {i.Align ?? 0}, {i.Lanes ?? 0})";
    }
}
