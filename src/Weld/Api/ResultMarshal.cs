using System.Runtime.CompilerServices;
using Weld.Execution;
using Weld.Runtime;

namespace Weld;

/// <summary>Moves a typed call's or typed host function's results: one value as <see cref="ValueMarshal{T}"/> does,
/// several as a ValueTuple through its <see cref="ResultCodec{T}"/>. Which of the two is fixed per T, so the JIT keeps
/// only one path and a single value costs what it did before tuples.</summary>
internal static class ResultMarshal<T>
{
    private static readonly bool IsTuple = TupleCodecs.IsValueTuple(typeof(T));
    private static readonly ResultCodec<T>? Codec = IsTuple ? TupleCodecs.Create<T>() : null;
    private static readonly int TupleSlots = Codec?.Slots ?? 0;

    /// <summary>The result types (a new array).</summary>
    /// <exception cref="NotSupportedException">T, or an element of the ValueTuple T, is not a WebAssembly value type,
    /// or T is a ValueTuple where no dynamic code can be made.</exception>
    public static ValType[] Require() =>
        !IsTuple ? [ValueMarshal<T>.Require()] : Codec is { } codec ? codec.Types : throw TupleCodecs.Unsupported();

    public static int Slots => IsTuple ? TupleSlots : ValueMarshal<T>.Slots;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Read(ExecStack s, int b) => IsTuple ? Codec!.Read(s, b) : ValueMarshal<T>.Read(s, b);

    /// <summary>Writes the results from slot <paramref name="b"/> on; a funcref of another store than
    /// <paramref name="store"/> is refused (<see cref="ValueMarshal{T}.CheckStore"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(ExecStack s, int b, T value, RuntimeStore store)
    {
        if (IsTuple) Codec!.Write(s, b, value, store);
        else ValueMarshal<T>.WriteArgument(s, b, value, store);
    }
}

/// <summary>Moves the elements of a ValueTuple of results through consecutive stack slots (made per ValueTuple type,
/// once, by <see cref="TupleCodecs.Create"/>; the classes are generated, one per arity).</summary>
internal abstract class ResultCodec<T>
{
    /// <summary>The element types (a new array each time).</summary>
    public abstract ValType[] Types { get; }

    public abstract int Slots { get; }

    public abstract T Read(ExecStack s, int b);

    public abstract void Write(ExecStack s, int b, T value, RuntimeStore store);
}
