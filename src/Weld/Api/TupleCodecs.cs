using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Weld;

/// <summary>Finds the codec of a ValueTuple of results. A codec is a generic class instantiated over the tuple's
/// element types, which only reflection can name from the tuple type: so multi-value typed results need dynamic
/// code (they are refused under NativeAOT, where <see cref="Function.Invoke(ReadOnlySpan{Value})"/> and
/// <see cref="HostFunction.FromCallback(FuncType, HostFunc, string?)"/> still serve).</summary>
internal static partial class TupleCodecs
{
    public static bool IsValueTuple(Type t) => t.IsGenericType && Array.IndexOf(ValueTuples, t.GetGenericTypeDefinition()) >= 0;

    /// <summary>The codec of the ValueTuple type T, or null where dynamic code is not supported.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2055",
        Justification = "The codec definitions are kept by Definitions' DynamicDependency attributes.")]
    [UnconditionalSuppressMessage("Trimming", "IL2062",
        Justification = "The codec definitions are kept by Definitions' DynamicDependency attributes.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only reached where dynamic code is supported.")]
    public static ResultCodec<T>? Create<T>()
    {
        if (!RuntimeFeature.IsDynamicCodeSupported) return null;
        var t = typeof(T);
        var definition = Definitions()[Array.IndexOf(ValueTuples, t.GetGenericTypeDefinition())];
        return (ResultCodec<T>)Activator.CreateInstance(definition.MakeGenericType(t.GetGenericArguments()))!;
    }

    public static NotSupportedException Unsupported() => new(
        "a ValueTuple of results needs dynamic code, which this platform does not allow (e.g. NativeAOT): " +
        "call Function.Invoke, or make the host function with HostFunction.FromCallback");
}
