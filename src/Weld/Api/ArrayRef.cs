using Weld.Execution.Gc;
using Weld.Runtime;
using Weld.Runtime.Gc;
using Weld.Syntax;

namespace Weld;

/// <summary>
/// A WebAssembly GC array, as the host sees it: its length, read and write its elements, or make one of a module's
/// array type. Pass it to WebAssembly with <see cref="Value.ArrayRef(ArrayRef?)"/> (or
/// <see cref="Value.AnyRef(object?)"/>); get it back with <see cref="Value.AsArrayRef"/>. Two <see cref="ArrayRef"/>s
/// are equal when they are the same array. An array belongs to no store.
/// </summary>
public sealed class ArrayRef : IEquatable<ArrayRef>
{
    internal ArrayRef(GcArray a) => Array = a;

    internal GcArray Array { get; }

    private FieldType Element => Array.Type.Definition.Composite.Element;

    /// <summary>The number of elements.</summary>
    public int Length => Array.Length;

    /// <summary>The elements' value type (i32 for a packed i8 or i16 array).</summary>
    public ValType ElementType => Element.Unpacked;

    /// <summary>Whether the elements are mutable.</summary>
    public bool IsMutable => Element.Mutable;

    /// <summary>Element <paramref name="index"/>; a packed element is sign-extended when <paramref name="signed"/>,
    /// else zero-extended (as <c>array.get_s</c> / <c>array.get_u</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not below <see cref="Length"/>.</exception>
    public Value GetElement(int index, bool signed = false)
    {
        CheckIndex(index);
        var e = Element;
        uint i = (uint)index;
        return Array.Type.ArrayStorage switch
        {
            ArrayStorage.Ref => Value.FromSlots(e.Type, 0, 0, Array.Refs[i]),
            ArrayStorage.V128 => Value.FromSlots(e.Type, Array.Longs[2 * i], Array.Longs[2 * i + 1], null),
            ArrayStorage.I8 or ArrayStorage.I16 => Value.I32(GcOps.ArrayGetPacked(Array, i, signed)),
            _ => Value.FromSlots(e.Type, GcOps.ArrayGet(Array, i), 0, null),
        };
    }

    /// <summary>Sets element <paramref name="index"/> of a mutable array (a packed one keeps the value's low 8 or 16
    /// bits).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not below <see cref="Length"/>.</exception>
    /// <exception cref="InvalidOperationException">The array is immutable.</exception>
    /// <exception cref="ArgumentException">The value does not fit the element type.</exception>
    public void SetElement(int index, Value value)
    {
        CheckIndex(index);
        if (!IsMutable) throw new InvalidOperationException("the array is immutable");
        Store(index, value);
    }

    /// <summary>Makes an array of type <paramref name="typeIndex"/> of <paramref name="module"/> with
    /// <paramref name="length"/> elements, each <paramref name="initial"/> (as <c>array.new</c>).</summary>
    /// <exception cref="ArgumentException">The type is not an array type, or the value does not fit its elements.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative or too large.</exception>
    public static ArrayRef Create(Module module, int typeIndex, int length, Value initial)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, GcArray.MaxLength);
        var a = new ArrayRef(GcArray.New(GcTypes.Of(module, typeIndex, CompositeKind.Array), (uint)length));
        GcTypes.Check(a.Element, initial);
        for (int i = 0; i < length; i++) a.Store(i, initial);
        return a;
    }

    /// <summary>Makes an array of type <paramref name="typeIndex"/> of <paramref name="module"/> holding
    /// <paramref name="elements"/> (as <c>array.new_fixed</c>).</summary>
    /// <exception cref="ArgumentException">The type is not an array type, or a value does not fit its elements.</exception>
    public static ArrayRef Create(Module module, int typeIndex, params ReadOnlySpan<Value> elements)
    {
        ArgumentNullException.ThrowIfNull(module);
        var a = new ArrayRef(GcArray.New(GcTypes.Of(module, typeIndex, CompositeKind.Array), (uint)elements.Length));
        for (int i = 0; i < elements.Length; i++) a.Store(i, elements[i]);
        return a;
    }

    private void Store(int index, Value value)
    {
        GcTypes.Check(Element, value);
        uint i = (uint)index;
        switch (Array.Type.ArrayStorage)
        {
            case ArrayStorage.Ref: Array.Refs[i] = value.Ref; break;
            case ArrayStorage.V128: (Array.Longs[2 * i], Array.Longs[2 * i + 1]) = (value.Lo, value.Hi); break;
            default: GcOps.ArraySetAt(Array, index, value.Lo); break;
        }
    }

    private void CheckIndex(int index)
    {
        if ((uint)index >= (uint)Array.Length) throw new ArgumentOutOfRangeException(nameof(index), $"the array has {Array.Length} elements");
    }

    /// <inheritdoc/>
    public bool Equals(ArrayRef? other) => other is not null && ReferenceEquals(Array, other.Array);
    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ArrayRef a && Equals(a);
    /// <inheritdoc/>
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Array);
    /// <summary>The array's type and length, e.g. <c>(array (mut i8))[16]</c>.</summary>
    public override string ToString() => $"{Array.Type.Definition.Composite}[{Array.Length}]";
}
