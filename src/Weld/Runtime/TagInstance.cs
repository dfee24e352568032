namespace Weld.Runtime;

/// <summary>An exception tag. Its identity is the object itself: an imported tag is the exporter's object, and two
/// definitions (even of one type) are different tags.</summary>
internal sealed class TagInstance(RuntimeStore store, TagType type) : ExternInstance(store)
{
    public TagType Type { get; } = type;

    /// <summary>Payload slots in the shared calling convention (v128: two).</summary>
    public int PayloadSlots { get; } = type.FunctionType.ParamSlots;

    public override ExternKind Kind => ExternKind.Tag;
    public override ExternType CurrentType => Type;
}
