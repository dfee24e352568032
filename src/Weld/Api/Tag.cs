using Weld.Runtime;

namespace Weld;

/// <summary>An exception tag, created by the host or exported by an instance. Tags are compared by identity: an
/// exception thrown with a tag is caught only by a handler for that same tag (an import of it, or this object).</summary>
public sealed class Tag : Extern
{
    internal Tag(Store store, TagInstance instance) : base(store) => Instance = instance;

    /// <summary>Creates a new tag in <paramref name="store"/>, different from every other tag.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="type"/> is null.</exception>
    public Tag(Store store, TagType type) : base(store ?? throw new ArgumentNullException(nameof(store)))
    {
        ArgumentNullException.ThrowIfNull(type);
        store.Runtime.ThrowIfDisposed();
        Instance = new TagInstance(store.Runtime, type);
    }

    internal TagInstance Instance { get; }
    internal override ExternInstance RuntimeObject => Instance;

    /// <summary>The tag's type.</summary>
    public override TagType Type => Instance.Type;
}
