using Weld.Diagnostics;
using Weld.Runtime;

namespace Weld;

/// <summary>A table of references, created by the host or exported by an instance. The host can read, write and grow it.</summary>
public sealed class Table : Extern
{
    internal Table(Store store, TableInstance instance) : base(store) => Instance = instance;

    /// <summary>Creates a table whose elements start as <paramref name="initial"/>.</summary>
    /// <exception cref="LinkException">The store's or engine's limits forbid another table of that size.</exception>
    public Table(Store store, TableType type, Value initial) : base(store ?? throw new ArgumentNullException(nameof(store)))
    {
        ArgumentNullException.ThrowIfNull(type);
        Global.CheckType(type.ElementType, initial, store);
        if (type.Limits.Max is ulong max && max < type.Limits.Min) throw new ArgumentException(Messages.SizeMinimumGreaterThanMaximum);
        Instance = store.Runtime.AllocateTable(type, initial.Ref);
    }

    /// <summary>Creates a table of null references.</summary>
    /// <exception cref="LinkException">The store's or engine's limits forbid another table of that size.</exception>
    public Table(Store store, TableType type) : this(store, type, Value.Default(type.ElementType)) { }

    internal TableInstance Instance { get; }
    internal override ExternInstance RuntimeObject => Instance;

    /// <summary>The table's type with its current size.</summary>
    public override TableType Type => Instance.Type;

    /// <summary>The current number of elements.</summary>
    public uint Size => Instance.Length;

    /// <summary>Reads element <paramref name="index"/>.</summary>
    public Value Get(uint index)
    {
        if (index >= Instance.Length) throw new ArgumentOutOfRangeException(nameof(index));
        return Value.FromSlots(Instance.ElementType, 0, 0, Instance.Elements[index]);
    }

    /// <summary>Writes element <paramref name="index"/>.</summary>
    public void Set(uint index, Value value)
    {
        if (index >= Instance.Length) throw new ArgumentOutOfRangeException(nameof(index));
        Global.CheckType(Instance.ElementType, value, Store);
        Instance.Elements[index] = value.Ref;
    }

    /// <summary>Grows by <paramref name="delta"/> elements set to <paramref name="initial"/>; returns the old size, or -1 when the maximum, the engine's limits or the
    /// store's limits (<see cref="StoreLimits"/>) forbid it.</summary>
    public long Grow(uint delta, Value initial)
    {
        Global.CheckType(Instance.ElementType, initial, Store);
        return Instance.Grow(delta, initial.Ref);
    }
}
