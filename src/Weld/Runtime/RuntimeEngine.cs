using Weld.Execution;

namespace Weld.Runtime;

/// <summary>What the runtime and the back ends need of an engine: its limits and its back end. The public
/// <c>Engine</c> makes one and wraps it.</summary>
internal sealed partial class RuntimeEngine(RuntimeOptions options, CodeBackend code)
{
    public RuntimeOptions Options { get; } = options;
    public CodeBackend Code { get; } = code;

    /// <summary>The proposals beyond 2.0 that modules may use.</summary>
    public WasmFeatures Features { get; init; } = WasmFeatures.Default;

    /// <summary>The canonical types of this engine's modules (type indices are closed to their ids): the
    /// process-wide registry, so that ids mean the same in every engine.</summary>
    public TypeRegistry Types => TypeRegistry.Shared;

    /// <summary>The epoch that store deadlines are measured against.</summary>
    public EpochClock Epoch { get; } = new();

    /// <summary>The public object that wraps this one. Set by the API layer; opaque to the runtime, which never
    /// reads it (it lets the API find its wrapper again without a lookup table).</summary>
    public object? Owner { get; init; }
}

/// <summary>An engine's limits as the runtime reads them (a snapshot of the public options).</summary>
/// <param name="MaxCallDepth">Wasm call depth on one thread before "call stack exhausted".</param>
/// <param name="MaxMemoryPages">Largest size any memory may grow to, in pages.</param>
/// <param name="MaxTableElements">Largest size any table may grow to; also the most one instantiation may allocate.</param>
/// <param name="InterpretFunction">For tests of mixed code: functions (by name) the compiler leaves to the interpreter.</param>
/// <param name="ConsumeFuel">Whether code is prepared to charge fuel (<see cref="Execution.FuelCosts"/>).</param>
/// <param name="Interruptible">Whether code checks the store's interrupt word at function entries and loop heads.</param>
internal sealed record RuntimeOptions(
    int MaxCallDepth, ulong MaxMemoryPages, uint MaxTableElements, Func<string, bool>? InterpretFunction = null, bool ConsumeFuel = false,
    bool Interruptible = true);
