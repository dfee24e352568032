using Weld.Syntax;
using Weld.Validation;

namespace Weld.Execution;

/// <summary>What an atomic instruction does, read off its opcode (the 0xFE family's layout) and the instruction
/// table's signature: the back ends translate every atomic through this one description.</summary>
internal readonly record struct AtomicShape(AtomicKind Kind, AtomicRmw Rmw, int Size, bool Wide)
{
    private const int Notify = 0x00, Wait32 = 0x01, Wait64 = 0x02, Fence = 0x03;
    private const int FirstLoad = 0x10, FirstStore = 0x17, FirstRmw = 0x1E, WidthsPerRmw = 7;

    public static AtomicShape? Of(Opcode op)
    {
        if (!OpcodeFamilies.IsAtomic(op)) return null;
        int sub = (int)op - OpcodeFamilies.AtomicBase;
        var sig = OperatorSignatures.Table[(int)op];
        int size = 1 << sig.MaxAlign;
        return sub switch
        {
            Notify => new(AtomicKind.Notify, default, 4, false),
            Wait32 => new(AtomicKind.Wait, default, 4, false),
            Wait64 => new(AtomicKind.Wait, default, 8, true),
            Fence => new(AtomicKind.Fence, default, 0, false),
            >= FirstLoad and < FirstStore => new(AtomicKind.Load, default, size, sig.Result == ValueKind.I64),
            >= FirstStore and < FirstRmw => new(AtomicKind.Store, default, size, sig.P1 == ValueKind.I64),
            >= FirstRmw => new(AtomicKind.Rmw, (AtomicRmw)((sub - FirstRmw) / WidthsPerRmw), size, sig.Result == ValueKind.I64),
            _ => null,
        };
    }

    /// <summary>Operands the instruction pops (the address included).</summary>
    public int Operands => Kind switch
    {
        AtomicKind.Fence => 0,
        AtomicKind.Load => 1,
        AtomicKind.Wait => 3,
        AtomicKind.Rmw when Rmw == AtomicRmw.Cmpxchg => 3,
        _ => 2,
    };

    /// <summary>The result's kind, or null for stores and the fence.</summary>
    public ValueKind? Result => Kind switch
    {
        AtomicKind.Store or AtomicKind.Fence => null,
        AtomicKind.Notify or AtomicKind.Wait => ValueKind.I32,
        _ => Wide ? ValueKind.I64 : ValueKind.I32,
    };
}

internal enum AtomicKind : byte { Load, Store, Rmw, Wait, Notify, Fence }
