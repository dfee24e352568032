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
    /// <summary><c>v128.const shape lanes</c>.</summary>
    V128Const,
    /// <summary>A lane index (u8) for extract/replace_lane.</summary>
    Lane,
    /// <summary><c>memidx? memarg lane</c> for load/store_lane.</summary>
    MemArgLane,
    /// <summary>Sixteen lane indices for i8x16.shuffle.</summary>
    Shuffle,
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
        [Opcode.V128Load] = 4, [Opcode.V128Store] = 4,
        [Opcode.V128Load8x8S] = 3, [Opcode.V128Load8x8U] = 3, [Opcode.V128Load16x4S] = 3, [Opcode.V128Load16x4U] = 3,
        [Opcode.V128Load32x2S] = 3, [Opcode.V128Load32x2U] = 3,
        [Opcode.V128Load8Splat] = 0, [Opcode.V128Load16Splat] = 1, [Opcode.V128Load32Splat] = 2, [Opcode.V128Load64Splat] = 3,
        [Opcode.V128Load32Zero] = 2, [Opcode.V128Load64Zero] = 3,
    };

    /// <summary>Natural alignment of the lane loads and stores (their lane size).</summary>
    private static readonly Dictionary<Opcode, int> LaneAlign = new()
    {
        [Opcode.V128Load8Lane] = 0, [Opcode.V128Load16Lane] = 1, [Opcode.V128Load32Lane] = 2, [Opcode.V128Load64Lane] = 3,
        [Opcode.V128Store8Lane] = 0, [Opcode.V128Store16Lane] = 1, [Opcode.V128Store32Lane] = 2, [Opcode.V128Store64Lane] = 3,
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
        foreach (var op in LaneAlign.Keys) t[op] = ImmediateKind.MemArgLane;
        t[Opcode.V128Const] = ImmediateKind.V128Const;
        t[Opcode.I8x16Shuffle] = ImmediateKind.Shuffle;
        for (var op = Opcode.I8x16ExtractLaneS; op <= Opcode.F64x2ReplaceLane; op++) t[op] = ImmediateKind.Lane;
        return t;
    }

    public static ImmediateKind KindOf(Opcode op) => Table.GetValueOrDefault(op, ImmediateKind.None);

    public static bool IsStructured(Opcode op) => KindOf(op) == ImmediateKind.Structured;

    public static int NaturalAlignment(Opcode op) => NaturalAlign.TryGetValue(op, out int a) ? a : LaneAlign[op];
}
