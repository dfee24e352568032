using System.Globalization;
using System.Text.RegularExpressions;

namespace Weld.IsaGen;

/// <summary>The parsed instruction table: opcode families and instructions in file order.</summary>
public sealed record InstructionTable(IReadOnlyList<Prefix> Prefixes, IReadOnlyList<Instruction> Instructions)
{
    /// <summary>One past the largest Opcode value any family allows.</summary>
    public int OpcodeSpace => Math.Max(0x100, Prefixes.Count == 0 ? 0 : Prefixes.Max(p => p.Base + p.Count));

    public Instruction ByMnemonic(string mnemonic) => Instructions.First(i => i.Mnemonic == mnemonic && !i.NoText);
}

/// <summary>Reads <c>instructions.txt</c> and checks it: every error names the line.</summary>
public static partial class TableParser
{
    /// <summary>The immediate vocabulary of the immediates column (single tokens and the combinations 2.0 uses).</summary>
    public static readonly IReadOnlySet<string> ImmediateForms = new HashSet<string>
    {
        "", "blocktype", "labelidx", "labelidx*", "funcidx", "typeidx", "typeidx,tableidx", "localidx", "globalidx", "tableidx",
        "tableidx,tableidx", "elemidx,tableidx", "elemidx", "dataidx", "memidx", "memidx,memidx", "dataidx,memidx",
        "memarg", "memarg,laneidx", "laneidx", "laneidx16", "i32", "i64", "f32", "f64", "v128", "reftype", "valtype*", "zero",
        "tagidx", "blocktype,catch*",
        "typeidx,fieldidx", "typeidx,typeidx", "typeidx,u32", "typeidx,dataidx", "typeidx,elemidx", "heaptype",
        "castflags,labelidx,heaptype,heaptype",
    };

    private const int Columns = 8;

    public static InstructionTable Parse(string text)
    {
        var prefixes = new List<Prefix>();
        var rows = new List<Instruction>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (int n = 1; n <= lines.Length; n++)
        {
            string line = lines[n - 1].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            try
            {
                if (line.StartsWith("prefix ", StringComparison.Ordinal)) prefixes.Add(ParsePrefix(line));
                else rows.Add(ParseRow(line, n, prefixes));
            }
            catch (FormatException e)
            {
                throw new FormatException($"instructions.txt:{n}: {e.Message}");
            }
        }
        var table = new InstructionTable(prefixes, rows);
        Check(table);
        return table;
    }

