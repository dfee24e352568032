using Weld.Fuzz.Sessions;

namespace Weld.Fuzz.Comparison;

/// <summary>Which calls a module gets: every exported function the host can call with made-up numbers (and, with
/// <c>nullReferences</c>, nulls for its nullable reference parameters), in export order, once per argument vector.</summary>
public static class CallPlan
{
    public static List<PlannedCall> For(Module module, int vectors, bool nullReferences = false)
    {
        var plan = new List<PlannedCall>();
        foreach (var export in module.Exports)
        {
            if (export.Type is not FuncType type || !ArgumentVectors.IsCallable(type, nullReferences)) continue;
            for (int row = 0; row < vectors; row++) plan.Add(new PlannedCall(export.Name, ArgumentVectors.For(type.Parameters, row)));
        }
        return plan;
    }
}
