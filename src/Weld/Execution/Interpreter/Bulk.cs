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

    public static void TableGet(ModuleInstance mod, int t, ulong[] s, object?[] r, int at)
    {
        var table = mod.Tables[t];
        uint i = (uint)s[at];
        if (i >= table.Length) Trap.TableOutOfBounds();
        r[at] = table.Elements[i];
    }

    public static void TableSet(ModuleInstance mod, int t, ulong[] s, object?[] r, int at)
    {
        var table = mod.Tables[t];
        uint i = (uint)s[at];
        if (i >= table.Length) Trap.TableOutOfBounds();
        table.Elements[i] = r[at + 1];
    }

    public static void TableGrow(ModuleInstance mod, int t, ulong[] s, object?[] r, int at)
    {
        var table = mod.Tables[t];
        object? init = r[at];
        uint n = (uint)s[at + 1];
        ulong limit = mod.Store.Engine.Options.MaxTableElements;
        s[at] = (ulong)table.Length + n > limit ? uint.MaxValue : (uint)table.Grow(n, init);
        r[at] = null;
    }

    public static void TableFill(ModuleInstance mod, int t, ulong[] s, object?[] r, int at)
    {
        var table = mod.Tables[t];
        uint i = (uint)s[at];
        object? value = r[at + 1];
        uint n = (uint)s[at + 2];
        if ((ulong)i + n > table.Length) Trap.TableOutOfBounds();
        Array.Fill(table.Elements, value, (int)i, (int)n);
    }

    public static void TableCopy(ModuleInstance mod, int dst, int src, ulong[] s, int at)
    {
        var td = mod.Tables[dst];
        var ts = mod.Tables[src];
        uint d = (uint)s[at], si = (uint)s[at + 1], n = (uint)s[at + 2];
        if ((ulong)d + n > td.Length || (ulong)si + n > ts.Length) Trap.TableOutOfBounds();
        Array.Copy(ts.Elements, (int)si, td.Elements, (int)d, (int)n);
    }

    public static void TableInit(ModuleInstance mod, int elem, int t, ulong[] s, int at)
    {
        var table = mod.Tables[t];
        var items = mod.Elems[elem].Items;
        uint d = (uint)s[at], si = (uint)s[at + 1], n = (uint)s[at + 2];
        if ((ulong)si + n > (ulong)items.Length || (ulong)d + n > table.Length) Trap.TableOutOfBounds();
        Array.Copy(items, (int)si, table.Elements, (int)d, (int)n);
    }
}
