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
/// so every engine starts again from a fresh instance and the plan goes on. The <c>alternates</c> engines after the
/// reference are other legal executions (wasmtime canonicalizing NaNs): an engine that differs from the reference but
/// matches one of them is not a difference, since the spec allows either.
/// </summary>
public static class DifferentialDriver
{
    public static DriverReport Run(
        string module,
        IReadOnlyList<Func<IModuleSession>> engines,
        IReadOnlyList<PlannedCall> plan,
        OutcomeComparer comparer,
        int alternates = 0)
    {
        var report = new DriverReport();
        var context = new Context(module, comparer, report, alternates);
        var sessions = Start(context, engines);
        try
        {
            if (sessions is null) return report;
            foreach (var call in plan)
            {
                if (!RunCall(context, sessions, call)) continue;
                Dispose(sessions);
                report.Restarts++;
                sessions = Start(context, engines);
                if (sessions is null) return report;
            }
            CompareStates(context, sessions);
            return report;
        }
        finally
        {
            if (sessions is not null) Dispose(sessions);
        }
    }

    /// <summary>Runs one call everywhere; true when the instances must be restarted after it.</summary>
    private static bool RunCall(Context context, IModuleSession[] sessions, PlannedCall call)
    {
        var report = context.Report;
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
        for (int i = 1 + context.Alternates; i < sessions.Length; i++)
        {
            if (context.Comparer.Compare(reference, outcomes[i]) is not { } difference) continue;
            if (Enumerable.Range(1, context.Alternates).Any(a => context.Comparer.Compare(outcomes[a], outcomes[i]) is null)) continue;
            report.Differences.Add($"{context.Module}: {call}: {sessions[0].Engine} vs {sessions[i].Engine}: {difference}");
        }
        return false;
    }

    private static void CompareStates(Context context, IModuleSession[] sessions)
    {
        var states = sessions.Select(s => s.Snapshot()).ToArray();
        for (int i = 1 + context.Alternates; i < sessions.Length; i++)
        {
            if (context.Comparer.Compare(states[0], states[i]) is not { } difference) continue;
            if (Enumerable.Range(1, context.Alternates).Any(a => context.Comparer.Compare(states[a], states[i]) is null)) continue;
            context.Report.Differences.Add($"{context.Module}: final state: {sessions[0].Engine} vs {sessions[i].Engine}: {difference}");
        }
    }

    /// <summary>Instantiates on every engine; null when the plan cannot run (instantiation failed, alike or not).</summary>
    private static IModuleSession[]? Start(Context context, IReadOnlyList<Func<IModuleSession>> engines)
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
            for (int i = 1 + context.Alternates; i < engines.Count; i++)
            {
                if (context.Comparer.Compare(outcomes[0], outcomes[i]) is { } difference)
                    context.Report.Differences.Add($"{context.Module}: instantiation: {sessions[0].Engine} vs {sessions[i].Engine}: {difference}");
            }
        }
        Dispose(sessions);
        return null;
    }

    private sealed record Context(string Module, OutcomeComparer Comparer, DriverReport Report, int Alternates);

    private static void Dispose(IModuleSession?[] sessions)
    {
        foreach (var session in sessions) session?.Dispose();
    }
}
