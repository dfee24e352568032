namespace Weld.Execution;

/// <summary>
/// The value stack of one thread: numeric slots and, at the same indexes, references. Each value takes one slot,
/// v128 two (low half first). Frames of interpreted functions live here too (locals, then operands).
/// </summary>
internal sealed class ExecStack
{
    public const int InitialSlots = 1 << 14;
    /// <summary>Hard cap on slots per thread (beyond it: "call stack exhausted").</summary>
    public const int MaxSlots = 1 << 23;

    [ThreadStatic] private static ExecStack? t_current;

    /// <summary>This thread's stack.</summary>
    public static ExecStack Current => t_current ??= new ExecStack();

    public ulong[] Slots = new ulong[InitialSlots];
    public object?[] Refs = new object?[InitialSlots];

    /// <summary>First slot not in use by any active frame. A back end sets it above everything it still needs before it
    /// calls a host function, so that a call back into wasm from the host starts there.</summary>
    public int Top;

    /// <summary>The module instance whose code is calling a host function right now (set by the back ends just before
    /// each host call; null when the host calls a host function directly).</summary>
    public Runtime.ModuleInstance? Caller;

    /// <summary>Current wasm call depth on this thread (all back ends and host re-entries).</summary>
    public int Depth;

    /// <summary>Above this many slots a stack goes back to its initial size once the outermost call returns, so a
    /// thread that once ran deep recursion does not keep up to 128 MiB of slots for the rest of its life.</summary>
    public const int TrimAbove = InitialSlots * 4;

    /// <summary>Drops the arrays grown for a deep call. Only when no frame is on the stack (nothing holds them).</summary>
    public void TrimAfterDeepUse()
    {
        if (Slots.Length <= TrimAbove || Top != 0) return;
        Slots = new ulong[InitialSlots];
        Refs = new object?[InitialSlots];
    }

    /// <summary>Makes sure slots [0, needed) exist; grows (arrays are replaced: reload them after calling) or traps.</summary>
    public void EnsureCapacity(int needed)
    {
        if (needed <= Slots.Length) return;
        if (needed > MaxSlots || needed < 0) throw new TrapException(TrapCode.CallStackExhausted);
        int size = Slots.Length;
        while (size < needed) size = Math.Min(size * 2, MaxSlots);
        Array.Resize(ref Slots, size);
        Array.Resize(ref Refs, size);
    }
}
