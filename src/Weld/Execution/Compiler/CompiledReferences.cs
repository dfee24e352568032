using System.Runtime.CompilerServices;
using Weld.Runtime;

namespace Weld.Execution.Compiler;

/// <summary>Run-time helpers of compiled typed-reference instructions: the null checks, which trap.</summary>
internal static class CompiledReferences
{
    /// <summary>ref.as_non_null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object AsNonNull(object? r) => r ?? throw Trap.Exception(TrapCode.NullReference);

    /// <summary>call_ref's callee: validation made the reference a function of the right type, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FunctionInstance Callee(object? r) =>
        r is null ? throw Trap.Exception(TrapCode.NullFunctionReference) : Unsafe.As<FunctionInstance>(r);
}
