namespace Weld;

/// <summary>The type of an exception tag: the types of the values an exception with the tag carries (a function
/// type with no results).</summary>
public sealed class TagType : ExternType, IEquatable<TagType>
{
    /// <summary>Creates a tag type whose exceptions carry values of <paramref name="parameters"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public TagType(IEnumerable<ValType> parameters) : this(new FuncType(parameters, [])) { }

    internal TagType(FuncType functionType) => FunctionType = functionType;

    /// <summary>The function type the tag is declared with (its parameters are the payload).</summary>
    internal FuncType FunctionType { get; }

    /// <summary>The types of the values an exception with this tag carries.</summary>
    public IReadOnlyList<ValType> Parameters => FunctionType.Parameters;

    /// <inheritdoc/>
    public override ExternKind Kind => ExternKind.Tag;

    /// <inheritdoc/>
    public override bool Matches(ExternType expected) =>
        expected is TagType t && (FunctionType.Rtt is { } a && t.FunctionType.Rtt is { } b ? ReferenceEquals(a, b) : Equals(t));

    /// <inheritdoc/>
    public bool Equals(TagType? other) => other is not null && FunctionType.Equals(other.FunctionType);
    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TagType t && Equals(t);
    /// <inheritdoc/>
    public override int GetHashCode() => FunctionType.GetHashCode();

    /// <summary>Text syntax, e.g. <c>(tag (param i32))</c>.</summary>
    public override string ToString()
    {
        var f = FunctionType.ToString(); // "(func ...)"
        return "(tag" + f[5..];
    }
}
