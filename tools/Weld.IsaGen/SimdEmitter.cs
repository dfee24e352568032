namespace Weld.IsaGen;

/// <summary>src/Weld/Execution/Simd: the interpreter's dispatch of the SIMD instructions to SimdOps.</summary>
public static class SimdEmitter
{
    /// <summary>The raw memory value of a SIMD memory instruction: 1 &lt;&lt; align bytes.</summary>
    private static string RawType(Instruction i) => i.Align switch
    {
        0 => "byte",
        1 => "ushort",
        2 => "uint",
        3 => "ulong",
        4 => "V128",
        _ => throw new InvalidOperationException($"{i.Mnemonic}: no raw type for align {i.Align}"),
    };

    private static bool HasLane(Instruction i) => i.Immediates.Split(',').Contains("laneidx");
    private static bool IsShuffle(Instruction i) => i.Immediates == "laneidx16";
    private static bool IsLoad(Instruction i) => i.IsMemory && i.Result is not null;

    /// <summary>The CLR parameter types of the SimdOps method (see the table's header for the conventions).</summary>
    public static IReadOnlyList<string> MethodParams(Instruction i)
    {
        var ps = new List<string>();
        if (i.IsMemory)
        {
            if (HasLane(i) || !IsLoad(i)) ps.Add("V128");
            if (HasLane(i)) ps.Add("int");
            if (IsLoad(i)) ps.Add(RawType(i));
            return ps;
        }
        for (int k = 0; k < i.Params!.Count; k++)
        {
            ps.Add(i.Params[k].Clr);
            if (k == 0 && HasLane(i)) ps.Add("int");
        }
        if (IsShuffle(i)) ps.Add("V128");
        return ps;
    }

    public static string MethodResult(Instruction i) => i.IsMemory && !IsLoad(i) ? RawType(i) : i.Result!.Clr;

    /// <summary>Reads operand <paramref name="k"/> of a non-memory instruction: slot B, slot C, then the extra slot.</summary>
    private static string Operand(ValType t, int k) => k switch
    {
        0 => InterpreterEmitter.Operand(t, "B"),
        1 => InterpreterEmitter.Operand(t, "C"),
        _ => t.Token == "v128" ? "o.V128At((int)extra)" : throw new InvalidOperationException("a third operand is a v128"),
    };

    private static string Case(Instruction i)
    {
        string method = i.Semantics!;
        if (i.IsMemory)
        {
            var args = new List<string>();
            if (HasLane(i) || !IsLoad(i)) args.Add("o.V128C");
            if (HasLane(i)) args.Add("lane");
            if (IsLoad(i))
            {
                args.Add($"Read<{RawType(i)}>(mb, ml, o.U32B, extra)");
                return $"o.SetA({method}({string.Join(", ", args)}));";
            }
            return $"Write(mb, ml, o.U32B, extra, {method}({string.Join(", ", args)}));";
        }
        var operands = new List<string>();
        for (int k = 0; k < i.Params!.Count; k++)
        {
            operands.Add(Operand(i.Params[k], k));
            if (k == 0 && HasLane(i)) operands.Add("lane");
        }
        if (IsShuffle(i)) operands.Add("o.V128At((int)extra)");
        return $"o.SetA({method}({string.Join(", ", operands)}));";
    }

    public static string Dispatch(InstructionTable t)
    {
        var w = CodeWriter.File();
        w.Line("using Weld.Execution.Interpreter;");
        w.Line("using Weld.Syntax;");
        w.Line("using V128 = System.Runtime.Intrinsics.Vector128<byte>;").Line();
        w.Line("namespace Weld.Execution.Simd;").Line();
        w.Block("internal static partial class SimdDispatch", () =>
        {
            w.Line("/// <summary>Runs the SIMD instruction of <paramref name=\"o\"/> (K packed by <see cref=\"Pack\"/>): operands from");
            w.Line("/// slots B, C and (bitselect, shuffle's lanes) the extra slot, the result to slot A. <paramref name=\"mb\"/> and");
            w.Line("/// <paramref name=\"ml\"/> are memory 0's base and byte length; the extra is a memory instruction's offset.</summary>");
            w.Block("public static void Execute(Operands o, nint mb, ulong ml)", () =>
            {
                w.Line("uint extra = (uint)o.K;");
                w.Line("int lane = LaneOf(o.K);");
                w.Block("switch (OpOf(o.K))", () =>
                {
                    foreach (var i in t.Instructions.Where(i => i.IsSimd && i.Semantics is not null))
                        w.Line($"case Opcode.{i.Name}: {Case(i)} break;");
                    w.Line("default: throw new InvalidOperationException($\"interpreter: {OpOf(o.K)} is not a SIMD instruction it dispatches\");");
                });
            });
        });
        return w.ToString();
    }
}
