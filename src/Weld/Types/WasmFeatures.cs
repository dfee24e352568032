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

    /// <summary>Multiple memories: a memory index on every memory instruction, several memories per module.</summary>
    MultiMemory = 2,

    /// <summary>64-bit memories and tables (memory64, table64): i64 addresses, sizes and indexes.</summary>
    Memory64 = 4,

    /// <summary>Typed function references (3.0): <c>(ref null? heaptype)</c> types, <c>call_ref</c>,
    /// <c>return_call_ref</c>, <c>ref.as_non_null</c>, <c>br_on_null</c>, <c>br_on_non_null</c>, non-nullable locals,
    /// table initializers, and subtyping in validation and linking.</summary>
    FunctionReferences = 8,

    /// <summary>Exception handling: tags, <c>throw</c>, <c>throw_ref</c>, <c>try_table</c>, <c>exnref</c>, and the
    /// legacy instructions (<c>try</c>, <c>catch</c>, <c>catch_all</c>, <c>delegate</c>, <c>rethrow</c>).</summary>
    ExceptionHandling = 16,

    /// <summary>Tail calls (3.0): <c>return_call</c> and <c>return_call_indirect</c>.</summary>
    TailCall = 1 << 8,

    /// <summary>Extended constant expressions (3.0): <c>i32/i64.add</c>, <c>sub</c> and <c>mul</c> in constant
    /// expressions.</summary>
    ExtendedConst = 1 << 9,

    /// <summary>Relaxed SIMD (3.0). Weld gives each instruction one result, the same on every platform.</summary>
    RelaxedSimd = 1 << 10,

    /// <summary>Garbage collection (3.0): recursion groups, declared subtypes, struct and array types, the any
    /// hierarchy (<c>anyref</c>, <c>eqref</c>, <c>i31ref</c>, <c>structref</c>, <c>arrayref</c>) and their
    /// instructions.</summary>
    Gc = 1 << 11,

    /// <summary>Every feature Weld implements (an engine's default; grows as Weld does).</summary>
    Default = Threads | MultiMemory | Memory64 | FunctionReferences | ExceptionHandling | TailCall | ExtendedConst | RelaxedSimd | Gc,
}
