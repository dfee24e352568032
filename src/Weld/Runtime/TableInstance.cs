using Weld.Diagnostics;

namespace Weld.Runtime;

/// <summary>A table: a growable vector of references (FunctionInstance or host objects; null is the null reference).</summary>
internal sealed class TableInstance : ExternInstance
{
    /// <summary>The spec's largest table size (elements), also an implementation cap to keep memory bounded.</summary>
    public const uint MaxElements = 10_000_000;

    /// <summary>The elements; its length may exceed <see cref="Length"/> (spare capacity).</summary>
    public object?[] Elements;
    public uint Length;

    /// <param name="store">The store it belongs to.</param>
    /// <param name="type">The table's type.</param>
    /// <param name="init">The initial value of every element.</param>
    /// <param name="cap">The engine's limit on elements (growth beyond it fails like growth beyond the maximum).</param>
    public TableInstance(RuntimeStore store, TableType type, object? init, uint cap = MaxElements) : base(store)
    {
        ElementType = type.ElementType;
        AddressType = type.AddressType;
        Max = type.Limits.Max is ulong m ? (uint)Math.Min(m, uint.MaxValue) : null;
        DeclaredMax = type.Limits.Max;
        Cap = Math.Min(cap, MaxElements);
        if (type.Limits.Min > Cap) throw LinkErrors.TableOverLimit(type.Limits.Min, Cap);
        Length = (uint)type.Limits.Min;
        Elements = new object?[Length];
        if (init is not null) Array.Fill(Elements, init);
    }

    public ValType ElementType { get; }
    /// <summary>i64 for a table64 table: its indexes and sizes are 64-bit (its size is still capped).</summary>
    public AddressType AddressType { get; }
    public bool Is64 => AddressType == AddressType.I64;
    /// <summary>The most elements this table may ever hold (engine limit).</summary>
    public uint Cap { get; }
    public uint? Max { get; }
    /// <summary>The declared maximum (a table64 maximum may exceed 32 bits; <see cref="Max"/> is capped).</summary>
    public ulong? DeclaredMax { get; }
    public TableType Type => new(ElementType, new Limits(Length, DeclaredMax ?? Max), AddressType);

    public override ExternKind Kind => ExternKind.Table;
    public override ExternType CurrentType => Type;

    /// <summary>Grows by <paramref name="delta"/> elements set to <paramref name="init"/>; returns the old length or -1.</summary>
    public int Grow(uint delta, object? init)
    {
        uint old = Length;
        ulong wanted = (ulong)old + delta;
        if (wanted > (Max ?? uint.MaxValue) || wanted > Cap) return -1;
        if (delta != 0 && !Store.TryGrowTable(this, old, wanted)) return -1;
        if (wanted > (ulong)Elements.Length)
        {
            var bigger = new object?[Math.Max(wanted, Math.Min((ulong)Elements.Length * 2, Cap))];
            Array.Copy(Elements, bigger, old);
            Elements = bigger;
        }
        Length = (uint)wanted;
        if (init is not null) Array.Fill(Elements, init, (int)old, (int)delta);
        return (int)old;
    }
}
