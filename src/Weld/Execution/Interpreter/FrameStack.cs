using Weld.Runtime;

namespace Weld.Execution.Interpreter;

/// <summary>An active interpreted call: the function, its code, its frame base in the value stack and (for callers)
/// the resume point (byte offset into the code array).</summary>
internal struct Frame
{
    public WasmFunctionInstance Func;
    public LoweredFunction Code;
    public int Fp;
    public int Pc;
}

/// <summary>The interpreter's call frames on one thread (wasm calls do not recurse on the .NET stack). The top entry
/// is the running function; nested entries from the host start above the frames already there.</summary>
internal sealed class FrameStack
{
    [ThreadStatic] private static FrameStack? t_current;

    public static FrameStack Current => t_current ??= new FrameStack();

    public Frame[] Items = new Frame[64];
    public int Count;

    public void Push(WasmFunctionInstance func, LoweredFunction code, int fp)
    {
        if (Count == Items.Length) Array.Resize(ref Items, Items.Length * 2);
        ref var f = ref Items[Count++];
        f.Func = func;
        f.Code = code;
        f.Fp = fp;
        f.Pc = 0;
    }

    /// <summary>Doubles the frame array (the dispatch loop fills the new entry itself); returns the new array.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public Frame[] Grow()
    {
        Array.Resize(ref Items, Items.Length * 2);
        return Items;
    }

    /// <summary>Names of the functions on the stack from frame <paramref name="from"/> up, innermost first.</summary>
    public string[] Backtrace(int from = 0)
    {
        var names = new string[Count - from];
        for (int i = 0; i < names.Length; i++) names[i] = Items[Count - 1 - i].Func.DebugName;
        return names;
    }
}
