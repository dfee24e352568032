namespace Weld.Execution;

/// <summary>Builds <see cref="TrapException.WasmBacktrace"/> as the trap leaves each back end's frames, innermost first.</summary>
internal static class Backtraces
{
    public static void Append(TrapException e, IReadOnlyList<string> outerFrames)
    {
        if (outerFrames.Count == 0) return;
        if (e.WasmBacktrace.Count == 0)
        {
            e.WasmBacktrace = outerFrames;
            return;
        }
        var all = new List<string>(e.WasmBacktrace.Count + outerFrames.Count);
        all.AddRange(e.WasmBacktrace);
        all.AddRange(outerFrames);
        e.WasmBacktrace = all;
    }
}
