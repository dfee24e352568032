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

    /// <summary>Where each run of the dispatch loop on this thread (one per entry from the host or another back
    /// end) starts in <see cref="Items"/>, innermost last.</summary>
    private int[] _segments = new int[8];
    private int _segmentCount;

    public int SegmentCount => _segmentCount;

    /// <summary>The first frame of segment <paramref name="i"/> (0 = outermost).</summary>
    public int SegmentStart(int i) => _segments[i];

    public void EnterSegment()
    {
        if (_segmentCount == _segments.Length) Array.Resize(ref _segments, _segments.Length * 2);
        _segments[_segmentCount++] = Count;
    }

    public void LeaveSegment() => _segmentCount--;

    /// <summary>Adds the names of frames [<paramref name="from"/>, <paramref name="to"/>) to <paramref name="names"/>,
    /// innermost first.</summary>
    public void AddNames(List<string> names, int from, int to)
    {
        for (int i = to - 1; i >= from; i--) names.Add(Items[i].Func.DebugName);
    }
}
