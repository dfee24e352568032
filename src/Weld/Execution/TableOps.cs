using Weld.Runtime;

namespace Weld.Execution;

/// <summary>Table, element and reference instructions with typed operands (i32 operands as their unsigned value).
/// Every range is checked before anything is written.</summary>
internal static class TableOps
{
    public static object? Get(TableInstance table, uint i)
    {
        if (i >= table.Length) throw Trap.Exception(TrapCode.TableOutOfBounds);
        return table.Elements[i];
    }

    public static void Set(TableInstance table, uint i, object? value)
    {
        if (i >= table.Length) throw Trap.Exception(TrapCode.TableOutOfBounds);
        table.Elements[i] = value;
    }

    /// <summary>table.grow: the old length, or -1 (as uint) when the table cannot grow that far.</summary>
    public static uint Grow(TableInstance table, object? init, uint n, ulong engineLimit) =>
        (ulong)table.Length + n > engineLimit ? uint.MaxValue : (uint)table.Grow(n, init);

    public static void Fill(TableInstance table, uint i, object? value, uint n)
    {
        if ((ulong)i + n > table.Length) throw Trap.Exception(TrapCode.TableOutOfBounds);
        Array.Fill(table.Elements, value, (int)i, (int)n);
    }

    public static void Copy(TableInstance dst, uint d, TableInstance src, uint s, uint n)
    {
        if ((ulong)d + n > dst.Length || (ulong)s + n > src.Length) throw Trap.Exception(TrapCode.TableOutOfBounds);
        Array.Copy(src.Elements, (int)s, dst.Elements, (int)d, (int)n);
    }

    public static void Init(TableInstance table, ElemInstance elem, uint d, uint s, uint n)
    {
        var items = elem.Items;
        if ((ulong)s + n > (ulong)items.Length || (ulong)d + n > table.Length) throw Trap.Exception(TrapCode.TableOutOfBounds);
        Array.Copy(items, (int)s, table.Elements, (int)d, (int)n);
    }
}
