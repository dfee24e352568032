using Weld.Fuzz.Comparison;
using Weld.Fuzz.Sessions;

namespace Weld.Fuzz.Tests;

/// <summary>The comparison rules: bit-exact values, NaN payloads under the spec's nondeterminism, trap codes.</summary>
public class OutcomeComparerTests
{
    private static CallOutcome Returned(params WasmValue[] values) => CallOutcome.Returned(values);

    [Fact]
    public void DifferentIntegersDiffer()
    {
        var comparer = new OutcomeComparer(NanRule.SpecNondeterminism, coarseTraps: true);
        Assert.NotNull(comparer.Compare(Returned(WasmValue.I32(0)), Returned(WasmValue.I32(1))));
        Assert.Null(comparer.Compare(Returned(WasmValue.I64(-1)), Returned(WasmValue.I64(-1))));
    }

    [Fact]
    public void ZerosOfDifferentSignDiffer()
    {
        var comparer = new OutcomeComparer(NanRule.SpecNondeterminism, coarseTraps: true);
        Assert.NotNull(comparer.Compare(Returned(WasmValue.F32Bits(0)), Returned(WasmValue.F32Bits(0x8000_0000))));
    }

    [Fact]
    public void QuietNaNsMatchOnlyUnderTheSpecRule()
    {
        var canonical = Returned(WasmValue.F64Bits(0x7ff8_0000_0000_0000));
        var negativeWithPayload = Returned(WasmValue.F64Bits(0xfff8_0000_0000_0001));
        Assert.Null(new OutcomeComparer(NanRule.SpecNondeterminism, true).Compare(canonical, negativeWithPayload));
        Assert.NotNull(new OutcomeComparer(NanRule.BitExact, false).Compare(canonical, negativeWithPayload));
    }

    [Fact]
    public void CoarseTrapsMatchNullArrayAndArrayBoundsTraps()
    {
        var nullArray = CallOutcome.Trapped(TrapCode.NullArrayReference, "");
        var bounds = CallOutcome.Trapped(TrapCode.ArrayOutOfBounds, "");
        Assert.Null(new OutcomeComparer(NanRule.SpecNondeterminism, coarseTraps: true).Compare(bounds, nullArray));
        Assert.NotNull(new OutcomeComparer(NanRule.BitExact, coarseTraps: false).Compare(bounds, nullArray));
        var unreachable = CallOutcome.Trapped(TrapCode.Unreachable, "");
        Assert.NotNull(new OutcomeComparer(NanRule.SpecNondeterminism, coarseTraps: true).Compare(bounds, unreachable));
    }

    [Fact]
    public void SignalingNaNNeverMatchesAQuietOne()
    {
        var comparer = new OutcomeComparer(NanRule.SpecNondeterminism, coarseTraps: true);
        Assert.NotNull(comparer.Compare(Returned(WasmValue.F32Bits(0x7fa0_0000)), Returned(WasmValue.F32Bits(0x7fc0_0000))));
    }

    [Fact]
    public void NaNBitsInAnIntegerMatchOnlyWhenBothAreQuietNaNs()
    {
        var comparer = new OutcomeComparer(NanRule.SpecNondeterminism, coarseTraps: true);
        Assert.Null(comparer.Compare(Returned(WasmValue.I32(0x7fc0_0000)), Returned(WasmValue.I32(unchecked((int)0xffc0_0000)))));
        Assert.NotNull(comparer.Compare(Returned(WasmValue.I32(0x7fc0_0000)), Returned(WasmValue.I32(0x7f80_0000))));
    }

    [Fact]
    public void TrapsMatchByCodeWithTableTrapsAlikeOnRequest()
    {
        var undefined = CallOutcome.Trapped(TrapCode.UndefinedElement, "");
        var table = CallOutcome.Trapped(TrapCode.TableOutOfBounds, "");
        Assert.Null(new OutcomeComparer(NanRule.SpecNondeterminism, coarseTraps: true).Compare(undefined, table));
        Assert.NotNull(new OutcomeComparer(NanRule.BitExact, coarseTraps: false).Compare(undefined, table));
        Assert.NotNull(new OutcomeComparer(NanRule.BitExact, true).Compare(undefined, CallOutcome.Trapped(TrapCode.Unreachable, "")));
        Assert.NotNull(new OutcomeComparer(NanRule.BitExact, true).Compare(undefined, Returned()));
    }

    [Fact]
    public void MemoriesMatchUpToQuietNaNWordsAtAnyAlignment()
    {
        var comparer = new OutcomeComparer(NanRule.SpecNondeterminism, coarseTraps: true);
        byte[] a = new byte[16], b = new byte[16];
        BitConverter.GetBytes(0x7fc0_0000u).CopyTo(a, 3);
        BitConverter.GetBytes(0x7fc0_1234u).CopyTo(b, 3);
        Assert.Null(comparer.Compare(State(a), State(b)));
        b[12] = 1;
        Assert.NotNull(comparer.Compare(State(a), State(b)));
        Assert.NotNull(new OutcomeComparer(NanRule.BitExact, false).Compare(State(a), State(a[..8])));
    }

    private static StateSnapshot State(byte[] memory) =>
        new(new Dictionary<string, byte[]> { ["memory"] = memory }, new Dictionary<string, WasmValue>());
}
