using System.Runtime.Intrinsics;

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
        ValueKind.ExternRef => v.IsNull ? Value.NullExternRef : Value.ExternRef(new HostRef(v.Bits)),
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
            case ExpectedKind.V128Lanes:
                return actual.Type.Kind == ValueKind.V128 && V128Lanes.Match(expected.Lanes!, actual);
            default:
                if (actual.Type.Kind != e.Kind) return false;
                if (e.IsNull) return actual.IsNull;
                return e.Kind switch
                {
                    ValueKind.ExternRef => Equals(actual.AsExternRef(), new HostRef(e.Bits)),
                    ValueKind.FuncRef => false,
                    _ => ToValue(e).Equals(actual),
                };
        }
    }

    public static string Describe(ExpectedResult expected) => expected.Kind switch
    {
        ExpectedKind.CanonicalNan => $"{ValueType.From(expected.Value.Kind)}:nan:canonical",
        ExpectedKind.ArithmeticNan => $"{ValueType.From(expected.Value.Kind)}:nan:arithmetic",
        ExpectedKind.AnyFuncRef => "ref.func",
        ExpectedKind.AnyExternRef => "ref.extern",
        ExpectedKind.V128Lanes => "v128 lanes [" + string.Join(" ", expected.Lanes!.Select(Describe)) + "]",
        _ => expected.Value.IsNull ? $"ref.null {ValueType.From(expected.Value.Kind)}" : ToValue(expected.Value).ToString(),
    };
}

/// <summary>Per-lane v128 patterns (filled in with SIMD): each lane exact or a NaN pattern.</summary>
internal static class V128Lanes
{
    public static bool Match(IReadOnlyList<ExpectedResult> lanes, Value actual)
    {
        var v = actual.AsV128();
        int n = lanes.Count;
        for (int i = 0; i < n; i++)
        {
            var lane = lanes[i];
            Value laneValue = (n, lane.Value.Kind) switch
            {
                (4, ValueKind.F32) => Value.F32Bits(v.AsUInt32().GetElement(i)),
                (2, ValueKind.F64) => Value.F64Bits(v.AsUInt64().GetElement(i)),
                _ => throw new NotSupportedException("integer lanes are compared as a whole v128"),
            };
            if (!ScriptValues.Matches(lane, laneValue)) return false;
        }
        return true;
    }
}
