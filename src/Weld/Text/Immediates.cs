using Weld.Syntax;

namespace Weld.Text;

/// <summary>The shape of an instruction's immediates in the text format.</summary>
internal enum ImmediateKind : byte
{
    None,
    /// <summary>block, loop, if, else, end: handled by the sequence parser, never as plain instructions.</summary>
    Structured,
    Label,
    BrTable,
    Func,
    CallIndirect,
    Local,
    Global,
    /// <summary>An optional table index (default 0).</summary>
    Table,
    TableCopy,
    TableInit,
    Elem,
    MemArg,
    /// <summary>An optional memory index (default 0).</summary>
    Memory,
    MemoryCopy,
    MemoryInit,
    Data,
    I32,
    I64,
    F32,
    F64,
    RefNull,
    Select,
    // SIMD later: V128Const, Lane, MemArgLane, Shuffle: add a kind here, its reader in InstructionParser.Immediates,
    // and the opcodes to Table.
}

/// <summary>Which immediates each opcode takes: adding an instruction is a name in <see cref="OpcodeNames.ByName"/>
/// plus an entry here (opcodes not listed take none).</summary>
internal static class Immediates
{
    /// <summary>Natural alignment (log2 of the access size) of each memory access.</summary>
    private static readonly Dictionary<Opcode, int> NaturalAlign = new()
    {
        [Opcode.I32Load] = 2, [Opcode.I64Load] = 3, [Opcode.F32Load] = 2, [Opcode.F64Load] = 3,
        [Opcode.I32Load8S] = 0, [Opcode.I32Load8U] = 0, [Opcode.I32Load16S] = 1, [Opcode.I32Load16U] = 1,
        [Opcode.I64Load8S] = 0, [Opcode.I64Load8U] = 0, [Opcode.I64Load16S] = 1, [Opcode.I64Load16U] = 1,
        [Opcode.I64Load32S] = 2, [Opcode.I64Load32U] = 2,
        [Opcode.I32Store] = 2, [Opcode.I64Store] = 3, [Opcode.F32Store] = 2, [Opcode.F64Store] = 3,
        [Opcode.I32Store8] = 0, [Opcode.I32Store16] = 1, [Opcode.I64Store8] = 0, [Opcode.I64Store16] = 1,
        [Opcode.I64Store32] = 2,
    };

    // After NaturalAlign: static initializers run in text order.
    private static readonly Dictionary<Opcode, ImmediateKind> Table = Build();

    private static Dictionary<Opcode, ImmediateKind> Build()
    {
        var t = new Dictionary<Opcode, ImmediateKind>
        {
            [Opcode.Block] = ImmediateKind.Structured,
            [Opcode.Loop] = ImmediateKind.Structured,
            [Opcode.If] = ImmediateKind.Structured,
            [Opcode.Else] = ImmediateKind.Structured,
            [Opcode.End] = ImmediateKind.Structured,
            [Opcode.Br] = ImmediateKind.Label,
            [Opcode.BrIf] = ImmediateKind.Label,
            [Opcode.BrTable] = ImmediateKind.BrTable,
            [Opcode.Call] = ImmediateKind.Func,
            [Opcode.RefFunc] = ImmediateKind.Func,
            [Opcode.CallIndirect] = ImmediateKind.CallIndirect,
            [Opcode.LocalGet] = ImmediateKind.Local,
            [Opcode.LocalSet] = ImmediateKind.Local,
            [Opcode.LocalTee] = ImmediateKind.Local,
            [Opcode.GlobalGet] = ImmediateKind.Global,
            [Opcode.GlobalSet] = ImmediateKind.Global,
            [Opcode.TableGet] = ImmediateKind.Table,
            [Opcode.TableSet] = ImmediateKind.Table,
            [Opcode.TableSize] = ImmediateKind.Table,
            [Opcode.TableGrow] = ImmediateKind.Table,
            [Opcode.TableFill] = ImmediateKind.Table,
            [Opcode.TableCopy] = ImmediateKind.TableCopy,
            [Opcode.TableInit] = ImmediateKind.TableInit,
            [Opcode.ElemDrop] = ImmediateKind.Elem,
            [Opcode.MemorySize] = ImmediateKind.Memory,
            [Opcode.MemoryGrow] = ImmediateKind.Memory,
            [Opcode.MemoryFill] = ImmediateKind.Memory,
            [Opcode.MemoryCopy] = ImmediateKind.MemoryCopy,
            [Opcode.MemoryInit] = ImmediateKind.MemoryInit,
            [Opcode.DataDrop] = ImmediateKind.Data,
            [Opcode.I32Const] = ImmediateKind.I32,
            [Opcode.I64Const] = ImmediateKind.I64,
            [Opcode.F32Const] = ImmediateKind.F32,
            [Opcode.F64Const] = ImmediateKind.F64,
            [Opcode.RefNull] = ImmediateKind.RefNull,
            [Opcode.Select] = ImmediateKind.Select,
        };
        foreach (var op in NaturalAlign.Keys) t[op] = ImmediateKind.MemArg;
        return t;
    }

    public static ImmediateKind KindOf(Opcode op) => Table.GetValueOrDefault(op, ImmediateKind.None);

    public static bool IsStructured(Opcode op) => KindOf(op) == ImmediateKind.Structured;

    public static int NaturalAlignment(Opcode op) => NaturalAlign[op];
}
