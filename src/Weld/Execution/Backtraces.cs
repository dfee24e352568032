namespace Weld.Execution;

/// <summary>Builds <see cref="TrapException.WasmBacktrace"/> as the trap leaves each back end's frames, innermost
/// first. Appends in place (a trap can cross thousands of host re-entries, each adding its frames).</summary>
internal static class Backtraces
{
    public static void Append(TrapException e, IReadOnlyList<string> outerFrames)
    {
        if (outerFrames.Count == 0) return;
        if (e.WasmBacktrace is not List<string> frames)
        {
            frames = new List<string>(e.WasmBacktrace.Count + outerFrames.Count);
            frames.AddRange(e.WasmBacktrace);
            e.WasmBacktrace = frames;
        }
        frames.AddRange(outerFrames);
    }
}
