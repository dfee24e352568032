using System.Runtime.Intrinsics;
using Weld.Execution.Gc;

namespace Weld.Script;

/// <summary>Converts script constants to <see cref="Value"/>s and checks results against expected patterns.</summary>
internal static class ScriptValues
{
    /// <summary>The host value behind <c>ref.extern N</c>: equal when N is equal.</summary>
    internal sealed record HostRef(ulong N)
    {
        public override string ToString() => $"ref.extern {N}";
    }

    public static Value ToValue(ScriptValue v) => v.Kind switch
    {
        ValueKind.I32 => Value.I32((int)(uint)v.Bits),
        ValueKind.I64 => Value.I64((long)v.Bits),
        ValueKind.F32 => Value.F32Bits((uint)v.Bits),
        ValueKind.F64 => Value.F64Bits(v.Bits),
        ValueKind.V128 => Value.V128(v.Bits, v.High),
        ValueKind.FuncRef when v.IsNull => Value.NullFuncRef,
        ValueKind.ExnRef when v.IsNull => Value.NullExnRef,
        _ when v.IsNull && v.Kind != 0 => Value.Default(ValType.From(v.Kind)),
        ValueKind.ExternRef => v.IsNull ? Value.NullExternRef : Value.ExternRef(new HostRef(v.Bits)),
        ValueKind.AnyRef => Value.FromSlots(ValType.Ref(AbstractHeapType.Any), 0, 0, new HostRef(v.Bits)),
        _ => throw new NotSupportedException($"script value {v}"),
    };

    public static bool Matches(ExpectedResult expected, Value actual)
    {
        var e = expected.Value;
        switch (expected.Kind)
        {
            case ExpectedKind.CanonicalNan:
                return e.Kind == ValueKind.F32
                    ? actual.Type.Kind == ValueKind.F32 && (actual.AsF32Bits() & 0x7fffffffu) == 0x7fc00000u
                    : actual.Type.Kind == ValueKind.F64 && (actual.AsF64Bits() & 0x7fffffffffffffffUL) == 0x7ff8000000000000UL;
            case ExpectedKind.ArithmeticNan:
                return e.Kind == ValueKind.F32
                    ? actual.Type.Kind == ValueKind.F32 && (actual.AsF32Bits() & 0x7fc00000u) == 0x7fc00000u
                    : actual.Type.Kind == ValueKind.F64 && (actual.AsF64Bits() & 0x7ff8000000000000UL) == 0x7ff8000000000000UL;
            case ExpectedKind.AnyFuncRef:
                return actual.Type.Kind == ValueKind.FuncRef && !actual.IsNull;
            case ExpectedKind.AnyExternRef:
                return actual.Type.Kind == ValueKind.ExternRef && !actual.IsNull;
            case ExpectedKind.AnyOfHeap:
                return actual.Type.Kind == ValueKind.AnyRef && GcOps.TestAbstract(actual.Ref, (AbstractHeapType)e.Bits, nullable: false);
            case ExpectedKind.V128Lanes:
                return actual.Type.Kind == ValueKind.V128 && V128Lanes.Match(expected.Lanes!, actual);
            case ExpectedKind.Either:
                return expected.Lanes!.Any(alternative => Matches(alternative, actual));
            default:
                if (e.IsNull && e.Kind == 0) return actual.Type.IsReference && actual.IsNull;
                if (actual.Type.Kind != e.Kind) return false;
                if (e.IsNull) return actual.IsNull;
                return e.Kind switch
                {
                    ValueKind.ExternRef => Equals(actual.AsExternRef(), new HostRef(e.Bits)),
                    ValueKind.AnyRef => Equals(actual.Ref, new HostRef(e.Bits)),
                    ValueKind.FuncRef => false,
                    _ => ToValue(e).Equals(actual),
                };
        }
    }

    public static string Describe(ExpectedResult expected) => expected.Kind switch
    {
        ExpectedKind.CanonicalNan => $"{ValType.From(expected.Value.Kind)}:nan:canonical",
        ExpectedKind.ArithmeticNan => $"{ValType.From(expected.Value.Kind)}:nan:arithmetic",
        ExpectedKind.AnyFuncRef => "ref.func",
        ExpectedKind.AnyExternRef => "ref.extern",
        ExpectedKind.AnyOfHeap => "ref." + HeapTypes.Name((AbstractHeapType)expected.Value.Bits),
        ExpectedKind.V128Lanes => "v128 lanes [" + string.Join(" ", expected.Lanes!.Select(Describe)) + "]",
        ExpectedKind.Either => "either(" + string.Join(" | ", expected.Lanes!.Select(Describe)) + ")",
        _ => expected.Value.IsNull
            ? expected.Value.Kind == 0 ? "ref.null" : $"ref.null {ValType.From(expected.Value.Kind)}"
            : ToValue(expected.Value).ToString(),
    };
}

/// <summary>Per-lane v128 patterns: each lane exact (compared bit for bit at the lane's width) or a NaN pattern.</summary>
internal static class V128Lanes
{
    public static bool Match(IReadOnlyList<ExpectedResult> lanes, Value actual)
    {
        var v = actual.AsV128().AsUInt64();
        int n = lanes.Count;
        int width = 128 / n;
        ulong mask = width == 64 ? ulong.MaxValue : (1UL << width) - 1;
        for (int i = 0; i < n; i++)
        {
            var lane = lanes[i];
            int bit = i * width;
            ulong bits = (v.GetElement(bit >> 6) >> (bit & 63)) & mask;
            if (lane.Kind == ExpectedKind.Exact)
            {
                if (bits != (lane.Value.Bits & mask)) return false;
                continue;
            }
            // NaN patterns: check the lane as a float of its width.
            Value laneValue = width == 32 ? Value.F32Bits((uint)bits) : Value.F64Bits(bits);
            if (!ScriptValues.Matches(lane, laneValue)) return false;
        }
        return true;
    }
}
