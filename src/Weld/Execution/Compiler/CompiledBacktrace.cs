using System.Reflection;
using System.Runtime.CompilerServices;

namespace Weld.Execution.Compiler;

/// <summary>The wasm names of the compiled functions, for <see cref="Backtraces"/>: every compiled function is a method
/// of its own, registered here when it is made.</summary>
internal static class CompiledBacktrace
{
    private static readonly ConditionalWeakTable<MethodBase, string> s_names = [];

    public static void Register(MethodBase method, string name) => s_names.AddOrUpdate(method, name);

    /// <summary>The wasm name of a compiled function's method, or null for any other method.</summary>
    public static string? NameOf(MethodBase method) => s_names.TryGetValue(method, out var name) ? name : null;
}
