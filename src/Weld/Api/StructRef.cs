using Weld.Execution.Gc;
using Weld.Runtime;
using Weld.Runtime.Gc;
using Weld.Syntax;

namespace Weld;

/// <summary>
/// A WebAssembly GC struct, as the host sees it: read and write its fields, or make one of a module's struct type.
/// Pass it to WebAssembly with <see cref="Value.StructRef(StructRef?)"/> (or <see cref="Value.AnyRef(object?)"/>);
/// get it back with <see cref="Value.AsStructRef"/>. Two <see cref="StructRef"/>s are equal when they are the same
/// struct. A struct belongs to no store: any instance may receive it where its type fits.
/// </summary>
public sealed class StructRef : IEquatable<StructRef>
{
    internal StructRef(GcStruct s) => Struct = s;

    internal GcStruct Struct { get; }

    /// <summary>The number of fields.</summary>
    public int FieldCount => Fields.Length;

    private FieldType[] Fields => Struct.Type.Definition.Composite.Fields;

    /// <summary>The value type of field <paramref name="index"/> (i32 for a packed i8 or i16 field).</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such field.</exception>
    public ValType FieldType(int index) => FieldAt(index).Unpacked;

    /// <summary>Whether field <paramref name="index"/> is mutable.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such field.</exception>
    public bool IsMutable(int index) => FieldAt(index).Mutable;

    /// <summary>The value of field <paramref name="index"/>; a packed field is sign-extended when
    /// <paramref name="signed"/>, else zero-extended (as <c>struct.get_s</c> / <c>struct.get_u</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such field.</exception>
    public Value GetField(int index, bool signed = false)
    {
        var f = FieldAt(index);
        var layout = Struct.Type.Layout!;
        int slot = layout.Slot[index];
        if (layout.IsRef[index]) return Value.FromSlots(f.Type, 0, 0, Struct.Refs[slot]);
        if (f.IsPacked) return Value.I32(GcOps.Extend(Struct.Numbers[slot], f.Packed, signed));
        ulong high = f.Type.Kind == ValueKind.V128 ? Struct.Numbers[slot + 1] : 0;
        return Value.FromSlots(f.Type, Struct.Numbers[slot], high, null);
    }

    /// <summary>Sets mutable field <paramref name="index"/> (a packed field keeps the value's low 8 or 16 bits).</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such field.</exception>
    /// <exception cref="InvalidOperationException">The field is immutable.</exception>
    /// <exception cref="ArgumentException">The value does not fit the field's type.</exception>
    public void SetField(int index, Value value)
    {
        var f = FieldAt(index);
        if (!f.Mutable) throw new InvalidOperationException($"field {index} is immutable");
        Store(index, f, value);
    }

    /// <summary>Makes a struct of type <paramref name="typeIndex"/> of <paramref name="module"/> with the given
    /// field values (in order; immutable fields too), as <c>struct.new</c> does.</summary>
    /// <exception cref="ArgumentException">The type is not a struct type, or the values do not fit its fields.</exception>
    public static StructRef Create(Module module, int typeIndex, params ReadOnlySpan<Value> fields)
    {
        ArgumentNullException.ThrowIfNull(module);
        var type = GcTypes.Of(module, typeIndex, CompositeKind.Struct);
        var s = new StructRef(new GcStruct(type)); // belongs to no store: not charged to a budget
        if (fields.Length != s.FieldCount)
            throw new ArgumentException($"the struct type has {s.FieldCount} fields, {fields.Length} values given", nameof(fields));
        for (int i = 0; i < fields.Length; i++) s.Store(i, s.Fields[i], fields[i]);
        return s;
    }

    private void Store(int index, FieldType f, Value value)
    {
        GcTypes.Check(f, value);
        var layout = Struct.Type.Layout!;
        int slot = layout.Slot[index];
        if (layout.IsRef[index]) Struct.Refs[slot] = value.Ref;
        else
        {
            Struct.Numbers[slot] = GcOps.Wrap(value.Lo, f.Packed);
            if (f.Type.Kind == ValueKind.V128) Struct.Numbers[slot + 1] = value.Hi;
        }
    }

    private FieldType FieldAt(int index)
    {
        var fields = Fields;
        if ((uint)index >= (uint)fields.Length) throw new ArgumentOutOfRangeException(nameof(index), $"the struct has {fields.Length} fields");
        return fields[index];
    }

    /// <inheritdoc/>
    public bool Equals(StructRef? other) => other is not null && ReferenceEquals(Struct, other.Struct);
    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StructRef s && Equals(s);
    /// <inheritdoc/>
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Struct);
    /// <summary>The struct's type, e.g. <c>(struct (field i32) (field (mut i8)))</c>.</summary>
    public override string ToString() => Struct.Type.Definition.Composite.ToString();
}
