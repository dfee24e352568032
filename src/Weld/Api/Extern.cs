namespace Weld;

/// <summary>An external value: a <see cref="Function"/>, <see cref="Table"/>, <see cref="Memory"/> or <see cref="Global"/>.
/// Host-created objects and instance exports are the same kinds and interchangeable.</summary>
public abstract class Extern
{
    private protected Extern(Store store) => Store = store;

    /// <summary>The store that owns the object.</summary>
    public Store Store { get; }

    /// <summary>The extern's current type (tables and memories: current size and declared maximum).</summary>
    public abstract ExternType Type { get; }

    /// <summary>The extern's kind.</summary>
    public ExternKind Kind => Type.Kind;

    /// <summary>The underlying runtime object (identity of the extern).</summary>
    internal abstract object RuntimeObject { get; }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Extern e && ReferenceEquals(e.RuntimeObject, RuntimeObject);
    /// <inheritdoc/>
    public override int GetHashCode() => RuntimeObject.GetHashCode();
}
