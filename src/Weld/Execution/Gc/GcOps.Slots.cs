using System.Runtime.CompilerServices;
using Weld.Runtime;
using Weld.Runtime.Gc;
using Weld.Syntax;

namespace Weld.Execution.Gc;

/// <summary>
/// Struct access by the field's storage slot (<see cref="GcStructLayout.Slot"/>) instead of its index, for back ends
/// that resolve the slot when they translate: a subtype's fields start with its supertype's, each stored alike, so
/// the static type's layout gives the slot of every struct the instruction can see. Same traps as the by-index
/// forms.
/// </summary>
internal static partial class GcOps
{
    /// <summary>struct.get of a numeric field in <paramref name="slot"/> (a packed one zero-extended: struct.get_u).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong GetNumberAt(object? r, int slot) => Struct(r).Numbers[slot];

    /// <summary>struct.get_s of a packed field in <paramref name="slot"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int GetSignedAt(object? r, int slot, PackedType packed) => Extend(Struct(r).Numbers[slot], packed, signed: true);

    /// <summary>struct.get of a reference field in <paramref name="slot"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? GetRefAt(object? r, int slot) => Struct(r).Refs[slot];

    /// <summary>struct.set of a numeric field in <paramref name="slot"/>, wrapped to its packed width.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetNumberAt(object? r, int slot, ulong bits, PackedType packed) => Struct(r).Numbers[slot] = Wrap(bits, packed);

    /// <summary>struct.set of a v128 field in <paramref name="slot"/> and the next.</summary>
    public static void SetV128At(object? r, int slot, ulong low, ulong high)
    {
        var numbers = Struct(r).Numbers;
        numbers[slot] = low;
        numbers[slot + 1] = high;
    }

    /// <summary>struct.set of a reference field in <paramref name="slot"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetRefAt(object? r, int slot, object? value) => Struct(r).Refs[slot] = value;

    /// <summary>struct.new from its operands as they lie in a value stack: field i's value at the next position of
    /// <paramref name="numbers"/> (two for a v128) or, for a reference, of <paramref name="refs"/> at the same
    /// position. Charged to <paramref name="store"/>'s budget.</summary>
    public static GcStruct NewStructFrom(RuntimeStore store, RuntimeType type, ReadOnlySpan<ulong> numbers, ReadOnlySpan<object?> refs)
    {
        var s = AllocateStruct(store, type);
        var layout = type.Layout!;
        int count = layout.Slot.Length;
        if (layout.RefCount == count)
        {
            refs[..count].CopyTo(s.Refs); // only references: in order, one slot each
            return s;
        }
        var fields = type.Definition.Composite.Fields;
        int at = 0;
        for (int i = 0; i < count; i++)
        {
            int slot = layout.Slot[i];
            if (layout.IsRef[i]) s.Refs[slot] = refs[at++];
            else if (fields[i].Type.Kind == ValueKind.V128)
            {
                s.Numbers[slot] = numbers[at];
                s.Numbers[slot + 1] = numbers[at + 1];
                at += 2;
            }
            else s.Numbers[slot] = Wrap(numbers[at++], layout.Packed[i]);
        }
        return s;
    }
}
