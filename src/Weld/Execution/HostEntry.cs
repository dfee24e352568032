using System.Runtime.CompilerServices;
using Weld.Runtime;

namespace Weld.Execution;

/// <summary>Entering wasm from the host and leaving wasm into the host: stack placement, depth and error wrapping.</summary>
internal static class HostEntry
{
    /// <summary>Reserves room for a call from the host; returns the argument base.</summary>
    public static int Begin(ExecStack stack, FunctionInstance f, out int savedTop, out int savedDepth)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw new TrapException(TrapCode.CallStackExhausted);
        savedTop = stack.Top;
        savedDepth = stack.Depth;
        int argBase = stack.Top;
        int room = Math.Max(Calls.SlotCount(f.Type.ParamArray), Calls.SlotCount(f.Type.ResultArray));
        stack.EnsureCapacity(argBase + room + 1);
        return argBase;
    }

    public static void Run(ExecStack stack, FunctionInstance f, int argBase)
    {
        int room = Math.Max(Calls.SlotCount(f.Type.ParamArray), Calls.SlotCount(f.Type.ResultArray));
        stack.Top = argBase + room;
        Calls.Invoke(f, stack, argBase);
    }

    public static void End(ExecStack stack, int savedTop, int savedDepth, int argBase, int resultSlots)
    {
        // Drop references the call left behind so the GC can collect them.
        int end = Math.Min(stack.Refs.Length, Math.Max(stack.Top, argBase + resultSlots));
        if (end > argBase + resultSlots) Array.Clear(stack.Refs, argBase + resultSlots, end - argBase - resultSlots);
        stack.Top = savedTop;
        stack.Depth = savedDepth;
    }

    /// <summary>Turns an exception thrown by host code into a trap (traps and other Weld errors pass through). At the
    /// host's entry into wasm only stack and memory exhaustion are converted: anything else there is an internal
    /// error and propagates as it is, never disguised as a trap.</summary>
    public static Exception Wrap(Exception e) => e switch
    {
        WeldException => e,
        InsufficientExecutionStackException => new TrapException(TrapCode.CallStackExhausted),
        OutOfMemoryException => new TrapException(TrapCode.OutOfMemory, e),
        _ => new TrapException(TrapCode.HostError, $"host function failed: {e.Message}", e),
    };
}
