using Weld.Fuzz.Comparison;
using Weld.Fuzz.Sessions;
using Wt = Wasmtime;

namespace Weld.Differential.Tests;

/// <summary>The three engines compared: wasmtime (the reference, run first, with fuel) and Weld's two back ends.</summary>
internal sealed class Engines : IDisposable
{
    /// <summary>Fuel per call: enough for every spec test's own calls, little enough that a runaway loop ends in
    /// milliseconds on Weld's interpreter (which then never runs that call).</summary>
    public const ulong FuelPerCall = 2_000_000;

    private static readonly Lazy<Wt.Engine> SharedWasmtime = new(() => new Wt.Engine(Wasm20Config()));

    /// <summary>wasmtime making every NaN that a float operation produces canonical: another legal execution, against
    /// which a difference from the reference is checked before it counts (a NaN's sign and payload can travel into
    /// integer results through reinterpret and SIMD integer operations, beyond what comparing NaNs can see).</summary>
    private static readonly Lazy<Wt.Engine> CanonicalNaNWasmtime = new(() => new Wt.Engine(Wasm20Config().WithCraneliftNaNCanonicalization(true)));

    public Engines(TimeSpan weldTimeout) => Runner = new BoundedRunner(weldTimeout);

    public Wt.Engine Wasmtime => SharedWasmtime.Value;
    // WebAssembly 2.0 alone, as wasmtime is configured (Wasm20Config).
    public Engine Interpreter { get; } = new(WeldSession.BoundedOptions(Backend.Interpreter, WasmFeatures.None));
    public Engine Compiler { get; } = new(WeldSession.BoundedOptions(Backend.Compiler, WasmFeatures.None));
    public BoundedRunner Runner { get; }

    /// <summary>wasmtime with fuel and without the proposals after WebAssembly 2.0, so that both validators judge the same
    /// language.</summary>
    private static Wt.Config Wasm20Config() => new Wt.Config()
        .WithFuelConsumption(true)
        .WithTailCalls(false)
        .WithFunctionReferences(false)
        .WithGc(false)
        .WithMultiMemory(false)
        .WithMemory64(false)
        .WithRelaxedSIMD(false, false)
        .WithWasmThreads(false)
        .WithExceptions(false)
        .WithWideArithmetic(false);

    /// <summary>Null when both validators accept the bytes; else who rejected it and why.</summary>
    public string? Rejection(byte[] wasm)
    {
        var weld = Module.Validate(Interpreter, wasm);
        string? wasmtime = Wt.Module.Validate(Wasmtime, wasm);
        if (weld is null && wasmtime is null) return null;
        return $"weld: {weld?.Message ?? "valid"}; wasmtime: {wasmtime ?? "valid"}";
    }

    /// <summary>Runs a valid module's plan on the three engines. A module that imports one name at two types is not
    /// run (an empty report): wasmtime's linker stubs imports by name, so it cannot give such a module its stubs.</summary>
    public DriverReport Compare(string name, byte[] wasm, int vectors)
    {
        var interpreted = Module.FromBytes(Interpreter, wasm);
        if (interpreted.Imports.GroupBy(i => (i.Module, i.Name)).Any(g => g.Select(i => i.Type).Distinct().Count() > 1)) return new DriverReport();
        var compiled = Module.FromBytes(Compiler, wasm);
        using var reference = Wt.Module.FromBytes(Wasmtime, name, wasm);
        using var canonical = Wt.Module.FromBytes(CanonicalNaNWasmtime.Value, name, wasm);
        return DifferentialDriver.Run(
            name,
            [
                () => new WasmtimeSession(Wasmtime, reference, FuelPerCall),
                () => new WasmtimeSession(CanonicalNaNWasmtime.Value, canonical, FuelPerCall),
                () => new WeldSession(interpreted, Runner),
                () => new WeldSession(compiled, Runner),
            ],
            CallPlan.For(interpreted, vectors),
            new OutcomeComparer(NanRule.SpecNondeterminism, coarseTraps: true),
            alternates: 1);
    }

    public void Dispose() => Runner.Dispose();
}
