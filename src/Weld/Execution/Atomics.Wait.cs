using Weld.Runtime;

namespace Weld.Execution;

// memory.atomic.wait32/wait64 and memory.atomic.notify.
internal static unsafe partial class Atomics
{
    /// <summary>memory.atomic.wait32/64: parks the calling thread while the <paramref name="size"/>-byte value at the
    /// address equals <paramref name="expected"/>, until a notify (0), the timeout in nanoseconds (2; negative: none)
    /// or an interruption of <paramref name="caller"/>'s store (a trap). 1 when the value differs. Traps on an
    /// unshared memory, after the address checks.</summary>
    public static int Wait(MemoryInstance m, ulong address, ulong offset, int size, ulong expected, long timeoutNs, RuntimeStore caller)
    {
        byte* p = At(m, address, offset, size);
        if (!m.Shared) Trap.Throw(TrapCode.ExpectedSharedMemory);
        ulong ea = (ulong)(p - m.Base);
        bool Matches() => size == 4 ? Volatile.Read(ref *(uint*)p) == (uint)expected : Volatile.Read(ref *(ulong*)p) == expected;
        return m.Waiters.Wait(ea, Matches, timeoutNs, () => ControlChecks.Interrupt(caller));
    }

    /// <summary>memory.atomic.notify: wakes up to <paramref name="count"/> threads waiting on the address; returns how
    /// many. An unshared memory has no waiters (0), but the address is checked all the same.</summary>
    public static uint Notify(MemoryInstance m, ulong address, ulong offset, uint count)
    {
        byte* p = At(m, address, offset, 4);
        return m.Shared ? m.Waiters.Notify((ulong)(p - m.Base), count) : 0;
    }
}
