using System.Runtime.CompilerServices;
using Weld.Runtime;

namespace Weld.Execution.Interpreter;

/// <summary>Bulk memory and table instructions (operands in consecutive slots from <c>at</c>, result at <c>at</c>).
/// Every range is checked before anything is written.</summary>
internal static class Bulk
{
    public static void MemoryFill(ModuleInstance mod, int mem, ulong[] s, int at)
    {
        var m = mod.Memories[mem];
        MemoryAccess.Fill(m, Address(m.Is64, s[at]), (byte)s[at + 1], Address(m.Is64, s[at + 2]));
    }

    public static void MemoryCopy(ModuleInstance mod, int dst, int src, ulong[] s, int at)
    {
        MemoryInstance d = mod.Memories[dst], r = mod.Memories[src];
        MemoryAccess.Copy(d, Address(d.Is64, s[at]), r, Address(r.Is64, s[at + 1]), Address(d.Is64 && r.Is64, s[at + 2]));
    }

    public static void MemoryInit(ModuleInstance mod, int data, int mem, ulong[] s, int at)
    {
        var m = mod.Memories[mem];
        MemoryAccess.Init(m, Address(m.Is64, s[at]), mod.Datas[data].Bytes, (uint)s[at + 1], (uint)s[at + 2]);
    }

    /// <summary>memory.grow: the old size in pages or -1, as the memory's address type (an i32 -1 stays 32-bit).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong MemoryGrow(MemoryInstance m, ulong delta) =>
        m.Is64 ? (ulong)m.Grow(delta) : (uint)(int)m.Grow((uint)delta);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void CheckTableIndex(TableInstance table, ulong i) => TableOps.CheckIndex(table, i);

    /// <summary>An address, size or index operand: all 64 bits for a 64-bit memory or table, else the low 32.</summary>
    private static ulong Address(bool is64, ulong slot) => is64 ? slot : (uint)slot;

    // Table instructions: slots to typed operands, then the semantics both back ends share (TableOps). Never
    // inlined: TableOps throws in place, and throws inlined into the dispatch loop slow all of it (see Numerics).
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void TableGet(ModuleInstance mod, int t, ulong[] s, object?[] r, int at) =>
        r[at] = TableOps.Get(mod.Tables[t], Address(mod.Tables[t].Is64, s[at]));

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void TableSet(ModuleInstance mod, int t, ulong[] s, object?[] r, int at) =>
        TableOps.Set(mod.Tables[t], Address(mod.Tables[t].Is64, s[at]), r[at + 1]);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void TableGrow(ModuleInstance mod, int t, ulong[] s, object?[] r, int at)
    {
        var table = mod.Tables[t];
        ulong limit = mod.Store.Engine.Options.MaxTableElements;
        s[at] = table.Is64 ? (ulong)TableOps.Grow(table, r[at], s[at + 1], limit) : TableOps.Grow32(table, r[at], (uint)s[at + 1], limit);
        r[at] = null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void TableFill(ModuleInstance mod, int t, ulong[] s, object?[] r, int at) =>
        TableOps.Fill(mod.Tables[t], Address(mod.Tables[t].Is64, s[at]), r[at + 1], Address(mod.Tables[t].Is64, s[at + 2]));

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void TableCopy(ModuleInstance mod, int dst, int src, ulong[] s, int at)
    {
        TableInstance d = mod.Tables[dst], r = mod.Tables[src];
        TableOps.Copy(d, Address(d.Is64, s[at]), r, Address(r.Is64, s[at + 1]), Address(d.Is64 && r.Is64, s[at + 2]));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void TableInit(ModuleInstance mod, int elem, int t, ulong[] s, int at) =>
        TableOps.Init(mod.Tables[t], mod.Elems[elem], Address(mod.Tables[t].Is64, s[at]), (uint)s[at + 1], (uint)s[at + 2]);
}
