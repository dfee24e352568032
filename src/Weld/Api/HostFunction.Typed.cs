// Typed host function definitions for 0..6 parameters and 0 or 1 result (regular shape, one overload per arity).
using Weld.Execution;

namespace Weld;

public sealed partial class HostFunction
{
    /// <summary>A host function from a typed delegate (arguments and result move without boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="callback"/> is null.</exception>
    public static HostFunction FromDelegate(Action callback, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new HostFunction(new FuncType([], [], true), name, store => (s, b) =>
        {
            try
            {
                callback();
            }
            catch (Exception e) when (e is not TrapException)
            {
                throw HostEntry.Wrap(e);
            }
        });
    }

    /// <summary>A host function from a typed delegate (arguments and result move without boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static HostFunction FromDelegate<TResult>(Func<TResult> callback, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new HostFunction(new FuncType([], [ValueMarshal<TResult>.Require()], true), name, store => (s, b) =>
        {
            try
            {
                var r = callback();
                ValueMarshal<TResult>.CheckStore(r, store.Runtime);
                ValueMarshal<TResult>.Write(s, b, r);
            }
            catch (Exception e) when (e is not TrapException)
            {
                throw HostEntry.Wrap(e);
            }
        });
    }

    /// <summary>A host function from a typed delegate (arguments and result move without boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static HostFunction FromDelegate<T1>(Action<T1> callback, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new HostFunction(new FuncType([ValueMarshal<T1>.Require()], [], true), name, store => (s, b) =>
        {
            var a1 = ValueMarshal<T1>.Read(s, b);
            try
            {
                callback(a1);
            }
            catch (Exception e) when (e is not TrapException)
            {
                throw HostEntry.Wrap(e);
            }
        });
    }

    /// <summary>A host function from a typed delegate (arguments and result move without boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static HostFunction FromDelegate<T1, TResult>(Func<T1, TResult> callback, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new HostFunction(new FuncType([ValueMarshal<T1>.Require()], [ValueMarshal<TResult>.Require()], true), name, store => (s, b) =>
        {
            var a1 = ValueMarshal<T1>.Read(s, b);
            try
            {
                var r = callback(a1);
                ValueMarshal<TResult>.CheckStore(r, store.Runtime);
                ValueMarshal<TResult>.Write(s, b, r);
            }
            catch (Exception e) when (e is not TrapException)
            {
                throw HostEntry.Wrap(e);
            }
        });
    }

    /// <summary>A host function from a typed delegate (arguments and result move without boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static HostFunction FromDelegate<T1, T2>(Action<T1, T2> callback, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new HostFunction(new FuncType([ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require()], [], true), name, store => (s, b) =>
        {
            var a1 = ValueMarshal<T1>.Read(s, b);
            var a2 = ValueMarshal<T2>.Read(s, b + ValueMarshal<T1>.Slots);
            try
            {
                callback(a1, a2);
            }
            catch (Exception e) when (e is not TrapException)
            {
                throw HostEntry.Wrap(e);
            }
        });
    }

    /// <summary>A host function from a typed delegate (arguments and result move without boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static HostFunction FromDelegate<T1, T2, TResult>(Func<T1, T2, TResult> callback, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new HostFunction(new FuncType([ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require()], [ValueMarshal<TResult>.Require()], true), name, store => (s, b) =>
        {
            var a1 = ValueMarshal<T1>.Read(s, b);
            var a2 = ValueMarshal<T2>.Read(s, b + ValueMarshal<T1>.Slots);
            try
            {
                var r = callback(a1, a2);
                ValueMarshal<TResult>.CheckStore(r, store.Runtime);
                ValueMarshal<TResult>.Write(s, b, r);
            }
            catch (Exception e) when (e is not TrapException)
            {
                throw HostEntry.Wrap(e);
            }
        });
    }

    /// <summary>A host function from a typed delegate (arguments and result move without boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static HostFunction FromDelegate<T1, T2, T3>(Action<T1, T2, T3> callback, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new HostFunction(new FuncType([ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require()], [], true), name, store => (s, b) =>
        {
            var a1 = ValueMarshal<T1>.Read(s, b);
            var a2 = ValueMarshal<T2>.Read(s, b + ValueMarshal<T1>.Slots);
            var a3 = ValueMarshal<T3>.Read(s, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots);
            try
            {
                callback(a1, a2, a3);
            }
            catch (Exception e) when (e is not TrapException)
            {
                throw HostEntry.Wrap(e);
            }
        });
    }

    /// <summary>A host function from a typed delegate (arguments and result move without boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static HostFunction FromDelegate<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> callback, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new HostFunction(new FuncType([ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require()], [ValueMarshal<TResult>.Require()], true), name, store => (s, b) =>
        {
            var a1 = ValueMarshal<T1>.Read(s, b);
            var a2 = ValueMarshal<T2>.Read(s, b + ValueMarshal<T1>.Slots);
            var a3 = ValueMarshal<T3>.Read(s, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots);
            try
            {
                var r = callback(a1, a2, a3);
                ValueMarshal<TResult>.CheckStore(r, store.Runtime);
                ValueMarshal<TResult>.Write(s, b, r);
            }
            catch (Exception e) when (e is not TrapException)
            {
                throw HostEntry.Wrap(e);
            }
        });
    }

    /// <summary>A host function from a typed delegate (arguments and result move without boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static HostFunction FromDelegate<T1, T2, T3, T4>(Action<T1, T2, T3, T4> callback, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new HostFunction(new FuncType([ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require(), ValueMarshal<T4>.Require()], [], true), name, store => (s, b) =>
        {
            var a1 = ValueMarshal<T1>.Read(s, b);
            var a2 = ValueMarshal<T2>.Read(s, b + ValueMarshal<T1>.Slots);
            var a3 = ValueMarshal<T3>.Read(s, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots);
            var a4 = ValueMarshal<T4>.Read(s, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots);
            try
            {
                callback(a1, a2, a3, a4);
            }
            catch (Exception e) when (e is not TrapException)
            {
                throw HostEntry.Wrap(e);
            }
        });
    }

    /// <summary>A host function from a typed delegate (arguments and result move without boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static HostFunction FromDelegate<T1, T2, T3, T4, TResult>(Func<T1, T2, T3, T4, TResult> callback, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new HostFunction(new FuncType([ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require(), ValueMarshal<T4>.Require()], [ValueMarshal<TResult>.Require()], true), name, store => (s, b) =>
        {
            var a1 = ValueMarshal<T1>.Read(s, b);
            var a2 = ValueMarshal<T2>.Read(s, b + ValueMarshal<T1>.Slots);
            var a3 = ValueMarshal<T3>.Read(s, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots);
            var a4 = ValueMarshal<T4>.Read(s, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots);
            try
            {
                var r = callback(a1, a2, a3, a4);
                ValueMarshal<TResult>.CheckStore(r, store.Runtime);
                ValueMarshal<TResult>.Write(s, b, r);
            }
            catch (Exception e) when (e is not TrapException)
            {
                throw HostEntry.Wrap(e);
            }
        });
    }

    /// <summary>A host function from a typed delegate (arguments and result move without boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static HostFunction FromDelegate<T1, T2, T3, T4, T5>(Action<T1, T2, T3, T4, T5> callback, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new HostFunction(new FuncType([ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require(), ValueMarshal<T4>.Require(), ValueMarshal<T5>.Require()], [], true), name, store => (s, b) =>
        {
            var a1 = ValueMarshal<T1>.Read(s, b);
            var a2 = ValueMarshal<T2>.Read(s, b + ValueMarshal<T1>.Slots);
            var a3 = ValueMarshal<T3>.Read(s, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots);
            var a4 = ValueMarshal<T4>.Read(s, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots);
            var a5 = ValueMarshal<T5>.Read(s, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots + ValueMarshal<T4>.Slots);
            try
            {
                callback(a1, a2, a3, a4, a5);
            }
            catch (Exception e) when (e is not TrapException)
            {
                throw HostEntry.Wrap(e);
            }
        });
    }

    /// <summary>A host function from a typed delegate (arguments and result move without boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static HostFunction FromDelegate<T1, T2, T3, T4, T5, TResult>(Func<T1, T2, T3, T4, T5, TResult> callback, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new HostFunction(new FuncType([ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require(), ValueMarshal<T4>.Require(), ValueMarshal<T5>.Require()], [ValueMarshal<TResult>.Require()], true), name, store => (s, b) =>
        {
            var a1 = ValueMarshal<T1>.Read(s, b);
            var a2 = ValueMarshal<T2>.Read(s, b + ValueMarshal<T1>.Slots);
            var a3 = ValueMarshal<T3>.Read(s, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots);
            var a4 = ValueMarshal<T4>.Read(s, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots);
            var a5 = ValueMarshal<T5>.Read(s, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots + ValueMarshal<T4>.Slots);
            try
            {
                var r = callback(a1, a2, a3, a4, a5);
                ValueMarshal<TResult>.CheckStore(r, store.Runtime);
                ValueMarshal<TResult>.Write(s, b, r);
            }
            catch (Exception e) when (e is not TrapException)
            {
                throw HostEntry.Wrap(e);
            }
        });
    }

    /// <summary>A host function from a typed delegate (arguments and result move without boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static HostFunction FromDelegate<T1, T2, T3, T4, T5, T6>(Action<T1, T2, T3, T4, T5, T6> callback, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new HostFunction(new FuncType([ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require(), ValueMarshal<T4>.Require(), ValueMarshal<T5>.Require(), ValueMarshal<T6>.Require()], [], true), name, store => (s, b) =>
        {
            var a1 = ValueMarshal<T1>.Read(s, b);
            var a2 = ValueMarshal<T2>.Read(s, b + ValueMarshal<T1>.Slots);
            var a3 = ValueMarshal<T3>.Read(s, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots);
            var a4 = ValueMarshal<T4>.Read(s, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots);
            var a5 = ValueMarshal<T5>.Read(s, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots + ValueMarshal<T4>.Slots);
            var a6 = ValueMarshal<T6>.Read(s, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots + ValueMarshal<T4>.Slots + ValueMarshal<T5>.Slots);
            try
            {
                callback(a1, a2, a3, a4, a5, a6);
            }
            catch (Exception e) when (e is not TrapException)
            {
                throw HostEntry.Wrap(e);
            }
        });
    }

    /// <summary>A host function from a typed delegate (arguments and result move without boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static HostFunction FromDelegate<T1, T2, T3, T4, T5, T6, TResult>(Func<T1, T2, T3, T4, T5, T6, TResult> callback, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new HostFunction(new FuncType([ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require(), ValueMarshal<T4>.Require(), ValueMarshal<T5>.Require(), ValueMarshal<T6>.Require()], [ValueMarshal<TResult>.Require()], true), name, store => (s, b) =>
        {
            var a1 = ValueMarshal<T1>.Read(s, b);
            var a2 = ValueMarshal<T2>.Read(s, b + ValueMarshal<T1>.Slots);
            var a3 = ValueMarshal<T3>.Read(s, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots);
            var a4 = ValueMarshal<T4>.Read(s, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots);
            var a5 = ValueMarshal<T5>.Read(s, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots + ValueMarshal<T4>.Slots);
            var a6 = ValueMarshal<T6>.Read(s, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots + ValueMarshal<T4>.Slots + ValueMarshal<T5>.Slots);
            try
            {
                var r = callback(a1, a2, a3, a4, a5, a6);
                ValueMarshal<TResult>.CheckStore(r, store.Runtime);
                ValueMarshal<TResult>.Write(s, b, r);
            }
            catch (Exception e) when (e is not TrapException)
            {
                throw HostEntry.Wrap(e);
            }
        });
    }

}
