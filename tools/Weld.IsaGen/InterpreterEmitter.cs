namespace Weld.IsaGen;

/// <summary>src/Weld/Execution/Interpreter: the numeric Op members, their lowering tables and their dispatch cases.</summary>
public static partial class InterpreterEmitter
{
    /// <summary>Numeric instructions that become an interpreter op (reinterpretations only retype the slot).</summary>
    private static IEnumerable<Instruction> Numeric(InstructionTable t) => t.Instructions.Where(i => i.IsNumeric && !i.SameBits);

    private static IEnumerable<Instruction> Branching(InstructionTable t) => Numeric(t).Where(i => i.Inverse is not null);

    public static string OpMembers(InstructionTable t)
    {
        var w = new CodeWriter();
        w.Line("// Scalar numeric instructions in table order: the register form (slot A = slot B op slot C) and, where the");
        w.Line("// table says imm, the immediate form (slot A = slot B op K, K holding the constant's bits).");
        foreach (var i in Numeric(t))
        {
            w.Line($"{i.Name},");
            if (i.HasImmForm) w.Line($"{i.Name}Imm,");
        }
        w.Line("// Fused compare-and-branch: if slot B op slot C (or K) then pc = A.");
        foreach (var i in Branching(t))
        {
            w.Line($"BrIf{i.Name},");
            if (i.HasImmForm) w.Line($"BrIf{i.Name}Imm,");
        }
        return w.ToString();
    }

    public static string LoweringTables(InstructionTable t)
    {
        var w = CodeWriter.File();
        w.Line("using Weld.Syntax;").Line();
        w.Line("namespace Weld.Execution.Interpreter;").Line();
        w.Block("internal sealed partial class Lowerer", () =>
        {
            w.Line("/// <summary>The interpreter forms of a scalar numeric instruction, or null. A reinterpretation has Reg = Nop:");
            w.Line("/// slots hold bits, so it only changes the value's kind.</summary>");
            w.Line("private static Numeric? NumericOf(Opcode op) => op switch");
            w.Block("", () =>
            {
                foreach (var i in t.Instructions.Where(i => i.IsNumeric))
                {
                    string reg = i.SameBits ? "Op.Nop" : $"Op.{i.Name}";
                    string imm = i.HasImmForm ? $"Op.{i.Name}Imm" : "Op.Nop";
                    w.Line($"Opcode.{i.Name} => new({reg}, {imm}, {i.Params!.Count}, ValueKind.{i.Result!.Kind}),");
                }
                w.Line("_ => null,");
            }, "};");
            w.Line();
            w.Line("/// <summary>The fused compare-and-branch forms of a comparison's register or immediate form, or null.</summary>");
            w.Line("private static Fused? FusedCompareBranch(Op op) => op switch");
            w.Block("", () =>
            {
                foreach (var i in Branching(t))
                {
                    var inv = t.ByMnemonic(i.Inverse!);
                    string Ops(Instruction x) => x.HasImmForm ? $"Op.BrIf{x.Name}, Op.BrIf{x.Name}Imm" : $"Op.BrIf{x.Name}, Op.Nop";
                    w.Line($"Op.{i.Name} => new({Ops(i)}, {Ops(inv)}, false),");
                    if (i.HasImmForm) w.Line($"Op.{i.Name}Imm => new({Ops(i)}, {Ops(inv)}, true),");
                }
                w.Line("_ => null,");
            }, "};");
            w.Line();
            w.Line("/// <summary>Whether the operands of a binary op's register form may be swapped (bit-exact).</summary>");
            var comm = Numeric(t).Where(i => i.Commutative).Select(i => $"Op.{i.Name}").ToList();
            w.Line("private static bool Commutes(Op op) => op is");
            w.Indented(() =>
            {
                for (int k = 0; k < comm.Count; k += 8)
                    w.Line(string.Join(" or ", comm.Skip(k).Take(8)) + (k + 8 >= comm.Count ? ";" : " or"));
            });
        });
        return w.ToString();
    }

    /// <summary>The typed <c>Operands</c> accessor of field <paramref name="field"/> (B, C or K): o.U32B, o.F64K.</summary>
    public static string Operand(ValType v, string field) => $"o.{v.Token.ToUpperInvariant()}{field}";

    /// <summary>Operand <paramref name="field"/> (B or C: a slot; K: the constant) read as <paramref name="v"/>'s CLR type,
    /// inside <c>Operands</c>.</summary>
    private static string Raw(ValType v, string field)
    {
        string bits = field == "K" ? "_ins.K" : $"Unsafe.Add(ref _slot0, _ins.{field})";
        return v.Token switch
        {
            "i32" => $"(int){bits}",
            "u32" => $"(uint){bits}",
            "i64" => $"(long){bits}",
            "u64" => bits,
            "f32" => $"BitConverter.UInt32BitsToSingle((uint){bits})",
            "f64" => $"BitConverter.UInt64BitsToDouble({bits})",
            _ => throw new InvalidOperationException($"no scalar slot form for {v.Token}"),
        };
    }

