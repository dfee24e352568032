using System.Runtime.CompilerServices;
using Weld.Runtime;
using Weld.Syntax;

namespace Weld.Execution.Interpreter;

/// <summary>The interpreter's atomic instructions: operands in consecutive slots from <c>at</c> (the address all 64
/// bits for a 64-bit memory, else its low 32),
/// the result written at <c>at</c>; the work is <see cref="Atomics"/>', which compiled code calls too. Kept out of the
/// dispatch loop: rare, and their throws would slow it.</summary>
internal static class AtomicOps
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Execute(ModuleInstance mod, Opcode op, int memory, ulong offset, ulong[] s, int at)
    {
        var shape = AtomicShape.Of(op) ?? throw new InvalidOperationException($"not an atomic instruction: {op}");
        if (shape.Kind == AtomicKind.Fence)
        {
            Atomics.Fence();
            return;
        }
        var m = mod.Memories[memory];
        ulong address = m.Is64 ? s[at] : (uint)s[at];
        ulong Operand(int i) => shape.Wide ? s[at + i] : (uint)s[at + i];
        ulong result = shape.Kind switch
        {
            AtomicKind.Load => Atomics.Load(m, address, offset, shape.Size),
            AtomicKind.Store => Store(m, address, offset, shape.Size, Operand(1)),
            AtomicKind.Rmw when shape.Rmw == AtomicRmw.Cmpxchg =>
                Atomics.CompareExchange(m, address, offset, shape.Size, Operand(1), Operand(2)),
            AtomicKind.Rmw => Atomics.Rmw(m, address, offset, shape.Size, shape.Rmw, Operand(1)),
            AtomicKind.Wait => (uint)Atomics.Wait(m, address, offset, shape.Size, Operand(1), (long)s[at + 2], mod.Store),
            _ => Atomics.Notify(m, address, offset, (uint)s[at + 1]),
        };
        if (shape.Result is not null) s[at] = result;
    }

    private static ulong Store(MemoryInstance m, ulong address, ulong offset, int size, ulong value)
    {
        Atomics.Store(m, address, offset, size, value);
        return 0;
    }
}
