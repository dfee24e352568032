using System.Runtime.CompilerServices;
using Weld.Diagnostics;
using Weld.Runtime;

namespace Weld.Execution;

/// <summary>Entering wasm from the host and leaving wasm into the host: stack placement, depth and error wrapping.</summary>
internal static class HostEntry
{
    /// <summary>Calls <paramref name="f"/> from the host with <paramref name="args"/> (already checked against its
    /// type by the caller) and writes its results into <paramref name="results"/>.</summary>
    public static void Invoke(FunctionInstance f, ReadOnlySpan<Value> args, Span<Value> results)
    {
        var rs = f.Type.ResultArray;
        var stack = ExecStack.Current;
        int argBase = Begin(stack, f, out int savedTop, out int savedDepth);
        int resultSlots = Calls.SlotCount(rs);
        try
        {
            int at = argBase;
            foreach (var a in args) at += SlotValues.Write(stack, at, a);
            Run(stack, f, argBase);
            at = argBase;
            for (int i = 0; i < rs.Length; i++)
            {
                results[i] = SlotValues.Read(stack, at, rs[i], out int n);
                at += n;
            }
        }
        catch (Exception e) when (e is InsufficientExecutionStackException or OutOfMemoryException)
        {
            throw Wrap(e);
        }
        finally
        {
            End(stack, savedTop, savedDepth, argBase, resultSlots);
        }
    }

    /// <summary>Reserves room for a call from the host; returns the argument base.</summary>
    public static int Begin(ExecStack stack, FunctionInstance f, out int savedTop, out int savedDepth)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw new TrapException(TrapCode.CallStackExhausted);
        savedTop = stack.Top;
        savedDepth = stack.Depth;
        int argBase = stack.Top;
        int room = f.Type.SlotRoom;
        stack.EnsureCapacity(argBase + room + 1);
        return argBase;
    }

    public static void Run(ExecStack stack, FunctionInstance f, int argBase)
    {
        int room = f.Type.SlotRoom;
        stack.Top = argBase + room;
        // A call from the host has no calling instance, even when it happens inside another host function.
        var savedCaller = stack.Caller;
        // Inside the store for the whole call: no memory it can reach is freed or moved away from until it returns.
        var store = f.Store;
        store.Enter();
        stack.Caller = null;
        try
        {
            // A deadline reached or a dispose begun before the call stops it here, even when the callee is compiled
            // code that checks only at loops and at the entry of functions that make calls.
            ControlChecks.Interrupt(store);
            Calls.Invoke(f, stack, argBase);
        }
        finally
        {
            stack.Caller = savedCaller;
            store.Exit();
        }
    }

    public static void End(ExecStack stack, int savedTop, int savedDepth, int argBase, int resultSlots)
    {
        // Drop references the call left behind so the GC can collect them.
        int end = Math.Min(stack.Refs.Length, Math.Max(stack.Top, argBase + resultSlots));
        if (end > argBase + resultSlots) Array.Clear(stack.Refs, argBase + resultSlots, end - argBase - resultSlots);
        stack.Top = savedTop;
        stack.Depth = savedDepth;
        if (savedTop == 0 && savedDepth == 0) stack.TrimAfterDeepUse(); // no wasm frame left on this thread
    }

    /// <summary>Turns an exception thrown by host code into a trap (traps and other Weld errors pass through). At the
    /// host's entry into wasm only stack and memory exhaustion are converted: anything else there is an internal
    /// error and propagates as it is, never disguised as a trap.</summary>
    public static Exception Wrap(Exception e) => e switch
    {
        WeldException => e,
        InsufficientExecutionStackException => new TrapException(TrapCode.CallStackExhausted),
        OutOfMemoryException => new TrapException(TrapCode.OutOfMemory, e),
        _ => new TrapException(TrapCode.HostError, TrapText.HostFailed(e.Message), e),
    };
}
