namespace Weld.Fuzz.Sessions;

/// <summary>How a call (or an instantiation) ended.</summary>
public enum OutcomeKind
{
    /// <summary>Returned <see cref="CallOutcome.Results"/>.</summary>
    Returned,
    /// <summary>Trapped with <see cref="CallOutcome.Trap"/>.</summary>
    Trapped,
    /// <summary>Ran out of a resource the spec leaves to the engine (call stack, memory, instance limits): compared
    /// with nothing, and the instances are started afresh after it, since their states may now differ.</summary>
    ResourceLimit,
    /// <summary>Ran out of the engine's execution budget (wasmtime's fuel): the call is skipped on every engine.</summary>
    OutOfBudget,
    /// <summary>The module could not be instantiated for another reason (link error).</summary>
    Unlinkable,
    /// <summary>A wasm exception that no handler caught reached the host (exception handling): compared by kind only,
    /// since tags and payloads are identities of one engine.</summary>
    Thrown,
}

/// <summary>The outcome of one call or instantiation. <see cref="Trap"/> is Weld's trap code (another engine's traps
/// are mapped onto it); <see cref="Detail"/> is free text for reports.</summary>
public sealed record CallOutcome(OutcomeKind Kind, IReadOnlyList<WasmValue> Results, TrapCode? Trap, string Detail)
{
    public static CallOutcome Returned(IReadOnlyList<WasmValue> results) => new(OutcomeKind.Returned, results, null, "");
    public static CallOutcome Trapped(TrapCode code, string detail) => new(OutcomeKind.Trapped, [], code, detail);
    public static CallOutcome Limit(string detail) => new(OutcomeKind.ResourceLimit, [], null, detail);
    public static CallOutcome Budget(string detail) => new(OutcomeKind.OutOfBudget, [], null, detail);
    public static CallOutcome Unlinkable(string detail) => new(OutcomeKind.Unlinkable, [], null, detail);
    public static CallOutcome Thrown(string detail) => new(OutcomeKind.Thrown, [], null, detail);

    public override string ToString() => Kind switch
    {
        OutcomeKind.Returned => $"returned [{string.Join(", ", Results)}]",
        OutcomeKind.Trapped => $"trap {Trap} ({Detail})",
        _ => $"{Kind} ({Detail})",
    };
}
