using System.Runtime.CompilerServices;
using Weld.Execution;
using Weld.Execution.Compiler;
using Weld.Execution.Interpreter;
using Weld.Runtime;

namespace Weld;

/// <summary>Which back end runs wasm code.</summary>
public enum Backend
{
    /// <summary>The interpreter: no dynamic code, fastest start.</summary>
    Interpreter,
    /// <summary>The IL compiler: wasm functions become .NET methods when first called (needs dynamic code).</summary>
    Compiler,
    /// <summary>The compiler where the platform allows dynamic code, else the interpreter (NativeAOT, iOS).</summary>
    Auto,
}

/// <summary>Options of an <see cref="Engine"/>.</summary>
public sealed partial class EngineOptions
{
    /// <summary>The back end. Default: <see cref="Backend.Auto"/>.</summary>
    public Backend Backend { get; init; } = Backend.Auto;

    /// <summary>Tests of mixed code: functions (by debug name) that the compiler leaves to the interpreter, as it
    /// does on its own for a function the JIT refuses.</summary>
    internal Func<string, bool>? InterpretFunction { get; init; }

    /// <summary>Maximum wasm call depth on one thread before "call stack exhausted".</summary>
    public int MaxCallDepth { get; init; } = 10_000;

    /// <summary>Largest size any memory may grow to, in 64 KiB pages (default: 65536, i.e. 4 GiB). A 32-bit memory
    /// stops at 65536 whatever this says; a 64-bit memory may go past 4 GiB when this allows.</summary>
    public ulong MaxMemoryPages { get; init; } = 65536;

    /// <summary>Largest size any table may grow to, in elements; also the most elements one instantiation may allocate for its own tables.</summary>
    public uint MaxTableElements { get; init; } = 10_000_000;
}

/// <summary>Configuration shared by stores and modules: options, the back end and the native registry. Compiled code is
/// cached per <see cref="Module"/>, not here.</summary>
public sealed partial class Engine
{
    /// <summary>Creates an engine with default options.</summary>
    public Engine() : this(new EngineOptions()) { }

    /// <summary>Creates an engine.</summary>
    public Engine(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxCallDepth <= 0) throw new ArgumentOutOfRangeException(nameof(options), "MaxCallDepth must be positive");
        Options = options;
        CodeBackend code = options.Backend switch
        {
            Backend.Interpreter => InterpreterBackend.Instance,
            Backend.Compiler when RuntimeFeature.IsDynamicCodeSupported => CompilerBackend.Instance,
            Backend.Compiler => throw new NotSupportedException(
                "the IL compiler needs dynamic code, which this platform does not support (NativeAOT, iOS); use Backend.Interpreter"),
            Backend.Auto => RuntimeFeature.IsDynamicCodeSupported ? CompilerBackend.Instance : InterpreterBackend.Instance,
            _ => throw new ArgumentOutOfRangeException(nameof(options), "unknown back end"),
        };
        Backend = code is CompilerBackend ? Backend.Compiler : Backend.Interpreter;
        Runtime = new RuntimeEngine(
            new RuntimeOptions(
                options.MaxCallDepth, options.MaxMemoryPages, options.MaxTableElements, options.InterpretFunction, options.ConsumeFuel,
                options.Interruptible),
            code)
        {
            Owner = this,
            Limits = options.ToLimits(),
            Features = options.Features,
        };
    }

    /// <summary>The options this engine was created with.</summary>
    public EngineOptions Options { get; }

    /// <summary>
    /// The back end that runs code: <see cref="Backend.Interpreter"/> or <see cref="Backend.Compiler"/> (what <see cref="Backend.Auto"/> chose).
    /// </summary>
    public Backend Backend { get; }

    /// <summary>The runtime's side of this engine.</summary>
    internal RuntimeEngine Runtime { get; }

    /// <summary>The engine that wraps <paramref name="runtime"/>.</summary>
    internal static Engine Of(RuntimeEngine runtime) => (Engine)runtime.Owner!;

    /// <summary>Host functions registered once for every linker of this engine.</summary>
    public NativeRegistry Natives { get; } = new();
}
