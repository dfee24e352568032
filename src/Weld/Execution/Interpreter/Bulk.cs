using System.Runtime.CompilerServices;
using Weld.Runtime;

namespace Weld.Execution.Interpreter;

/// <summary>Bulk memory and table instructions (operands in consecutive slots from <c>at</c>, result at <c>at</c>).
/// Every range is checked before anything is written.</summary>
internal static class Bulk
{
    public static void MemoryFill(ModuleInstance mod, int mem, ulong[] s, int at) =>
        MemoryAccess.Fill(mod.Memories[mem], (uint)s[at], (byte)s[at + 1], (uint)s[at + 2]);

    public static void MemoryCopy(ModuleInstance mod, int dst, int src, ulong[] s, int at) =>
        MemoryAccess.Copy(mod.Memories[dst], (uint)s[at], mod.Memories[src], (uint)s[at + 1], (uint)s[at + 2]);

    public static void MemoryInit(ModuleInstance mod, int data, int mem, ulong[] s, int at) =>
        MemoryAccess.Init(mod.Memories[mem], (uint)s[at], mod.Datas[data].Bytes, (uint)s[at + 1], (uint)s[at + 2]);

    // Table instructions: slots to typed operands, then the semantics both back ends share (TableOps). Never
    // inlined: TableOps throws in place, and throws inlined into the dispatch loop slow all of it (see Numerics).
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void TableGet(ModuleInstance mod, int t, ulong[] s, object?[] r, int at) =>
        r[at] = TableOps.Get(mod.Tables[t], (uint)s[at]);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void TableSet(ModuleInstance mod, int t, ulong[] s, object?[] r, int at) =>
        TableOps.Set(mod.Tables[t], (uint)s[at], r[at + 1]);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void TableGrow(ModuleInstance mod, int t, ulong[] s, object?[] r, int at)
    {
        s[at] = TableOps.Grow(mod.Tables[t], r[at], (uint)s[at + 1], mod.Store.Engine.Options.MaxTableElements);
        r[at] = null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void TableFill(ModuleInstance mod, int t, ulong[] s, object?[] r, int at) =>
        TableOps.Fill(mod.Tables[t], (uint)s[at], r[at + 1], (uint)s[at + 2]);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void TableCopy(ModuleInstance mod, int dst, int src, ulong[] s, int at) =>
        TableOps.Copy(mod.Tables[dst], (uint)s[at], mod.Tables[src], (uint)s[at + 1], (uint)s[at + 2]);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void TableInit(ModuleInstance mod, int elem, int t, ulong[] s, int at) =>
        TableOps.Init(mod.Tables[t], mod.Elems[elem], (uint)s[at], (uint)s[at + 1], (uint)s[at + 2]);
}
