using Weld.Runtime;

namespace Weld.Execution;

/// <summary>Table, element and reference instructions with typed operands (i32 operands as their unsigned value, i64
/// ones of a table64 table as theirs). Every range is checked, without wrapping, before anything is written.</summary>
internal static class TableOps
{
    public static object? Get(TableInstance table, ulong i)
    {
        if (i >= table.Length) throw Trap.Exception(TrapCode.TableOutOfBounds);
        return table.Elements[i];
    }

    public static void Set(TableInstance table, ulong i, object? value)
    {
        if (i >= table.Length) throw Trap.Exception(TrapCode.TableOutOfBounds);
        table.Elements[i] = value;
    }

    /// <summary>table.grow: the old length, or -1 when the table cannot grow that far.</summary>
    public static long Grow(TableInstance table, object? init, ulong n, ulong engineLimit) =>
        n > uint.MaxValue || table.Length + n > engineLimit ? -1 : table.Grow((uint)n, init);

    /// <summary>table.grow's result as a 32-bit table's i32 (-1 is 0xFFFFFFFF).</summary>
    public static uint Grow32(TableInstance table, object? init, ulong n, ulong engineLimit) =>
        (uint)Grow(table, init, n, engineLimit);

    public static void Fill(TableInstance table, ulong i, object? value, ulong n)
    {
        if (!InBounds(i, n, table.Length)) throw Trap.Exception(TrapCode.TableOutOfBounds);
        Array.Fill(table.Elements, value, (int)i, (int)n);
    }

    public static void Copy(TableInstance dst, ulong d, TableInstance src, ulong s, ulong n)
    {
        if (!InBounds(d, n, dst.Length) || !InBounds(s, n, src.Length)) throw Trap.Exception(TrapCode.TableOutOfBounds);
        Array.Copy(src.Elements, (int)s, dst.Elements, (int)d, (int)n);
    }

    public static void Init(TableInstance table, ElemInstance elem, ulong d, ulong s, ulong n)
    {
        var items = elem.Items;
        if (!InBounds(s, n, (ulong)items.Length) || !InBounds(d, n, table.Length)) throw Trap.Exception(TrapCode.TableOutOfBounds);
        Array.Copy(items, (int)s, table.Elements, (int)d, (int)n);
    }

    /// <summary>table64: traps "undefined element" unless index <paramref name="i"/> is inside the table, so that a
    /// call_indirect that follows may read the index's low 32 bits.</summary>
    public static void CheckIndex(TableInstance table, ulong i)
    {
        if (i >= table.Length) throw Trap.Exception(TrapCode.UndefinedElement);
    }

    private static bool InBounds(ulong start, ulong count, ulong length) => count <= length && start <= length - count;
}
