using Weld.Runtime;

namespace Weld.Execution.Compiler;

/// <summary>What compiled code calls for the atomic instructions: operands first (as the IL stack holds them), then
/// the memory and the immediates; the work is <see cref="Atomics"/>', which the interpreter runs too.</summary>
internal static class CompiledAtomics
{
    public static int Load32(int address, MemoryInstance m, long offset, int size) =>
        (int)Atomics.Load(m, (uint)address, (ulong)offset, size);

    public static long Load64(int address, MemoryInstance m, long offset, int size) =>
        (long)Atomics.Load(m, (uint)address, (ulong)offset, size);

    public static void Store32(int address, int value, MemoryInstance m, long offset, int size) =>
        Atomics.Store(m, (uint)address, (ulong)offset, size, (uint)value);

    public static void Store64(int address, long value, MemoryInstance m, long offset, int size) =>
        Atomics.Store(m, (uint)address, (ulong)offset, size, (ulong)value);

    public static int Rmw32(int address, int value, MemoryInstance m, long offset, int size, int op) =>
        (int)Atomics.Rmw(m, (uint)address, (ulong)offset, size, (AtomicRmw)op, (uint)value);

    public static long Rmw64(int address, long value, MemoryInstance m, long offset, int size, int op) =>
        (long)Atomics.Rmw(m, (uint)address, (ulong)offset, size, (AtomicRmw)op, (ulong)value);

    public static int Cmpxchg32(int address, int expected, int replacement, MemoryInstance m, long offset, int size) =>
        (int)Atomics.CompareExchange(m, (uint)address, (ulong)offset, size, (uint)expected, (uint)replacement);

    public static long Cmpxchg64(int address, long expected, long replacement, MemoryInstance m, long offset, int size) =>
        (long)Atomics.CompareExchange(m, (uint)address, (ulong)offset, size, (ulong)expected, (ulong)replacement);

    public static int Wait32(int address, int expected, long timeout, MemoryInstance m, long offset, ModuleInstance caller) =>
        Atomics.Wait(m, (uint)address, (ulong)offset, 4, (uint)expected, timeout, caller.Store);

    public static int Wait64(int address, long expected, long timeout, MemoryInstance m, long offset, ModuleInstance caller) =>
        Atomics.Wait(m, (uint)address, (ulong)offset, 8, (ulong)expected, timeout, caller.Store);

    public static int Notify(int address, int count, MemoryInstance m, long offset) =>
        (int)Atomics.Notify(m, (uint)address, (ulong)offset, (uint)count);

    public static void Fence() => Atomics.Fence();
}
