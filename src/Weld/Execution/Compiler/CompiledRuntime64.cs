using System.Runtime.CompilerServices;
using Weld.Execution.Interpreter;
using Weld.Runtime;

namespace Weld.Execution.Compiler;

/// <summary>Helpers of compiled code for instructions on 64-bit memories and tables (memory64, table64). Every numeric
/// operand arrives as an i64: a 32-bit one (the other side of a mixed copy, a segment offset) zero-extended.</summary>
internal static class CompiledRuntime64
{
    public static long MemorySize(MemoryInstance m) => (long)m.Pages;
    public static long MemoryGrow(long delta, MemoryInstance m) => m.Grow((ulong)delta);
    public static void MemoryFill(long d, long value, long n, MemoryInstance m) => MemoryAccess.Fill(m, (ulong)d, (byte)value, (ulong)n);

    public static void MemoryCopy(long d, long s, long n, MemoryInstance dst, MemoryInstance src) =>
        MemoryAccess.Copy(dst, (ulong)d, src, (ulong)s, (ulong)n);

    public static void MemoryInit(long d, long s, long n, MemoryInstance m, DataInstance data) =>
        MemoryAccess.Init(m, (ulong)d, data.Bytes, (ulong)s, (ulong)n);

    public static object? TableGet(long i, TableInstance t) => TableOps.Get(t, (ulong)i);
    public static void TableSet(long i, object? v, TableInstance t) => TableOps.Set(t, (ulong)i, v);
    public static long TableSize(TableInstance t) => t.Length;
    public static long TableGrow(object? init, long n, TableInstance t, ModuleInstance inst) =>
        TableOps.Grow(t, init, (ulong)n, inst.Store.Engine.Options.MaxTableElements);
    public static void TableFill(long i, object? v, long n, TableInstance t) => TableOps.Fill(t, (ulong)i, v, (ulong)n);
    public static void TableCopy(long d, long s, long n, TableInstance dst, TableInstance src) =>
        TableOps.Copy(dst, (ulong)d, src, (ulong)s, (ulong)n);
    public static void TableInit(long d, long s, long n, TableInstance t, ElemInstance e) => TableOps.Init(t, e, (ulong)d, (ulong)s, (ulong)n);

    /// <summary>call_indirect through a table64 table: the index is checked in full, then looked up as usual.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FunctionInstance Indirect(long index, TableInstance table, FuncType expected)
    {
        TableOps.CheckIndex(table, (ulong)index);
        return CompiledRuntime.Indirect((int)index, table, expected);
    }
}
