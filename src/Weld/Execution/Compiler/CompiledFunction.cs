using System.Reflection.Emit;

namespace Weld.Execution.Compiler;

/// <summary>A function compiled to a <see cref="DynamicMethod"/>; shared by every instance of its module. The method
/// is referenced here so that its code lives as long as the module: callers hold only its entry pointer.</summary>
internal sealed class CompiledFunction(DynamicMethod method, nint entry, CompiledEntryPoint entryPoint)
{
    public DynamicMethod Method { get; } = method;
    /// <summary>The machine-code entry for calls from compiled code (<c>calli</c>).</summary>
    public nint Entry { get; } = entry;
    /// <summary>Runs the function with arguments and results in <see cref="ExecStack"/> slots.</summary>
    public CompiledEntryPoint EntryPoint { get; } = entryPoint;
}
