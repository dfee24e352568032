using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace Weld.Execution.Compiler;

/// <summary>Turns a finished <see cref="DynamicMethod"/> into machine code and its entry pointer.</summary>
[RequiresDynamicCode("the IL compiler emits code at run time")]
internal static class MethodEntries
{
    // DynamicMethod does not expose its runtime handle publicly; the runtime's own accessor is used when present,
    // else a tiny method that loads the pointer with ldftn (slower to make, same result).
    private static readonly MethodInfo? s_descriptor =
        typeof(DynamicMethod).GetMethod("GetMethodDescriptor", BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes);

    /// <summary>JIT-compiles <paramref name="method"/> now (so that a method the JIT rejects fails here, not in the
    /// middle of a call) and returns its entry pointer.</summary>
    public static nint Compile(DynamicMethod method)
    {
        if (s_descriptor?.Invoke(method, null) is RuntimeMethodHandle handle)
        {
            RuntimeHelpers.PrepareMethod(handle);
            return handle.GetFunctionPointer();
        }
        var getter = new DynamicMethod(
            "wasm-entry-of " + method.Name, typeof(nint), Type.EmptyTypes, typeof(MethodEntries).Module, skipVisibility: true);
        var il = getter.GetILGenerator();
        il.Emit(OpCodes.Ldftn, method);
        il.Emit(OpCodes.Ret);
        return getter.CreateDelegate<Func<nint>>()();
    }
}
