using Weld.Runtime;

namespace Weld;

/// <summary>An external value: a <see cref="Function"/>, <see cref="Table"/>, <see cref="Memory"/>, <see cref="Global"/> or <see cref="Tag"/>.
/// Host-created objects and instance exports are the same kinds and interchangeable.</summary>
public abstract class Extern
{
    private protected Extern(Store store) => Store = store;

    /// <summary>The store that owns the object.</summary>
    public Store Store { get; }

    /// <summary>The extern's current type (tables and memories: current size and declared maximum).</summary>
    public abstract ExternType Type { get; }

    /// <summary>The extern's kind.</summary>
    public ExternKind Kind => RuntimeObject.Kind;

    /// <summary>The underlying runtime object (identity of the extern: wrappers of one object are equal).</summary>
    internal abstract ExternInstance RuntimeObject { get; }

    /// <summary>The public wrapper of a runtime extern.</summary>
    internal static Extern Wrap(ExternInstance value) => value switch
    {
        FunctionInstance f => new Function(f),
        TableInstance t => new Table(Store.Of(t.Store), t),
        MemoryInstance m => new Memory(Store.Of(m.Store), m),
        GlobalInstance g => new Global(Store.Of(g.Store), g),
        TagInstance t => new Tag(Store.Of(t.Store), t),
        _ => throw new InvalidOperationException("unknown extern instance"),
    };

    /// <summary>The runtime externs of a list given by the host (null stays null: nothing given).</summary>
    internal static ExternInstance?[] ToRuntime(IReadOnlyList<Extern?> externs)
    {
        var values = new ExternInstance?[externs.Count];
        for (int i = 0; i < values.Length; i++) values[i] = externs[i]?.RuntimeObject;
        return values;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Extern e && ReferenceEquals(e.RuntimeObject, RuntimeObject);
    /// <inheritdoc/>
    public override int GetHashCode() => RuntimeObject.GetHashCode();
}
