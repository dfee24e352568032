using Weld.Binary;
using Weld.Syntax;
using Weld.Validation;

namespace Weld.Fuzz.Corpus;

/// <summary>
/// Makes mutants of a valid module that are likely to stay valid: it decodes the module, changes a few instructions
/// (a constant to an edge value or a nearby one, a memory offset or alignment, an operator to another of the same
/// stack signature, a local to another, two pushed operands swapped, a branch depth by one) and encodes it again.
/// Whether a mutant is valid is for the caller's validators to say.
/// </summary>
public static class ModuleMutator
{
    private static readonly Dictionary<Opcode, Opcode[]> Alternatives = BuildAlternatives();

    private static readonly ulong[] I32Edges = [0, 1, 0xffff_ffff, 0x8000_0000, 0x7fff_ffff, 0x80, 0xff, 0xffff, 0x1_0000 - 1, 31, 32, 0x1_0000];
    private static readonly ulong[] I64Edges = [0, 1, ulong.MaxValue, 1UL << 63, long.MaxValue, 0xffff_ffff, 0x1_0000_0000, 63, 64, 0x8000_0000];
    private static readonly ulong[] F32Edges =
    [
        0, 0x8000_0000, 0x3f80_0000, 0xbf80_0000, 0x7fc0_0000, 0xffc0_0000, 0x7fa0_0000, 0x7fc0_0001, 0x7f80_0000, 0xff80_0000,
        1, 0x7f7f_ffff, 0x4f00_0000, 0xcf00_0000, 0x4f80_0000, 0x3f00_0000, 0x3fc0_0000, 0x4020_0000, 0x5f00_0000, 0xdf00_0000,
    ];
    private static readonly ulong[] F64Edges =
    [
        0, 1UL << 63, 0x3ff0_0000_0000_0000, 0xbff0_0000_0000_0000, 0x7ff8_0000_0000_0000, 0xfff8_0000_0000_0000,
        0x7ff4_0000_0000_0000, 0x7ff8_0000_0000_0001, 0x7ff0_0000_0000_0000, 0xfff0_0000_0000_0000, 1, 0x7fef_ffff_ffff_ffff,
        0x41e0_0000_0000_0000, 0xc1e0_0000_0020_0000, 0x41f0_0000_0000_0000, 0x43e0_0000_0000_0000, 0x3fe0_0000_0000_0000,
        0x3ff8_0000_0000_0000, 0x4004_0000_0000_0000,
    ];
    private static readonly ulong[] Offsets = [0, 1, 2, 4, 7, 8, 0xfff0, 0xffff, 0x1_0000, 0x3f_fff8, 0x40_0000, 0xffff_ffff];

    /// <summary>A mutant with <paramref name="edits"/> changes, or null when the module has nothing to change or does
    /// not decode.</summary>
    public static byte[]? Mutate(byte[] wasm, Random random, int edits)
    {
        ModuleDefinition module;
        try
        {
            module = BinaryDecoder.Decode(wasm);
        }
        catch (MalformedModuleException)
        {
            return null;
        }
        var sites = new List<(int Function, int At)>();
        for (int f = 0; f < module.Codes.Count; f++)
        {
            var code = module.Codes[f].Code;
            for (int i = 0; i < code.Length; i++)
                if (IsMutable(code[i].Op)) sites.Add((f, i));
        }
        if (sites.Count == 0) return null;
        for (int e = 0; e < edits; e++)
        {
            var (f, at) = sites[random.Next(sites.Count)];
            Edit(module, f, at, random);
        }
        return BinaryEncoder.Encode(module);
    }

    private static bool IsMutable(Opcode op) =>
        op is Opcode.I32Const or Opcode.I64Const or Opcode.F32Const or Opcode.F64Const or Opcode.LocalGet or Opcode.LocalSet
            or Opcode.LocalTee or Opcode.Br or Opcode.BrIf || Alternatives.ContainsKey(op) || IsMemoryAccess(op);

    private static bool IsMemoryAccess(Opcode op) => (int)op < OperatorSignatures.Size && OperatorSignatures.Table[(int)op].Class == OpClass.Memory;

    private static void Edit(ModuleDefinition module, int function, int at, Random random)
    {
        var code = module.Codes[function].Code;
        ref var instr = ref code[at];
        // Swapping two pushed operands changes the operand order of what consumes them.
        if (random.Next(4) == 0 && at + 1 < code.Length && IsPush(instr.Op) && IsPush(code[at + 1].Op))
        {
            (code[at], code[at + 1]) = (code[at + 1], code[at]);
            return;
        }
        switch (instr.Op)
        {
            case Opcode.I32Const: instr.C = NewConstant(instr.C, I32Edges, random) & 0xffff_ffff; return;
            case Opcode.I64Const: instr.C = NewConstant(instr.C, I64Edges, random); return;
            case Opcode.F32Const: instr.C = NewConstant(instr.C, F32Edges, random) & 0xffff_ffff; return;
            case Opcode.F64Const: instr.C = NewConstant(instr.C, F64Edges, random); return;
            case Opcode.LocalGet or Opcode.LocalSet or Opcode.LocalTee:
                int locals = module.FuncTypeAt(module.Functions[function]).ParamArray.Length + module.Codes[function].Locals.Length;
                instr.A = random.Next(Math.Max(1, locals));
                return;
            case Opcode.Br or Opcode.BrIf:
                instr.A = Math.Max(0, instr.A + (random.Next(2) == 0 ? -1 : 1));
                return;
        }
        if (IsMemoryAccess(instr.Op) && random.Next(2) == 0)
        {
            if (random.Next(2) == 0) instr.C = Offsets[random.Next(Offsets.Length)];
            else instr.A = random.Next(OperatorSignatures.Table[(int)instr.Op].MaxAlign + 1);
            return;
        }
        if (Alternatives.TryGetValue(instr.Op, out var others)) instr.Op = others[random.Next(others.Length)];
    }

    private static bool IsPush(Opcode op) =>
        op is Opcode.I32Const or Opcode.I64Const or Opcode.F32Const or Opcode.F64Const or Opcode.LocalGet or Opcode.GlobalGet;

    /// <summary>An edge value, or the old value plus or minus one, or with one bit flipped.</summary>
    private static ulong NewConstant(ulong old, ulong[] edges, Random random) => random.Next(4) switch
    {
        0 => old + 1,
        1 => old - 1,
        2 => old ^ (1UL << random.Next(64)),
        _ => edges[random.Next(edges.Length)],
    };

    /// <summary>For each plain numeric or memory operator, the others with the same stack signature.</summary>
    private static Dictionary<Opcode, Opcode[]> BuildAlternatives()
    {
        var groups = new Dictionary<(OpClass, ValueKind, ValueKind, ValueKind, byte, ValueKind, byte), List<Opcode>>();
        foreach (var op in Enum.GetValues<Opcode>().Distinct())
        {
            if ((int)op >= OperatorSignatures.Size) continue;
            var s = OperatorSignatures.Table[(int)op];
            if (s.Class is not (OpClass.Simple or OpClass.Memory)) continue;
            var key = (s.Class, s.P0, s.P1, s.P2, s.ParamCount, s.Result, s.Lanes);
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(op);
        }
        var result = new Dictionary<Opcode, Opcode[]>();
        foreach (var list in groups.Values.Where(l => l.Count > 1))
            foreach (var op in list) result[op] = [.. list.Where(o => o != op)];
        return result;
    }
}
