using Weld.Fuzz.Comparison;
using Weld.Fuzz.Sessions;

namespace Weld.Fuzz.Tests;

/// <summary>The driver over scripted sessions: a planted wrong result is reported; budgets and limits skip and restart.</summary>
public class DifferentialDriverTests
{
    private static readonly PlannedCall[] Plan = [new("f", [WasmValue.I32(0)]), new("g", [])];

    [Fact]
    public void APlantedWrongResultIsReported()
    {
        var report = Run(new Scripted("a", _ => CallOutcome.Returned([WasmValue.I32(1)])), new Scripted("b", call =>
            CallOutcome.Returned([WasmValue.I32(call.Export == "g" ? 2 : 1)])));
        Assert.Equal(2, report.CallsCompared);
        Assert.Single(report.Differences);
        Assert.Contains("g()", report.Differences[0]);
    }

    [Fact]
    public void AReferenceOutOfBudgetSkipsTheCallEverywhereAndRestarts()
    {
        var other = new Scripted("b", _ => throw new InvalidOperationException("must not run"));
        var report = Run(new Scripted("a", _ => CallOutcome.Budget("fuel")), other);
        Assert.Empty(report.Differences);
        Assert.Equal(2, report.CallsInconclusive);
        Assert.Equal(2, report.Restarts);
    }

    [Fact]
    public void AResourceLimitOnOneSideIsNotADifference()
    {
        var report = Run(new Scripted("a", _ => CallOutcome.Limit("stack")), new Scripted("b", _ => CallOutcome.Returned([])));
        Assert.Empty(report.Differences);
        Assert.Equal(0, report.CallsCompared);
    }

    [Fact]
    public void AnEngineThatMatchesAnAlternateReferenceIsNotADifference()
    {
        var reference = new Scripted("a", _ => CallOutcome.Returned([WasmValue.I32(1)]));
        var alternate = new Scripted("a2", _ => CallOutcome.Returned([WasmValue.I32(2)]));
        var matching = new Scripted("b", _ => CallOutcome.Returned([WasmValue.I32(2)]));
        var neither = new Scripted("c", _ => CallOutcome.Returned([WasmValue.I32(3)]));
        var report = DifferentialDriver.Run(
            "m",
            [() => reference, () => alternate, () => matching, () => neither],
            Plan,
            new OutcomeComparer(NanRule.BitExact, false),
            alternates: 1);
        Assert.Equal(2, report.Differences.Count);
        Assert.All(report.Differences, d => Assert.Contains("a vs c", d));
    }

    [Fact]
    public void DifferentFinalStatesAreReported()
    {
        var report = Run(
            new Scripted("a", _ => CallOutcome.Returned([]), memoryByte: 1),
            new Scripted("b", _ => CallOutcome.Returned([]), memoryByte: 2));
        Assert.Single(report.Differences);
        Assert.Contains("final state", report.Differences[0]);
    }

    private static DriverReport Run(Scripted reference, Scripted other) =>
        DifferentialDriver.Run("m", [() => reference, () => other], Plan, new OutcomeComparer(NanRule.BitExact, coarseTraps: false));

    private sealed class Scripted(string name, Func<PlannedCall, CallOutcome> answer, byte memoryByte = 0) : IModuleSession
    {
        public string Engine => name;

        public CallOutcome Instantiate() => CallOutcome.Returned([]);

        public CallOutcome Call(string export, IReadOnlyList<WasmValue> args) => answer(new PlannedCall(export, args));

        public StateSnapshot Snapshot() =>
            new(new Dictionary<string, byte[]> { ["memory"] = [memoryByte] }, new Dictionary<string, WasmValue>());

        public void Dispose() { }
    }
}
