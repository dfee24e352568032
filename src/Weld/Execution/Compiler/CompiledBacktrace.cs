using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Weld.Execution.Compiler;

/// <summary>
/// Wasm backtraces for compiled code, read from the .NET stack trace of the trap: every compiled function is a
/// method of its own, registered here with its wasm name. Called from an exception filter at each entry into
/// compiled code, so each entry adds the frames between the trap (or the previous entry) and itself.
/// </summary>
internal static class CompiledBacktrace
{
    private static readonly ConditionalWeakTable<MethodBase, string> s_names = [];

    public static void Register(MethodBase method, string name) => s_names.AddOrUpdate(method, name);

    /// <summary>Appends the compiled wasm frames not yet recorded; always false (a filter that only records).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026",
        Justification = "Only the compiler back end's own dynamic methods are looked up; they are never trimmed (and this code never runs without dynamic code).")]
    public static bool Record(TrapException e)
    {
        var frames = new StackTrace(e, false).GetFrames();
        var names = new List<string>();
        for (int i = e.DotNetFramesSeen; i < frames.Length; i++)
        {
            if (frames[i].GetMethod() is { } m && s_names.TryGetValue(m, out var name)) names.Add(name);
        }
        e.DotNetFramesSeen = frames.Length;
        if (names.Count > 0) Backtraces.Append(e, names);
        return false;
    }
}
