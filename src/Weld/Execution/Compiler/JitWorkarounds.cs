using System.Runtime.CompilerServices;

namespace Weld.Execution.Compiler;

/// <summary>Values passed through calls the JIT cannot see into, where its own optimizations would be wrong.</summary>
internal static class JitWorkarounds
{
    /// <summary>The value itself; the JIT must test the returned register instead of reusing the flags of the
    /// instruction that computed it (see <c>FunctionCompiler.RotateFeedsATest</c>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static uint Opaque(uint value) => value;

    /// <summary>The 64-bit form of <see cref="Opaque(uint)"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong Opaque(ulong value) => value;
}
