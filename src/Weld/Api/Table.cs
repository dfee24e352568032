using Weld.Diagnostics;
using Weld.Runtime;

namespace Weld;

/// <summary>A table of references, created by the host or exported by an instance. The host can read, write and grow it.</summary>
public sealed class Table : Extern
{
    internal Table(Store store, TableInstance instance) : base(store) => Instance = instance;

    /// <summary>Creates a table whose elements start as <paramref name="initial"/>.</summary>
    /// <exception cref="LinkException">The store's or engine's limits forbid another table of that size.</exception>
    /// <exception cref="ArgumentException">The limits are inconsistent, or the table is 64-bit and the engine does not
    /// accept 64-bit tables (<see cref="EngineOptions.Features"/>).</exception>
    public Table(Store store, TableType type, Value initial) : base(store ?? throw new ArgumentNullException(nameof(store)))
    {
        ArgumentNullException.ThrowIfNull(type);
        Global.CheckType(type.ElementType, initial, store);
        if (type.Limits.Max is ulong max && max < type.Limits.Min) throw new ArgumentException(Messages.SizeMinimumGreaterThanMaximum);
        if (type.AddressType == AddressType.I64 && (store.Engine.Options.Features & WasmFeatures.Memory64) == 0)
            throw new ArgumentException(Messages.Memory64Disabled);
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
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public uint Size
    {
        get
        {
            Instance.Store.ThrowIfDisposed();
            return Instance.Length;
        }
    }

    /// <summary>Reads element <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not below <see cref="Size"/>.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public Value Get(uint index)
    {
        Instance.Store.ThrowIfDisposed();
        if (index >= Instance.Length) throw new ArgumentOutOfRangeException(nameof(index));
        return Value.FromSlots(Instance.ElementType, 0, 0, Instance.Elements[index]);
    }

    /// <summary>Writes element <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not below <see cref="Size"/>.</exception>
    /// <exception cref="ArgumentException">The value's type is not the element type.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public void Set(uint index, Value value)
    {
        Instance.Store.ThrowIfDisposed();
        if (index >= Instance.Length) throw new ArgumentOutOfRangeException(nameof(index));
        Global.CheckType(Instance.ElementType, value, Store);
        Instance.Elements[index] = value.Ref;
    }

    /// <summary>Grows by <paramref name="delta"/> elements set to <paramref name="initial"/>; returns the old size, or -1 when the maximum, the engine's limits or the
    /// store's limits (<see cref="StoreLimits"/>) forbid it.</summary>
    /// <exception cref="ArgumentException">The value's type is not the element type.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public long Grow(uint delta, Value initial)
    {
        Instance.Store.ThrowIfDisposed();
        Global.CheckType(Instance.ElementType, initial, Store);
        return Instance.Grow(delta, initial.Ref);
    }
}
