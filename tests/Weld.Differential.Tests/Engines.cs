using Weld.Fuzz.Comparison;
using Weld.Fuzz.Corpus;
using Weld.Fuzz.Sessions;
using Wt = Wasmtime;

namespace Weld.Differential.Tests;

/// <summary>The three engines compared: wasmtime (the reference, run first, with fuel) and Weld's two back ends, all
/// configured for one language: WebAssembly 2.0 alone, or 3.0 (<see cref="Wasm30Features"/>).</summary>
internal sealed class Engines : IDisposable
{
    /// <summary>Fuel per call: enough for every spec test's own calls, little enough that a runaway loop ends in
    /// milliseconds on Weld's interpreter (which then never runs that call).</summary>
    public const ulong FuelPerCall = 2_000_000;

    /// <summary>WebAssembly 3.0 as both engines can turn it on: every proposal of 3.0; not threads, which 3.0 does not
    /// include (wasmtime's is off too).</summary>
    public const WasmFeatures Wasm30Features = WasmFeatures.Default & ~WasmFeatures.Threads;

    private static readonly Lazy<Wt.Engine> Wasm20Wasmtime = new(() => new Wt.Engine(Wasm20Config()));
    private static readonly Lazy<Wt.Engine> Wasm30Wasmtime = new(() => new Wt.Engine(Wasm30Config()));

    /// <summary>wasmtime making every NaN that a float operation produces canonical: another legal execution, against
    /// which a difference from the reference is checked before it counts (a NaN's sign and payload can travel into
    /// integer results through reinterpret and SIMD integer operations, beyond what comparing NaNs can see).</summary>
    private static readonly Lazy<Wt.Engine> Wasm20Canonical = new(() => new Wt.Engine(Wasm20Config().WithCraneliftNaNCanonicalization(true)));
    private static readonly Lazy<Wt.Engine> Wasm30Canonical = new(() => new Wt.Engine(Wasm30Config().WithCraneliftNaNCanonicalization(true)));

    private readonly bool _wasm30;

    /// <summary>Engines for <paramref name="level"/>'s language: 3.0 for wasm-3.0, else 2.0.</summary>
    public Engines(TimeSpan weldTimeout, SpecLevel? level = null)
    {
        _wasm30 = level == SpecLevels.Wasm30;
        var features = _wasm30 ? Wasm30Features : WasmFeatures.None;
        Interpreter = new(WeldSession.BoundedOptions(Backend.Interpreter, features));
        Compiler = new(WeldSession.BoundedOptions(Backend.Compiler, features));
        Runner = new BoundedRunner(weldTimeout);
    }

    public Wt.Engine Wasmtime => (_wasm30 ? Wasm30Wasmtime : Wasm20Wasmtime).Value;
    private Wt.Engine Canonical => (_wasm30 ? Wasm30Canonical : Wasm20Canonical).Value;
    public Engine Interpreter { get; }
    public Engine Compiler { get; }
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

    /// <summary>wasmtime with fuel and WebAssembly 3.0's proposals (extended constants are on by default); relaxed SIMD in
    /// its deterministic mode, though modules that use it are not run (<see cref="SkipReason"/>).</summary>
    private static Wt.Config Wasm30Config() => new Wt.Config()
        .WithFuelConsumption(true)
        .WithTailCalls(true)
        .WithFunctionReferences(true)
        .WithGc(true)
        .WithMultiMemory(true)
        .WithMemory64(true)
        .WithRelaxedSIMD(true, true)
        .WithWasmThreads(false)
        .WithExceptions(true)
        .WithWideArithmetic(false);

    /// <summary>Null when both validators accept the bytes; else who rejected it and why.</summary>
    public string? Rejection(byte[] wasm)
    {
        var weld = Module.Validate(Interpreter, wasm);
        string? wasmtime = Wt.Module.Validate(Wasmtime, wasm);
        if (weld is null && wasmtime is null) return null;
        return $"weld: {weld?.Message ?? "valid"}; wasmtime: {wasmtime ?? "valid"}";
    }

    /// <summary>Why a module both validators accept is not run, or null. A module that imports one name twice: wasmtime's
    /// linker stubs imports by name (one stub for both, or none when the types differ), Weld's linker each import (two
    /// stubs), and a module can tell (a global set through one import and read through the other, a tag thrown as one
    /// and caught as the other). A module whose imports or
    /// exports mention a reference type other than funcref and externref: wasmtime's .NET API aborts the process when it
    /// reads such a type (the C API's "support for non-externref and non-funcref references is not implemented"), which
    /// it does as soon as it loads the module. A module that uses relaxed SIMD (it does not validate without it): its
    /// results are implementation-defined, and Weld's choice need not be wasmtime's.</summary>
    public string? SkipReason(byte[] wasm)
    {
        var interpreted = Module.FromBytes(Interpreter, wasm);
        if (interpreted.Imports.GroupBy(i => (i.Module, i.Name)).Any(g => g.Count() > 1)) return "imports one name twice";
        if (interpreted.Imports.Select(i => i.Type).Concat(interpreted.Exports.Select(e => e.Type)).SelectMany(TypesOf).Any(t => !WasmtimeCanRead(t)))
            return "GC, typed or exception reference in an import or export";
        if (_wasm30 && Module.Validate(WithoutRelaxedSimd.Value, wasm) is not null) return "relaxed SIMD";
        return null;
    }

    private static IEnumerable<ValType> TypesOf(ExternType type) => type switch
    {
        FuncType f => f.Parameters.Concat(f.Results),
        GlobalType g => [g.ValType],
        TableType t => [t.ElementType],
        TagType t => t.Parameters,
        _ => [],
    };

    private static bool WasmtimeCanRead(ValType type) => !type.IsReference || type == ValType.FuncRef || type == ValType.ExternRef;

    private static readonly Lazy<Engine> WithoutRelaxedSimd =
        new(() => new Engine(new EngineOptions { Backend = Backend.Interpreter, Features = Wasm30Features & ~WasmFeatures.RelaxedSimd }));

    /// <summary>Runs a valid module's plan on the three engines; <see cref="SkipReason"/> must be null.</summary>
    public DriverReport Compare(string name, byte[] wasm, int vectors)
    {
        var interpreted = Module.FromBytes(Interpreter, wasm);
        var compiled = Module.FromBytes(Compiler, wasm);
        using var reference = Wt.Module.FromBytes(Wasmtime, name, wasm);
        using var canonical = Wt.Module.FromBytes(Canonical, name, wasm);
        return DifferentialDriver.Run(
            name,
            [
                () => new WasmtimeSession(Wasmtime, reference, FuelPerCall),
                () => new WasmtimeSession(Canonical, canonical, FuelPerCall),
                () => new WeldSession(interpreted, Runner),
                () => new WeldSession(compiled, Runner),
            ],
            CallPlan.For(interpreted, vectors),
            new OutcomeComparer(NanRule.SpecNondeterminism, coarseTraps: true),
            alternates: 1);
    }

    public void Dispose() => Runner.Dispose();
}
