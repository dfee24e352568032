using Weld.Fuzz.Sessions;

namespace Weld.Fuzz.Comparison;

/// <summary>One call of a plan: an export and its arguments.</summary>
public sealed record PlannedCall(string Export, IReadOnlyList<WasmValue> Args)
{
    public override string ToString() => $"{Export}({string.Join(", ", Args)})";
}

/// <summary>What a differential run saw.</summary>
public sealed class DriverReport
{
    public List<string> Differences { get; } = [];
    public int CallsCompared { get; set; }
    /// <summary>Calls that ran out of the reference engine's budget, or into a resource limit somewhere.</summary>
    public int CallsInconclusive { get; set; }
    public int Restarts { get; set; }
}

/// <summary>
/// Runs one plan of calls on several engines side by side and compares every outcome with the first engine's, the
/// reference, and the final states too. The reference runs each call first: if it runs out of its budget (wasmtime's
/// fuel), the others never run that call. After an inconclusive call (budget or resource limit) the states may differ,
/// so every engine starts again from a fresh instance and the plan goes on.
/// </summary>
public static class DifferentialDriver
{
    public static DriverReport Run(
        string module, IReadOnlyList<Func<IModuleSession>> engines, IReadOnlyList<PlannedCall> plan, OutcomeComparer comparer)
    {
        var report = new DriverReport();
        var sessions = Start(module, engines, comparer, report);
        try
        {
            if (sessions is null) return report;
            foreach (var call in plan)
            {
                if (!RunCall(module, sessions, call, comparer, report)) continue;
                CompareStates(module, sessions, comparer, report);
                Dispose(sessions);
                report.Restarts++;
                sessions = Start(module, engines, comparer, report);
                if (sessions is null) return report;
            }
            CompareStates(module, sessions, comparer, report);
            return report;
        }
        finally
        {
            if (sessions is not null) Dispose(sessions);
        }
    }

    /// <summary>Runs one call everywhere; true when the instances must be restarted after it.</summary>
    private static bool RunCall(string module, IModuleSession[] sessions, PlannedCall call, OutcomeComparer comparer, DriverReport report)
    {
        var reference = sessions[0].Call(call.Export, call.Args);
        if (reference.Kind == OutcomeKind.OutOfBudget)
        {
            report.CallsInconclusive++;
            return true;
        }
        var outcomes = new CallOutcome[sessions.Length];
        outcomes[0] = reference;
        for (int i = 1; i < sessions.Length; i++) outcomes[i] = sessions[i].Call(call.Export, call.Args);
        if (outcomes.Any(o => o.Kind is OutcomeKind.ResourceLimit or OutcomeKind.OutOfBudget))
        {
            report.CallsInconclusive++;
            return true;
        }
        report.CallsCompared++;
        for (int i = 1; i < sessions.Length; i++)
        {
            if (comparer.Compare(reference, outcomes[i]) is { } difference)
                report.Differences.Add($"{module}: {call}: {sessions[0].Engine} vs {sessions[i].Engine}: {difference}");
        }
        return false;
    }

    private static void CompareStates(string module, IModuleSession[] sessions, OutcomeComparer comparer, DriverReport report)
    {
        var reference = sessions[0].Snapshot();
        for (int i = 1; i < sessions.Length; i++)
        {
            if (comparer.Compare(reference, sessions[i].Snapshot()) is { } difference)
                report.Differences.Add($"{module}: final state: {sessions[0].Engine} vs {sessions[i].Engine}: {difference}");
        }
    }

    /// <summary>Instantiates on every engine; null when the plan cannot run (instantiation failed, alike or not).</summary>
    private static IModuleSession[]? Start(string module, IReadOnlyList<Func<IModuleSession>> engines, OutcomeComparer comparer, DriverReport report)
    {
        var sessions = new IModuleSession[engines.Count];
        var outcomes = new CallOutcome[engines.Count];
        try
        {
            for (int i = 0; i < engines.Count; i++)
            {
                sessions[i] = engines[i]();
                outcomes[i] = sessions[i].Instantiate();
            }
        }
        catch
        {
            Dispose(sessions);
            throw;
        }
        if (outcomes.All(o => o.Kind == OutcomeKind.Returned)) return sessions;
        bool inconclusive = outcomes.Any(o => o.Kind is OutcomeKind.ResourceLimit or OutcomeKind.OutOfBudget);
        if (!inconclusive)
        {
            for (int i = 1; i < engines.Count; i++)
            {
                if (comparer.Compare(outcomes[0], outcomes[i]) is { } difference)
                    report.Differences.Add($"{module}: instantiation: {sessions[0].Engine} vs {sessions[i].Engine}: {difference}");
            }
        }
        Dispose(sessions);
        return null;
    }

    private static void Dispose(IModuleSession?[] sessions)
    {
        foreach (var session in sessions) session?.Dispose();
    }
}
