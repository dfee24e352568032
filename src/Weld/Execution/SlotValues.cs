namespace Weld.Execution;

/// <summary>Moves <see cref="Value"/>s in and out of stack slots.</summary>
internal static class SlotValues
{
    public static int Write(ExecStack s, int i, Value v)
    {
        s.Slots[i] = v.Lo;
        s.Refs[i] = v.Ref;
        if (v.Type.Kind != ValueKind.V128) return 1;
        s.Slots[i + 1] = v.Hi;
        return 2;
    }

    public static Value Read(ExecStack s, int i, ValType t, out int slots)
    {
        slots = t.Kind == ValueKind.V128 ? 2 : 1;
        return Value.FromSlots(t, s.Slots[i], slots == 2 ? s.Slots[i + 1] : 0, t.IsReference ? s.Refs[i] : null);
    }
}
