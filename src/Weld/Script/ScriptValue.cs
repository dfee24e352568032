namespace Weld.Script;

/// <summary>
/// A constant in a script: numbers as their bit patterns (<see cref="Bits"/>; v128 also uses <see cref="High"/>),
/// <c>ref.null t</c> as <see cref="IsNull"/>, <c>ref.extern N</c> as an extern reference with <see cref="Bits"/> = N,
/// <c>ref.host N</c> as the same host value in the any hierarchy (kind AnyRef).
/// </summary>
internal readonly record struct ScriptValue(ValueKind Kind, ulong Bits, ulong High = 0, bool IsNull = false)
{
    public override string ToString() => IsNull ? $"(ref.null {Kind})" : $"({Kind} 0x{Bits:x})";
}

internal enum ExpectedKind : byte
{
    /// <summary>Exactly <see cref="ExpectedResult.Value"/> (floats compared bit for bit).</summary>
    Exact,
    /// <summary><c>nan:canonical</c>: a NaN with only the top payload bit set, either sign.</summary>
    CanonicalNan,
    /// <summary><c>nan:arithmetic</c>: a NaN with the top payload bit set, either sign.</summary>
    ArithmeticNan,
    /// <summary><c>(ref.func)</c>: any non-null function reference.</summary>
    AnyFuncRef,
    /// <summary><c>(ref.extern)</c>: any non-null extern reference.</summary>
    AnyExternRef,
    /// <summary><c>(ref.any)</c>, <c>(ref.eq)</c>, <c>(ref.i31)</c>, <c>(ref.struct)</c>, <c>(ref.array)</c>: any non-null
    /// reference of that abstract heap type (its code in <see cref="ScriptValue.Bits"/>).</summary>
    AnyOfHeap,
    /// <summary>A v128 compared lane by lane (<see cref="ExpectedResult.Lanes"/>): the hook for SIMD patterns.</summary>
    V128Lanes,
    /// <summary><c>(either r*)</c>: any of the patterns in <see cref="ExpectedResult.Lanes"/> (threads' racy results).</summary>
    Either,
}

/// <summary>One expected result of <c>assert_return</c>. <see cref="Value"/>'s kind says the type for NaN patterns;
/// <see cref="Lanes"/> holds a v128's lane patterns, or the alternatives of <c>either</c>.</summary>
internal sealed record ExpectedResult(ExpectedKind Kind, ScriptValue Value, IReadOnlyList<ExpectedResult>? Lanes = null);
