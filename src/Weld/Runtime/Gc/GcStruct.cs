namespace Weld.Runtime.Gc;

/// <summary>
/// A GC struct: its run-time type and its fields. Numeric fields are their bits in <see cref="Numbers"/> (i32 and
/// f32 in the low 32 bits, packed i8/i16 fields already wrapped to their width, v128 in two slots, low half first);
/// reference fields are in <see cref="Refs"/>. Where field i lives is <c>Type.Layout</c> (<see cref="GcStructLayout"/>):
/// <c>IsRef[i]</c> picks the array, <c>Slot[i]</c> the index. A struct without numeric (or reference) fields shares
/// an empty array.
/// </summary>
internal sealed class GcStruct
{
    /// <summary>A struct of <paramref name="type"/> with every field at its default (zero bits, null).</summary>
    public GcStruct(RuntimeType type)
    {
        var layout = type.Layout ?? throw new ArgumentException("not a struct type", nameof(type));
        Type = type;
        Numbers = layout.NumericSlots == 0 ? [] : new ulong[layout.NumericSlots];
        Refs = layout.RefCount == 0 ? [] : new object?[layout.RefCount];
    }

    public readonly RuntimeType Type;
    public readonly ulong[] Numbers;
    public readonly object?[] Refs;

    public override string ToString() => $"struct {Type.Id}";
}
