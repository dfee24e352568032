using Weld.Runtime;

namespace Weld.Execution.Compiler;

/// <summary><see cref="CompiledAtomics"/> for a 64-bit memory: the same helpers, by the same names, with an i64 address
/// (all of whose bits count).</summary>
internal static class CompiledAtomics64
{
    public static int Load32(long address, MemoryInstance m, long offset, int size) =>
        (int)Atomics.Load(m, (ulong)address, (ulong)offset, size);

    public static long Load64(long address, MemoryInstance m, long offset, int size) =>
        (long)Atomics.Load(m, (ulong)address, (ulong)offset, size);

    public static void Store32(long address, int value, MemoryInstance m, long offset, int size) =>
        Atomics.Store(m, (ulong)address, (ulong)offset, size, (uint)value);

    public static void Store64(long address, long value, MemoryInstance m, long offset, int size) =>
        Atomics.Store(m, (ulong)address, (ulong)offset, size, (ulong)value);

    public static int Rmw32(long address, int value, MemoryInstance m, long offset, int size, int op) =>
        (int)Atomics.Rmw(m, (ulong)address, (ulong)offset, size, (AtomicRmw)op, (uint)value);

    public static long Rmw64(long address, long value, MemoryInstance m, long offset, int size, int op) =>
        (long)Atomics.Rmw(m, (ulong)address, (ulong)offset, size, (AtomicRmw)op, (ulong)value);

    public static int Cmpxchg32(long address, int expected, int replacement, MemoryInstance m, long offset, int size) =>
        (int)Atomics.CompareExchange(m, (ulong)address, (ulong)offset, size, (uint)expected, (uint)replacement);

    public static long Cmpxchg64(long address, long expected, long replacement, MemoryInstance m, long offset, int size) =>
        (long)Atomics.CompareExchange(m, (ulong)address, (ulong)offset, size, (ulong)expected, (ulong)replacement);

    public static int Wait32(long address, int expected, long timeout, MemoryInstance m, long offset, ModuleInstance caller) =>
        Atomics.Wait(m, (ulong)address, (ulong)offset, 4, (uint)expected, timeout, caller.Store);

    public static int Wait64(long address, long expected, long timeout, MemoryInstance m, long offset, ModuleInstance caller) =>
        Atomics.Wait(m, (ulong)address, (ulong)offset, 8, (ulong)expected, timeout, caller.Store);

    public static int Notify(long address, int count, MemoryInstance m, long offset) =>
        (int)Atomics.Notify(m, (ulong)address, (ulong)offset, (uint)count);
}
