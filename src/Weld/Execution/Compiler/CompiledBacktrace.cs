using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Weld.Execution.Compiler;

/// <summary>
/// Wasm backtraces for compiled code, read from the .NET stack: every compiled function is a method of its own,
/// registered here with its wasm name. The first entry into compiled code that the trap passes walks the whole
/// thread's stack once, from inside an exception filter (the stack is not unwound yet), so the backtrace also holds
/// the compiled frames beyond host calls further out; later entries see the trap already recorded.
/// </summary>
internal static class CompiledBacktrace
{
    private static readonly ConditionalWeakTable<MethodBase, string> s_names = [];

    public static void Register(MethodBase method, string name) => s_names.AddOrUpdate(method, name);

    /// <summary>Records the compiled wasm frames on the stack, once per trap; always false (a filter that only records).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026",
        Justification = "Only the compiler back end's own dynamic methods are looked up; they are never trimmed (and this code never runs without dynamic code).")]
    public static bool Record(TrapException e)
    {
        if (e.CompiledFramesRecorded) return false;
        e.CompiledFramesRecorded = true;
        var names = new List<string>();
        foreach (var frame in new StackTrace(false).GetFrames())
        {
            if (frame.GetMethod() is { } m && s_names.TryGetValue(m, out var name)) names.Add(name);
        }
        Backtraces.Append(e, names);
        return false;
    }
}
