using System.Runtime.Intrinsics;

namespace Weld.Runtime;

/// <summary>The spec's exception instance: a tag and its payload, in slot form (numbers in <see cref="Slots"/>, v128
/// in two; references in <see cref="Refs"/> at the same index). An <c>exnref</c> holds one; <see cref="WasmException"/>
/// carries one through .NET frames.</summary>
internal sealed class ExceptionInstance
{
    public ExceptionInstance(TagInstance tag)
    {
        Tag = tag;
        Slots = new ulong[tag.PayloadSlots];
        Refs = new object?[tag.PayloadSlots];
    }

    public TagInstance Tag { get; }
    public ulong[] Slots { get; }
    public object?[] Refs { get; }

    /// <summary>Copies the payload from a frame's slots at <paramref name="at"/>.</summary>
    public static ExceptionInstance FromSlots(TagInstance tag, ulong[] slots, object?[] refs, int at)
    {
        var e = new ExceptionInstance(tag);
        int n = e.Slots.Length;
        Array.Copy(slots, at, e.Slots, 0, n);
        Array.Copy(refs, at, e.Refs, 0, n);
        return e;
    }

    /// <summary>Copies the payload into a frame's slots at <paramref name="at"/>.</summary>
    public void ToSlots(ulong[] slots, object?[] refs, int at)
    {
        int n = Slots.Length;
        Array.Copy(Slots, 0, slots, at, n);
        Array.Copy(Refs, 0, refs, at, n);
    }

    /// <summary>The payload as values.</summary>
    public Value[] Values()
    {
        var types = Tag.Type.FunctionType.ParamArray;
        var values = new Value[types.Length];
        int s = 0;
        for (int i = 0; i < types.Length; i++)
        {
            var t = types[i];
            values[i] = Value.FromSlots(t, Slots[s], t.Kind == ValueKind.V128 ? Slots[s + 1] : 0, Refs[s]);
            s += t.Kind == ValueKind.V128 ? 2 : 1;
        }
        return values;
    }

    // Typed access for compiled code (static, as all its helpers are; slot = the value's first slot).
    public static void SetI32(ExceptionInstance e, int slot, int v) => e.Slots[slot] = (uint)v;
    public static void SetI64(ExceptionInstance e, int slot, long v) => e.Slots[slot] = (ulong)v;
    public static void SetF32(ExceptionInstance e, int slot, float v) => e.Slots[slot] = BitConverter.SingleToUInt32Bits(v);
    public static void SetF64(ExceptionInstance e, int slot, double v) => e.Slots[slot] = BitConverter.DoubleToUInt64Bits(v);
    public static void SetV128(ExceptionInstance e, int slot, Vector128<byte> v)
    {
        e.Slots[slot] = v.AsUInt64().GetElement(0);
        e.Slots[slot + 1] = v.AsUInt64().GetElement(1);
    }
    public static void SetRef(ExceptionInstance e, int slot, object? v) => e.Refs[slot] = v;
    public static int GetI32(ExceptionInstance e, int slot) => (int)(uint)e.Slots[slot];
    public static long GetI64(ExceptionInstance e, int slot) => (long)e.Slots[slot];
    public static float GetF32(ExceptionInstance e, int slot) => BitConverter.UInt32BitsToSingle((uint)e.Slots[slot]);
    public static double GetF64(ExceptionInstance e, int slot) => BitConverter.UInt64BitsToDouble(e.Slots[slot]);
    public static Vector128<byte> GetV128(ExceptionInstance e, int slot) => Vector128.Create(e.Slots[slot], e.Slots[slot + 1]).AsByte();
    public static object? GetRef(ExceptionInstance e, int slot) => e.Refs[slot];
}
