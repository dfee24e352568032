using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using Weld.Execution.Compiler;
using Weld.Execution.Interpreter;

namespace Weld.Execution;

/// <summary>
/// Builds <see cref="TrapException.WasmBacktrace"/>: the wasm frames on the trapping thread, innermost first, across
/// back ends and host calls. The first exception filter of a back end that the trap passes (the stack is not unwound
/// yet) records it, once: it walks the .NET stack, where a compiled wasm function is a frame of its own and each run
/// of the interpreter's loop stands for a segment of the interpreter's frame stack. Where no code can be compiled
/// (no dynamic code: NativeAOT) the interpreter's frame stack is the whole answer.
/// </summary>
internal static class Backtraces
{
    private static readonly MethodInfo s_interpreterRun =
        typeof(Machine).GetMethod(nameof(Machine.Run), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Records the backtrace if no back end did yet; always false (for use as an exception filter).</summary>
    public static bool Record(TrapException e)
    {
        if (e.BacktraceRecorded) return false;
        e.BacktraceRecorded = true;
        var names = new List<string>();
        var frames = FrameStack.Current;
        if (RuntimeFeature.IsDynamicCodeSupported) Walk(names, frames);
        else frames.AddNames(names, 0, frames.Count);
        e.WasmBacktrace = names;
        return false;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026",
        Justification = "Runs only where dynamic code runs (the JIT keeps method metadata); it compares methods with the " +
                        "interpreter's loop and the compiler's own dynamic methods, neither of which is trimmed.")]
    private static void Walk(List<string> names, FrameStack frames)
    {
        int segment = frames.SegmentCount;
        int end = frames.Count;
        foreach (var frame in new StackTrace(false).GetFrames())
        {
            var method = frame.GetMethod();
            if (method is null) continue;
            if (CompiledBacktrace.NameOf(method) is { } name) names.Add(name);
            else if (method == s_interpreterRun && segment > 0)
            {
                int start = frames.SegmentStart(--segment);
                frames.AddNames(names, start, end);
                end = start;
            }
        }
    }
}
