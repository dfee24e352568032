namespace Weld.IsaGen;

/// <summary>src/Weld/Syntax: the Opcode enum, the opcode families and the mnemonics.</summary>
public static class SyntaxEmitter
{
    public static string Opcodes(InstructionTable t)
    {
        var w = CodeWriter.File();
        w.Line("namespace Weld.Syntax;").Line();
        w.Line("/// <summary>Instruction opcodes. A plain instruction's value is its byte; a prefixed one's is its family's base plus");
        w.Line("/// its sub-opcode (see <see cref=\"OpcodeFamilies\"/>).</summary>");
        w.Block("internal enum Opcode : ushort", () =>
        {
            foreach (var i in t.Instructions.OrderBy(i => i.Value))
                w.Line($"{i.Name} = 0x{i.Value:X3}, // {i.Mnemonic}{(i.Prefix is null ? "" : $" (0x{i.Prefix.Byte:X2} 0x{i.Code:X2})")}");
        });
        w.Line();
        Families(w, t);
        w.Line();
        w.Line("/// <summary>The text-format mnemonics.</summary>");
        w.Block("internal static class OpcodeNames", () =>
        {
            w.Line("/// <summary>The mnemonic of an opcode (typed select is written select too).</summary>");
            w.Line("public static string Of(Opcode op) => op switch");
            w.Block("", () =>
            {
                foreach (var i in t.Instructions) w.Line($"Opcode.{i.Name} => \"{i.Mnemonic}\",");
                w.Line("_ => $\"op_0x{(int)op:x}\",");
            }, "};");
            w.Line();
            w.Line("/// <summary>Mnemonic to opcode, for the text parser.</summary>");
            w.Line("public static readonly IReadOnlyDictionary<string, Opcode> ByName = new Dictionary<string, Opcode>");
            w.Block("", () =>
            {
                foreach (var i in t.Instructions.Where(i => !i.NoText)) w.Line($"[\"{i.Mnemonic}\"] = Opcode.{i.Name},");
            }, "};");
        });
        return w.ToString();
    }

    private static void Families(CodeWriter w, InstructionTable t)
    {
        w.Line("/// <summary>The opcode families of the binary format: a prefix byte, then a sub-opcode (u32).</summary>");
        w.Block("internal static class OpcodeFamilies", () =>
        {
            w.Line("/// <summary>Every Opcode value is below this.</summary>");
            w.Line($"public const int Size = 0x{t.OpcodeSpace:X};");
            foreach (var p in t.Prefixes)
            {
                w.Line();
                w.Line($"/// <summary>0x{p.Byte:X2}: Opcode value 0x{p.Base:X} + sub-opcode, sub-opcode below 0x{p.Count:X}.</summary>");
                w.Line($"public const byte {p.Family}Prefix = 0x{p.Byte:X2};");
                w.Line($"public const int {p.Family}Base = 0x{p.Base:X};");
                w.Line($"public const int {p.Family}Count = 0x{p.Count:X};");
                w.Line($"public static bool Is{p.Family}(Opcode op) => (uint)((int)op - {p.Family}Base) < {p.Family}Count;");
            }
            w.Line();
            w.Line("/// <summary>Whether a byte is a prefix (starts a family) rather than a plain opcode.</summary>");
            w.Line($"public static bool IsPrefix(byte b) => b is {string.Join(" or ", t.Prefixes.Select(p => $"{p.Family}Prefix"))};");
            w.Line();
            w.Line("/// <summary>The Opcode value of a prefix byte and sub-opcode, or -1 when the sub-opcode is outside the family.</summary>");
            w.Line("public static int ValueOf(byte prefix, uint sub) => prefix switch");
            w.Block("", () =>
            {
                foreach (var p in t.Prefixes) w.Line($"{p.Family}Prefix when sub < {p.Family}Count => {p.Family}Base + (int)sub,");
                w.Line("_ => -1,");
            }, "};");
            w.Line();
            w.Line("/// <summary>The prefix byte (0 for a plain opcode) and the byte or sub-opcode that encode an opcode.</summary>");
            w.Line("public static (byte Prefix, uint Code) EncodingOf(Opcode op) => (int)op switch");
            w.Block("", () =>
            {
                w.Line("< 0x100 => (0, (uint)op),");
                foreach (var p in t.Prefixes)
                    w.Line($">= {p.Family}Base and < {p.Family}Base + {p.Family}Count => ({p.Family}Prefix, (uint)((int)op - {p.Family}Base)),");
                w.Line("_ => throw new ArgumentOutOfRangeException(nameof(op), op, \"no opcode family\"),");
            }, "};");
        });
    }
}
