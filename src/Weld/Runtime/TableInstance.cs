namespace Weld.Runtime;

/// <summary>A table: a growable vector of references (FunctionInstance or host objects; null is the null reference).</summary>
internal sealed class TableInstance
{
    /// <summary>The spec's largest table size (elements), also an implementation cap to keep memory bounded.</summary>
    public const uint MaxElements = 10_000_000;

    /// <summary>The elements; its length may exceed <see cref="Length"/> (spare capacity).</summary>
    public object?[] Elements;
    public uint Length;

    public TableInstance(TableType type, object? init)
    {
        ElementType = type.ElementType;
        Max = type.Limits.Max is ulong m ? (uint)Math.Min(m, uint.MaxValue) : null;
        if (type.Limits.Min > MaxElements) throw new TrapException(TrapCode.OutOfMemory, "table too large");
        Length = (uint)type.Limits.Min;
        Elements = new object?[Length];
        if (init is not null) Array.Fill(Elements, init);
    }

    public ValueType ElementType { get; }
    public uint? Max { get; }
    public TableType Type => new(ElementType, new Limits(Length, Max));

    /// <summary>Grows by <paramref name="delta"/> elements set to <paramref name="init"/>; returns the old length or -1.</summary>
    public int Grow(uint delta, object? init)
    {
        uint old = Length;
        ulong wanted = (ulong)old + delta;
        if (wanted > (Max ?? uint.MaxValue) || wanted > MaxElements) return -1;
        if (wanted > (ulong)Elements.Length)
        {
            var bigger = new object?[Math.Max(wanted, Math.Min((ulong)Elements.Length * 2, MaxElements))];
            Array.Copy(Elements, bigger, old);
            Elements = bigger;
        }
        Length = (uint)wanted;
        if (init is not null) Array.Fill(Elements, init, (int)old, (int)delta);
        return (int)old;
    }
}