    /// <summary>A result of <paramref name="v"/>'s CLR type as slot bits (an i32 zero-extended, a float as its bits).</summary>
    private static string Bits(ValType v, string value) => v.Clr switch
    {
        "int" or "uint" => $"(uint)({value})",
        "long" => $"(ulong)({value})",
        "float" => $"BitConverter.SingleToUInt32Bits({value})",
        "double" => $"BitConverter.DoubleToUInt64Bits({value})",
        _ => value,
    };

    /// <summary>
    /// The instruction's result over its operands (slot B, then slot C or the constant K). A method semantics is called
    /// through <c>NumericSemantics</c>; an expression is written out with the operands in place of x and y.
    /// </summary>
    private static string Compute(Instruction i, bool imm)
    {
        var args = new List<string> { Raw(i.Params![0], "B") };
        if (i.Params.Count == 2) args.Add(Raw(i.Params[1], imm ? "K" : "C"));
        if (i.SemanticsIsMethod) return $"NumericSemantics.{i.Name}({string.Join(", ", args)})";
        return OperandName().Replace(i.Semantics!, m => "(" + args[m.Value[0] - 'x'] + ")");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[xy]\b")]
    private static partial System.Text.RegularExpressions.Regex OperandName();

    /// <summary>
    /// src/Weld/Execution/Interpreter/Operands.g.cs: one method per numeric op (slot A = the result) and per fused
    /// branch (whether to jump), called by the one-line cases of the dispatch loop.
    /// <para>Why methods, and why they read the slots with Unsafe.Add rather than through NumericSemantics and the
    /// Operands accessors: the JIT stops inlining into a method once inlining has made 512 locals, and an inlined call
    /// costs a local for every argument that is not a plain local, and for a store whose value holds a call. The
    /// dispatch loop has hundreds of cases; a parameterless method whose body has no calls costs none, so all of them
    /// inline with room to spare. Only the method semantics (division, rounding, truncation, ...) are calls.</para>
    /// </summary>
    public static string OperandOps(InstructionTable t)
    {
        var w = CodeWriter.File();
        w.Line("using System.Numerics;");
        w.Line("using System.Runtime.CompilerServices;").Line();
        w.Line("namespace Weld.Execution.Interpreter;").Line();
        w.Block("internal readonly ref partial struct Operands", () =>
        {
            bool first = true;
            void Method(string summary, string signature, string body)
            {
                if (!first) w.Line();
                first = false;
                w.Line($"/// <summary>{summary}</summary>");
                w.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
                w.Line($"{signature} =>");
                w.Indented(() => w.Line(body + ";"));
            }
            foreach (var i in Numeric(t))
            {
                string operands = i.Params!.Count == 2 ? "slots B and C" : "slot B";
                Method($"{i.Mnemonic} of {operands}, to slot A.", $"public void {i.Name}()",
                    $"Unsafe.Add(ref _slot0, _ins.A) = {Bits(i.Result!, Compute(i, false))}");
                if (i.HasImmForm)
                    Method($"{i.Mnemonic} of slot B and K, to slot A.", $"public void {i.Name}Imm()",
                        $"Unsafe.Add(ref _slot0, _ins.A) = {Bits(i.Result!, Compute(i, true))}");
            }
            foreach (var i in Branching(t))
            {
                Method($"Whether {i.Mnemonic} of slots B and C holds.", $"public bool BrIf{i.Name}()", $"({Compute(i, false)}) != 0");
                if (i.HasImmForm)
                    Method($"Whether {i.Mnemonic} of slot B and K holds.", $"public bool BrIf{i.Name}Imm()", $"({Compute(i, true)}) != 0");
            }
        });
        return w.ToString();
    }

    public static string DispatchCases(InstructionTable t)
    {
        var w = new CodeWriter();
        foreach (var i in Numeric(t))
        {
            w.Line($"case Op.{i.Name}: o.{i.Name}(); break;");
            if (i.HasImmForm) w.Line($"case Op.{i.Name}Imm: o.{i.Name}Imm(); break;");
        }
        foreach (var i in Branching(t))
        {
            w.Line($"case Op.BrIf{i.Name}: if (o.BrIf{i.Name}()) ip = ref At(ref code0, ins.A); break;");
            if (i.HasImmForm) w.Line($"case Op.BrIf{i.Name}Imm: if (o.BrIf{i.Name}Imm()) ip = ref At(ref code0, ins.A); break;");
        }
        return w.ToString();
    }
}
