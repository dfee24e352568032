namespace Weld.IsaGen;

/// <summary>A file the generator owns (whole, or the marked regions of a hand-written file).</summary>
public sealed record GeneratedFile(string RelativePath, string Content);

/// <summary>
/// Produces every generated file from the instruction table. Whole files are written from scratch; hand-written
/// files with generated parts (Op.cs, Machine.cs) keep everything outside their <c>// &lt;generated: NAME&gt;</c> ...
/// <c>// &lt;/generated&gt;</c> regions.
/// </summary>
public static class Generator
{
    /// <summary>Everything the table generates, for the repository at <paramref name="root"/> (the folder of Weld.slnx).</summary>
    public static IReadOnlyList<GeneratedFile> Generate(string root) =>
        Generate(File.ReadAllText(Path.Combine(root, CodeWriter.TablePath)), path => File.ReadAllText(Path.Combine(root, path)));

    /// <summary>Everything <paramref name="tableText"/> generates; <paramref name="readFile"/> reads the current text
    /// of a hand-written file (by repository-relative path) whose regions are regenerated.</summary>
    public static IReadOnlyList<GeneratedFile> Generate(string tableText, Func<string, string> readFile)
    {
        var t = TableParser.Parse(tableText);
        var files = new List<GeneratedFile>
        {
            new("src/Weld/Syntax/Opcode.g.cs", SyntaxEmitter.Opcodes(t)),
            new("src/Weld/Binary/OpcodeTable.g.cs", BinaryEmitter.Immediates(t)),
            new("src/Weld/Text/Immediates.g.cs", TextEmitter.Immediates(t)),
            new("src/Weld/Validation/OperatorSignatures.g.cs", ValidationEmitter.Signatures(t)),
            new("src/Weld/Execution/NumericSemantics.g.cs", SemanticsEmitter.NumericSemantics(t)),
            new("src/Weld/Execution/InstructionSemantics.g.cs", SemanticsEmitter.Lookup(t)),
            new("src/Weld/Execution/Simd/SimdDispatch.g.cs", SimdEmitter.Dispatch(t)),
            new("src/Weld/Execution/Interpreter/Lowerer.Numeric.g.cs", InterpreterEmitter.LoweringTables(t)),
            new("src/Weld/Execution/Interpreter/Operands.g.cs", InterpreterEmitter.OperandOps(t)),
        };
        const string op = "src/Weld/Execution/Interpreter/Op.cs";
        files.Add(new(op, Regions.Replace(readFile(op), op, new() { ["numeric ops"] = InterpreterEmitter.OpMembers(t) })));
        const string machine = "src/Weld/Execution/Interpreter/Machine.cs";
        files.Add(new(machine, Regions.Replace(readFile(machine), machine, new() { ["numeric cases"] = InterpreterEmitter.DispatchCases(t) })));
        return files;
    }

    /// <summary>The repository root: the nearest folder holding Weld.slnx, from <paramref name="start"/> upward.</summary>
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Weld.slnx"))) return dir.FullName;
        return null;
    }
}
