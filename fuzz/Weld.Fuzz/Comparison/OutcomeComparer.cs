using Weld.Fuzz.Sessions;

namespace Weld.Fuzz.Comparison;

/// <summary>
/// Compares outcomes and states of two engines. Returns null when they match, else what differs. Outcomes that
/// ran into a limit or a budget are not compared (the caller restarts the instances). Traps match by code; with
/// <paramref name="coarseTraps"/>, codes that another engine (wasmtime) reports as one are one:
/// <see cref="TrapCode.UndefinedElement"/> (a <c>call_indirect</c> past the table's end) and
/// <see cref="TrapCode.TableOutOfBounds"/>, and the null function, struct and array references and
/// <see cref="TrapCode.NullReference"/>.
/// </summary>
public sealed class OutcomeComparer(NanRule nanRule, bool coarseTraps)
{
    /// <summary>How many values or memory words matched only up to NaN payloads.</summary>
    public int NanAllowances { get; private set; }

    public string? Compare(CallOutcome a, CallOutcome b)
    {
        if (a.Kind != b.Kind) return $"{a} vs {b}";
        switch (a.Kind)
        {
            case OutcomeKind.Trapped:
                return SameTrap(Normalize(a.Trap!.Value), Normalize(b.Trap!.Value)) ? null : $"{a} vs {b}";
            case OutcomeKind.Returned:
                if (a.Results.Count != b.Results.Count) return $"{a} vs {b}";
                for (int i = 0; i < a.Results.Count; i++)
                {
                    if (!Matches(a.Results[i], b.Results[i])) return $"result {i}: {a} vs {b}";
                }
                return null;
            default:
                return null;
        }
    }

    public string? Compare(StateSnapshot a, StateSnapshot b)
    {
        foreach (var (name, bytes) in a.Memories)
        {
            if (!b.Memories.TryGetValue(name, out var other)) return $"memory {name} missing";
            if (MemoryDifference(bytes, other) is { } where) return $"memory {name}: {where}";
        }
        foreach (var (name, value) in a.Globals)
        {
            if (!b.Globals.TryGetValue(name, out var other)) return $"global {name} missing";
            if (!Matches(value, other)) return $"global {name}: {value} vs {other}";
        }
        if (a.Memories.Count != b.Memories.Count || a.Globals.Count != b.Globals.Count) return "different exports";
        return null;
    }

    /// <summary>With <c>coarseTraps</c>, a null reference also matches an array access out of bounds: when a bulk array
    /// instruction (<c>array.copy</c>, <c>array.fill</c>, <c>array.init_*</c>) has both a null operand and a range out of
    /// bounds, the spec traps on the null first (Weld), wasmtime on the bounds. Either way the instruction traps, and wasm
    /// cannot tell the reasons apart.</summary>
    private bool SameTrap(TrapCode a, TrapCode b) => a == b
        || (coarseTraps && (a, b) is (TrapCode.NullReference, TrapCode.ArrayOutOfBounds) or (TrapCode.ArrayOutOfBounds, TrapCode.NullReference));

    private TrapCode Normalize(TrapCode code) => !coarseTraps ? code : code switch
    {
        TrapCode.UndefinedElement => TrapCode.TableOutOfBounds,
        TrapCode.NullFunctionReference or TrapCode.NullStructReference or TrapCode.NullArrayReference => TrapCode.NullReference,
        _ => code,
    };

    private bool Matches(WasmValue a, WasmValue b)
    {
        if (a.Kind != b.Kind) return false;
        if (a.Low == b.Low && a.High == b.High) return true;
        // A reference one engine shows only as non-null matches any non-null reference of its kind.
        if (a.IsReference)
            return (a.Shape == RefShape.Opaque && b.Shape != RefShape.Null) || (b.Shape == RefShape.Opaque && a.Shape != RefShape.Null);
        if (nanRule == NanRule.BitExact) return false;
        bool same = a.Kind switch
        {
            ValueKind.I32 or ValueKind.F32 => FloatBits.IsQuietNaN32((uint)a.Low) && FloatBits.IsQuietNaN32((uint)b.Low),
            ValueKind.I64 or ValueKind.F64 => FloatBits.SameUpToNaN64(a.Low, b.Low),
            ValueKind.V128 => FloatBits.SameUpToNaN64(a.Low, b.Low) && FloatBits.SameUpToNaN64(a.High, b.High),
            _ => false,
        };
        if (same) NanAllowances++;
        return same;
    }

    /// <summary>Null when equal; else the first offset that differs other than as a quiet NaN of either width.</summary>
    private string? MemoryDifference(byte[] a, byte[] b)
    {
        if (a.Length != b.Length) return $"length {a.Length} vs {b.Length}";
        var left = a.AsSpan();
        var right = b.AsSpan();
        if (left.SequenceEqual(right)) return null;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) continue;
            if (nanRule == NanRule.BitExact || !InsideNaNs(a, b, i)) return $"first difference at 0x{i:x}: 0x{a[i]:x2} vs 0x{b[i]:x2}";
            NanAllowances++;
        }
        return null;
    }

    /// <summary>Whether byte <paramref name="at"/> lies in a 4- or 8-byte window (at any alignment: stores need not be
    /// aligned) that holds a quiet NaN in both memories.</summary>
    private static bool InsideNaNs(byte[] a, byte[] b, int at)
    {
        for (int start = Math.Max(0, at - 3); start <= at && start + 4 <= a.Length; start++)
        {
            if (FloatBits.IsQuietNaN32(BitConverter.ToUInt32(a, start)) && FloatBits.IsQuietNaN32(BitConverter.ToUInt32(b, start))) return true;
        }
        for (int start = Math.Max(0, at - 7); start <= at && start + 8 <= a.Length; start++)
        {
            if (FloatBits.IsQuietNaN64(BitConverter.ToUInt64(a, start)) && FloatBits.IsQuietNaN64(BitConverter.ToUInt64(b, start))) return true;
        }
        return false;
    }
}