    private static Prefix ParsePrefix(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 5) throw new FormatException("expected: prefix BYTE BASE COUNT FAMILY");
        return new Prefix((byte)Hex(parts[1]), Hex(parts[2]), Hex(parts[3]), parts[4]);
    }

    private static Instruction ParseRow(string line, int n, List<Prefix> prefixes)
    {
        var cols = line.Split('|', Columns);
        if (cols.Length != Columns) throw new FormatException($"expected {Columns} columns separated by '|', got {cols.Length}");
        for (int i = 0; i < cols.Length; i++) cols[i] = cols[i].Trim();
        string mnemonic = cols[0];
        var (prefix, code) = ParseEncoding(cols[1], prefixes);
        string immediates = cols[2] == "-" ? "" : cols[2];
        if (!ImmediateForms.Contains(immediates)) throw new FormatException($"unknown immediates '{cols[2]}'");
        var (ps, rs) = ParseSignature(cols[3]);
        var flags = cols[6].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? Flag(string key) => flags.FirstOrDefault(f => f.StartsWith(key + "=", StringComparison.Ordinal))?[(key.Length + 1)..];
        foreach (var f in flags)
        {
            string key = f.Split('=')[0];
            if (key is not ("commutative" or "imm" or "inverse" or "same-bits" or "name" or "text" or "no-text" or "atomic"))
                throw new FormatException($"unknown flag '{f}'");
        }
        return new Instruction
        {
            Line = n,
            Mnemonic = mnemonic,
            Name = Flag("name") ?? PascalCase(mnemonic),
            Prefix = prefix,
            Code = code,
            Immediates = immediates,
            Params = ps,
            Results = rs,
            Align = Optional(cols[4]),
            Lanes = Optional(cols[5]),
            Commutative = flags.Contains("commutative"),
            HasImmForm = flags.Contains("imm"),
            Inverse = Flag("inverse"),
            SameBits = flags.Contains("same-bits"),
            TextForm = Flag("text"),
            NoText = flags.Contains("no-text"),
            Atomic = flags.Contains("atomic"),
            Semantics = cols[7] == "-" ? null : cols[7],
        };
    }

    private static (Prefix?, int) ParseEncoding(string s, List<Prefix> prefixes)
    {
        var parts = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1)
        {
            int b = Hex(parts[0]);
            if (b > 0xFF || prefixes.Any(p => p.Byte == b)) throw new FormatException($"'{s}' is not a plain opcode byte");
            return (null, b);
        }
        if (parts.Length != 2) throw new FormatException($"bad encoding '{s}'");
        int pb = Hex(parts[0]);
        var prefix = prefixes.FirstOrDefault(p => p.Byte == pb) ?? throw new FormatException($"no prefix line for 0x{pb:X2}");
        int sub = Hex(parts[1]);
        if (sub >= prefix.Count) throw new FormatException($"sub-opcode 0x{sub:X} is outside the 0x{pb:X2} family (count 0x{prefix.Count:X})");
        return (prefix, sub);
    }

    private static (IReadOnlyList<ValType>?, IReadOnlyList<ValType>?) ParseSignature(string s)
    {
        if (s == "special") return (null, null);
        int arrow = s.IndexOf("->", StringComparison.Ordinal);
        if (arrow < 0) throw new FormatException($"signature '{s}' has no '->'");
        return (Types(s[..arrow]), Types(s[(arrow + 2)..]));
    }

    private static ValType[] Types(string s) =>
        [.. s.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => ValType.ByToken.TryGetValue(t, out var v) ? v : throw new FormatException($"unknown type '{t}'"))];

    private static int? Optional(string s) => s == "-" ? null : int.Parse(s, CultureInfo.InvariantCulture);

    private static int Hex(string s)
    {
        if (!s.StartsWith("0x", StringComparison.Ordinal)
            || !int.TryParse(s.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int v))
            throw new FormatException($"'{s}' is not a hex number (0x..)");
        return v;
    }

    /// <summary>i32.trunc_sat_f32_s -> I32TruncSatF32S.</summary>
    public static string PascalCase(string mnemonic) =>
        string.Concat(mnemonic.Split('.', '_').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));

    [GeneratedRegex(@"\b[xyz]\b")]
    private static partial Regex OperandName();

    /// <summary>Consistency: unique names and values, flags and columns that fit the instruction.</summary>
    private static void Check(InstructionTable t)
    {
        var seen = new Dictionary<int, Instruction>();
        var names = new HashSet<string>();
        foreach (var i in t.Instructions)
        {
            void Fail(string what) => throw new FormatException($"instructions.txt:{i.Line}: {i.Mnemonic}: {what}");
            if (!seen.TryAdd(i.Value, i)) Fail($"encoding also used by {seen[i.Value].Mnemonic}");
            if (!names.Add(i.Name)) Fail($"Opcode member {i.Name} is used twice (give one a name= flag)");
            if (i.IsMemory != (i.Align is not null)) Fail("align is given exactly for memarg instructions");
            if (i.Immediates.Contains("laneidx") != (i.Lanes is not null)) Fail("lanes is given exactly for lane immediates");
            if (i.IsSpecial && (i.Semantics is not null || i.IsMemory)) Fail("a special instruction has no semantics and no memarg");
            if (i.Params is { Count: > 3 } || i.Results is { Count: > 1 }) Fail("at most three operands and one result");
            if (i.Semantics is { } s && !i.SemanticsIsMethod)
            {
                if (i.IsSimd) Fail("SIMD semantics must name a SimdOps method");
                int arity = i.Params!.Count;
                foreach (Match m in OperandName().Matches(s))
                    if (m.Value[0] - 'x' >= arity) Fail($"the expression uses {m.Value}, but there are {arity} operands");
            }
            if (i.SemanticsIsMethod && !i.Semantics!.StartsWith(i.IsSimd ? "SimdOps." : "Numerics.", StringComparison.Ordinal))
                Fail(i.IsSimd ? "SIMD semantics come from SimdOps" : "scalar semantics come from Numerics");
            if (i.Semantics is not null && i.Result is null && !i.IsMemory) Fail("semantics without a result");
            if ((i.HasImmForm || i.Commutative || i.Inverse is not null) && (!i.IsNumeric || i.Params!.Count != 2))
                Fail("commutative, imm and inverse= are for binary numeric instructions");
            if (i.SameBits && (!i.IsNumeric || i.Params!.Count != 1)) Fail("same-bits is for unary numeric instructions");
            if (i.TextForm is not (null or "structured" or "select")) Fail($"unknown text form '{i.TextForm}'");
            if (i.Atomic && (!i.IsMemory || i.Semantics is not null)) Fail("atomic is for memarg instructions without semantics");
        }
        foreach (var i in t.Instructions.Where(i => i.Inverse is not null))
        {
            var inv = t.Instructions.FirstOrDefault(j => j.Mnemonic == i.Inverse)
                ?? throw new FormatException($"instructions.txt:{i.Line}: inverse {i.Inverse} is not an instruction");
            if (inv.Inverse != i.Mnemonic || inv.HasImmForm != i.HasImmForm)
                throw new FormatException(
                    $"instructions.txt:{i.Line}: {i.Mnemonic} and {inv.Mnemonic} must be each other's inverse, both with or without imm");
        }
    }
}
