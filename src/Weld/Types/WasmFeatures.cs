namespace Weld;

/// <summary>WebAssembly proposals beyond 2.0 that an engine accepts (<see cref="EngineOptions.Features"/>). Without
/// one, modules that use it are refused as the 2.0 specification refuses them, with its messages.</summary>
[Flags]
public enum WasmFeatures
{
    /// <summary>WebAssembly 2.0 alone.</summary>
    None = 0,

    /// <summary>The threads proposal: shared memories and the atomic instructions.</summary>
    Threads = 1,

    /// <summary>Typed function references (3.0): <c>(ref null? heaptype)</c> types, <c>call_ref</c>,
    /// <c>return_call_ref</c>, <c>ref.as_non_null</c>, <c>br_on_null</c>, <c>br_on_non_null</c>, non-nullable locals,
    /// table initializers, and subtyping in validation and linking.</summary>
    FunctionReferences = 2,

    /// <summary>Every feature Weld implements (an engine's default; grows as Weld does).</summary>
    Default = Threads | FunctionReferences,
}
