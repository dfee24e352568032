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

    /// <summary>Exception handling: tags, <c>throw</c>, <c>throw_ref</c>, <c>try_table</c>, <c>exnref</c>, and the
    /// legacy instructions (<c>try</c>, <c>catch</c>, <c>catch_all</c>, <c>delegate</c>, <c>rethrow</c>).</summary>
    ExceptionHandling = 2,

    /// <summary>Every feature Weld implements (an engine's default; grows as Weld does).</summary>
    Default = Threads | ExceptionHandling,
}
