namespace Weld.IsaGen;

/// <summary>src/Weld/Execution: the shared numeric semantics and the opcode-to-method lookup.</summary>
public static class SemanticsEmitter
{
    private static readonly string[] OperandNames = ["x", "y", "z"];

    /// <summary>The C# parameter list of a scalar semantics method: "uint x, uint y".</summary>
    public static string Parameters(Instruction i) =>
        string.Join(", ", i.Params!.Select((p, k) => $"{p.Clr} {OperandNames[k]}"));

    public static string NumericSemantics(InstructionTable t)
    {
        var w = CodeWriter.File();
        w.Line("using System.Numerics;");
        w.Line("using System.Runtime.CompilerServices;").Line();
        w.Line("namespace Weld.Execution;").Line();
        w.Line("/// <summary>");
        w.Line("/// The semantics of every scalar numeric instruction: one method per <see cref=\"Syntax.Opcode\"/> member, over the");
        w.Line("/// natural CLR types of the table's signature (comparisons return 0 or 1). The interpreter's dispatch calls them;");
        w.Line("/// other back ends find them with <see cref=\"InstructionSemantics.Of\"/>.");
        w.Line("/// </summary>");
        w.Block("internal static class NumericSemantics", () =>
        {
            bool first = true;
            foreach (var i in t.Instructions.Where(i => i.IsNumeric))
            {
                if (!first) w.Line();
                first = false;
                string body = i.SemanticsIsMethod ? $"{i.Semantics}({string.Join(", ", OperandNames.Take(i.Params!.Count))})" : i.Semantics!;
                w.Line($"/// <summary>{i.Mnemonic}</summary>");
                w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                w.Line($"public static {i.Result!.Clr} {i.Name}({Parameters(i)}) => {body};");
            }
        });
        return w.ToString();
    }

    public static string Lookup(InstructionTable t)
    {
        var w = CodeWriter.File();
        w.Line("using Weld.Execution.Simd;");
        w.Line("using Weld.Syntax;");
        w.Line("using V128 = System.Runtime.Intrinsics.Vector128<byte>;").Line();
        w.Line("namespace Weld.Execution;").Line();
        w.Block("internal static partial class InstructionSemantics", () =>
        {
            w.Line("/// <summary>The semantics method of every numeric and SIMD instruction, indexed by Opcode value.</summary>");
            w.Block("private static SemanticsMethod?[] Build()", () =>
            {
                w.Line("var t = new SemanticsMethod?[OpcodeFamilies.Size];");
                foreach (var i in t.Instructions.Where(i => i.Semantics is not null))
                {
                    var (owner, name, ps, result) = Method(i);
                    string types = string.Join(", ", ps.Select(p => $"typeof({p})"));
                    w.Line($"t[(int)Opcode.{i.Name}] = new(typeof({owner}), nameof({owner}.{name}), [{types}], typeof({result}));");
                }
                w.Line("return t;");
            });
        });
        return w.ToString();
    }

    /// <summary>The method that implements <paramref name="i"/>: owner, name, CLR parameter types and result type.</summary>
    public static (string Owner, string Name, IReadOnlyList<string> Params, string Result) Method(Instruction i)
    {
        if (i.IsNumeric) return ("NumericSemantics", i.Name, [.. i.Params!.Select(p => p.Clr)], i.Result!.Clr);
        string name = i.Semantics!["SimdOps.".Length..];
        return ("SimdOps", name, SimdEmitter.MethodParams(i), SimdEmitter.MethodResult(i));
    }
}
