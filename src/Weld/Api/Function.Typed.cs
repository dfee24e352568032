// Typed calls and host functions for 0..6 parameters and 0 or 1 result (regular shape, one overload per arity).
using Weld.Execution;

namespace Weld;

public sealed partial class Function
{
    /// <summary>Creates a host function in <paramref name="store"/> from a typed delegate (no boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="callback"/> is null.</exception>
    public static Function FromDelegate(Store store, Action callback, string? name = null) =>
        HostFunction.FromDelegate(callback, name).Instantiate(store);

    /// <summary>A typed delegate that calls this function; a call through it throws <see cref="TrapException"/> when the
    /// function traps and lets <see cref="ExitException"/> through, as <see cref="Invoke(ReadOnlySpan{Value})"/> does.</summary>
    /// <exception cref="InvalidCastException">The function's type is not the delegate's.</exception>
    public Action AsAction()
    {
        CheckSignature([], []);
        var fn = Instance;
        return () =>
        {
            var stack = ExecStack.Current;
            int b = HostEntry.Begin(stack, fn, out int savedTop, out int savedDepth);
            try
            {
                HostEntry.Run(stack, fn, b);
            }
            catch (Exception e) when (e is InsufficientExecutionStackException or OutOfMemoryException)
            {
                throw HostEntry.Wrap(e);
            }
            finally
            {
                HostEntry.End(stack, savedTop, savedDepth, b, 0);
            }
        };
    }

    /// <summary>Creates a host function in <paramref name="store"/> from a typed delegate (no boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static Function FromDelegate<TResult>(Store store, Func<TResult> callback, string? name = null) =>
        HostFunction.FromDelegate(callback, name).Instantiate(store);

    /// <summary>A typed delegate that calls this function; a call through it throws <see cref="TrapException"/> when the
    /// function traps and lets <see cref="ExitException"/> through, as <see cref="Invoke(ReadOnlySpan{Value})"/> does.</summary>
    /// <exception cref="InvalidCastException">The function's type is not the delegate's.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public Func<TResult> AsFunc<TResult>()
    {
        CheckSignature([], [ValueMarshal<TResult>.Require()]);
        var fn = Instance;
        return () =>
        {
            var stack = ExecStack.Current;
            int b = HostEntry.Begin(stack, fn, out int savedTop, out int savedDepth);
            try
            {
                HostEntry.Run(stack, fn, b);
                return ValueMarshal<TResult>.Read(stack, b);
            }
            catch (Exception e) when (e is InsufficientExecutionStackException or OutOfMemoryException)
            {
                throw HostEntry.Wrap(e);
            }
            finally
            {
                HostEntry.End(stack, savedTop, savedDepth, b, ValueMarshal<TResult>.Slots);
            }
        };
    }

    /// <summary>Creates a host function in <paramref name="store"/> from a typed delegate (no boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static Function FromDelegate<T1>(Store store, Action<T1> callback, string? name = null) =>
        HostFunction.FromDelegate(callback, name).Instantiate(store);

    /// <summary>A typed delegate that calls this function; a call through it throws <see cref="TrapException"/> when the
    /// function traps and lets <see cref="ExitException"/> through, as <see cref="Invoke(ReadOnlySpan{Value})"/> does.</summary>
    /// <exception cref="InvalidCastException">The function's type is not the delegate's.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public Action<T1> AsAction<T1>()
    {
        CheckSignature([ValueMarshal<T1>.Require()], []);
        var fn = Instance;
        return (a1) =>
        {
            var stack = ExecStack.Current;
            int b = HostEntry.Begin(stack, fn, out int savedTop, out int savedDepth);
            try
            {
                ValueMarshal<T1>.WriteArgument(stack, b, a1, fn.Store);
                HostEntry.Run(stack, fn, b);
            }
            catch (Exception e) when (e is InsufficientExecutionStackException or OutOfMemoryException)
            {
                throw HostEntry.Wrap(e);
            }
            finally
            {
                HostEntry.End(stack, savedTop, savedDepth, b, 0);
            }
        };
    }

    /// <summary>Creates a host function in <paramref name="store"/> from a typed delegate (no boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static Function FromDelegate<T1, TResult>(Store store, Func<T1, TResult> callback, string? name = null) =>
        HostFunction.FromDelegate(callback, name).Instantiate(store);

    /// <summary>A typed delegate that calls this function; a call through it throws <see cref="TrapException"/> when the
    /// function traps and lets <see cref="ExitException"/> through, as <see cref="Invoke(ReadOnlySpan{Value})"/> does.</summary>
    /// <exception cref="InvalidCastException">The function's type is not the delegate's.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public Func<T1, TResult> AsFunc<T1, TResult>()
    {
        CheckSignature([ValueMarshal<T1>.Require()], [ValueMarshal<TResult>.Require()]);
        var fn = Instance;
        return (a1) =>
        {
            var stack = ExecStack.Current;
            int b = HostEntry.Begin(stack, fn, out int savedTop, out int savedDepth);
            try
            {
                ValueMarshal<T1>.WriteArgument(stack, b, a1, fn.Store);
                HostEntry.Run(stack, fn, b);
                return ValueMarshal<TResult>.Read(stack, b);
            }
            catch (Exception e) when (e is InsufficientExecutionStackException or OutOfMemoryException)
            {
                throw HostEntry.Wrap(e);
            }
            finally
            {
                HostEntry.End(stack, savedTop, savedDepth, b, ValueMarshal<TResult>.Slots);
            }
        };
    }

    /// <summary>Creates a host function in <paramref name="store"/> from a typed delegate (no boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static Function FromDelegate<T1, T2>(Store store, Action<T1, T2> callback, string? name = null) =>
        HostFunction.FromDelegate(callback, name).Instantiate(store);

    /// <summary>A typed delegate that calls this function; a call through it throws <see cref="TrapException"/> when the
    /// function traps and lets <see cref="ExitException"/> through, as <see cref="Invoke(ReadOnlySpan{Value})"/> does.</summary>
    /// <exception cref="InvalidCastException">The function's type is not the delegate's.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public Action<T1, T2> AsAction<T1, T2>()
    {
        CheckSignature([ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require()], []);
        var fn = Instance;
        return (a1, a2) =>
        {
            var stack = ExecStack.Current;
            int b = HostEntry.Begin(stack, fn, out int savedTop, out int savedDepth);
            try
            {
                ValueMarshal<T1>.WriteArgument(stack, b, a1, fn.Store);
                ValueMarshal<T2>.WriteArgument(stack, b + ValueMarshal<T1>.Slots, a2, fn.Store);
                HostEntry.Run(stack, fn, b);
            }
            catch (Exception e) when (e is InsufficientExecutionStackException or OutOfMemoryException)
            {
                throw HostEntry.Wrap(e);
            }
            finally
            {
                HostEntry.End(stack, savedTop, savedDepth, b, 0);
            }
        };
    }

    /// <summary>Creates a host function in <paramref name="store"/> from a typed delegate (no boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static Function FromDelegate<T1, T2, TResult>(Store store, Func<T1, T2, TResult> callback, string? name = null) =>
        HostFunction.FromDelegate(callback, name).Instantiate(store);

    /// <summary>A typed delegate that calls this function; a call through it throws <see cref="TrapException"/> when the
    /// function traps and lets <see cref="ExitException"/> through, as <see cref="Invoke(ReadOnlySpan{Value})"/> does.</summary>
    /// <exception cref="InvalidCastException">The function's type is not the delegate's.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public Func<T1, T2, TResult> AsFunc<T1, T2, TResult>()
    {
        CheckSignature([ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require()], [ValueMarshal<TResult>.Require()]);
        var fn = Instance;
        return (a1, a2) =>
        {
            var stack = ExecStack.Current;
            int b = HostEntry.Begin(stack, fn, out int savedTop, out int savedDepth);
            try
            {
                ValueMarshal<T1>.WriteArgument(stack, b, a1, fn.Store);
                ValueMarshal<T2>.WriteArgument(stack, b + ValueMarshal<T1>.Slots, a2, fn.Store);
                HostEntry.Run(stack, fn, b);
                return ValueMarshal<TResult>.Read(stack, b);
            }
            catch (Exception e) when (e is InsufficientExecutionStackException or OutOfMemoryException)
            {
                throw HostEntry.Wrap(e);
            }
            finally
            {
                HostEntry.End(stack, savedTop, savedDepth, b, ValueMarshal<TResult>.Slots);
            }
        };
    }

    /// <summary>Creates a host function in <paramref name="store"/> from a typed delegate (no boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static Function FromDelegate<T1, T2, T3>(Store store, Action<T1, T2, T3> callback, string? name = null) =>
        HostFunction.FromDelegate(callback, name).Instantiate(store);

    /// <summary>A typed delegate that calls this function; a call through it throws <see cref="TrapException"/> when the
    /// function traps and lets <see cref="ExitException"/> through, as <see cref="Invoke(ReadOnlySpan{Value})"/> does.</summary>
    /// <exception cref="InvalidCastException">The function's type is not the delegate's.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public Action<T1, T2, T3> AsAction<T1, T2, T3>()
    {
        CheckSignature([ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require()], []);
        var fn = Instance;
        return (a1, a2, a3) =>
        {
            var stack = ExecStack.Current;
            int b = HostEntry.Begin(stack, fn, out int savedTop, out int savedDepth);
            try
            {
                ValueMarshal<T1>.WriteArgument(stack, b, a1, fn.Store);
                ValueMarshal<T2>.WriteArgument(stack, b + ValueMarshal<T1>.Slots, a2, fn.Store);
                ValueMarshal<T3>.WriteArgument(stack, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots, a3, fn.Store);
                HostEntry.Run(stack, fn, b);
            }
            catch (Exception e) when (e is InsufficientExecutionStackException or OutOfMemoryException)
            {
                throw HostEntry.Wrap(e);
            }
            finally
            {
                HostEntry.End(stack, savedTop, savedDepth, b, 0);
            }
        };
    }

    /// <summary>Creates a host function in <paramref name="store"/> from a typed delegate (no boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static Function FromDelegate<T1, T2, T3, TResult>(Store store, Func<T1, T2, T3, TResult> callback, string? name = null) =>
        HostFunction.FromDelegate(callback, name).Instantiate(store);

    /// <summary>A typed delegate that calls this function; a call through it throws <see cref="TrapException"/> when the
    /// function traps and lets <see cref="ExitException"/> through, as <see cref="Invoke(ReadOnlySpan{Value})"/> does.</summary>
    /// <exception cref="InvalidCastException">The function's type is not the delegate's.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public Func<T1, T2, T3, TResult> AsFunc<T1, T2, T3, TResult>()
    {
        CheckSignature([ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require()], [ValueMarshal<TResult>.Require()]);
        var fn = Instance;
        return (a1, a2, a3) =>
        {
            var stack = ExecStack.Current;
            int b = HostEntry.Begin(stack, fn, out int savedTop, out int savedDepth);
            try
            {
                ValueMarshal<T1>.WriteArgument(stack, b, a1, fn.Store);
                ValueMarshal<T2>.WriteArgument(stack, b + ValueMarshal<T1>.Slots, a2, fn.Store);
                ValueMarshal<T3>.WriteArgument(stack, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots, a3, fn.Store);
                HostEntry.Run(stack, fn, b);
                return ValueMarshal<TResult>.Read(stack, b);
            }
            catch (Exception e) when (e is InsufficientExecutionStackException or OutOfMemoryException)
            {
                throw HostEntry.Wrap(e);
            }
            finally
            {
                HostEntry.End(stack, savedTop, savedDepth, b, ValueMarshal<TResult>.Slots);
            }
        };
    }

    /// <summary>Creates a host function in <paramref name="store"/> from a typed delegate (no boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static Function FromDelegate<T1, T2, T3, T4>(Store store, Action<T1, T2, T3, T4> callback, string? name = null) =>
        HostFunction.FromDelegate(callback, name).Instantiate(store);

    /// <summary>A typed delegate that calls this function; a call through it throws <see cref="TrapException"/> when the
    /// function traps and lets <see cref="ExitException"/> through, as <see cref="Invoke(ReadOnlySpan{Value})"/> does.</summary>
    /// <exception cref="InvalidCastException">The function's type is not the delegate's.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public Action<T1, T2, T3, T4> AsAction<T1, T2, T3, T4>()
    {
        CheckSignature([ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require(), ValueMarshal<T4>.Require()], []);
        var fn = Instance;
        return (a1, a2, a3, a4) =>
        {
            var stack = ExecStack.Current;
            int b = HostEntry.Begin(stack, fn, out int savedTop, out int savedDepth);
            try
            {
                ValueMarshal<T1>.WriteArgument(stack, b, a1, fn.Store);
                ValueMarshal<T2>.WriteArgument(stack, b + ValueMarshal<T1>.Slots, a2, fn.Store);
                ValueMarshal<T3>.WriteArgument(stack, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots, a3, fn.Store);
                ValueMarshal<T4>.WriteArgument(stack, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots, a4, fn.Store);
                HostEntry.Run(stack, fn, b);
            }
            catch (Exception e) when (e is InsufficientExecutionStackException or OutOfMemoryException)
            {
                throw HostEntry.Wrap(e);
            }
            finally
            {
                HostEntry.End(stack, savedTop, savedDepth, b, 0);
            }
        };
    }

    /// <summary>Creates a host function in <paramref name="store"/> from a typed delegate (no boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static Function FromDelegate<T1, T2, T3, T4, TResult>(Store store, Func<T1, T2, T3, T4, TResult> callback, string? name = null) =>
        HostFunction.FromDelegate(callback, name).Instantiate(store);

    /// <summary>A typed delegate that calls this function; a call through it throws <see cref="TrapException"/> when the
    /// function traps and lets <see cref="ExitException"/> through, as <see cref="Invoke(ReadOnlySpan{Value})"/> does.</summary>
    /// <exception cref="InvalidCastException">The function's type is not the delegate's.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public Func<T1, T2, T3, T4, TResult> AsFunc<T1, T2, T3, T4, TResult>()
    {
        CheckSignature([ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require(), ValueMarshal<T4>.Require()], [ValueMarshal<TResult>.Require()]);
        var fn = Instance;
        return (a1, a2, a3, a4) =>
        {
            var stack = ExecStack.Current;
            int b = HostEntry.Begin(stack, fn, out int savedTop, out int savedDepth);
            try
            {
                ValueMarshal<T1>.WriteArgument(stack, b, a1, fn.Store);
                ValueMarshal<T2>.WriteArgument(stack, b + ValueMarshal<T1>.Slots, a2, fn.Store);
                ValueMarshal<T3>.WriteArgument(stack, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots, a3, fn.Store);
                ValueMarshal<T4>.WriteArgument(stack, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots, a4, fn.Store);
                HostEntry.Run(stack, fn, b);
                return ValueMarshal<TResult>.Read(stack, b);
            }
            catch (Exception e) when (e is InsufficientExecutionStackException or OutOfMemoryException)
            {
                throw HostEntry.Wrap(e);
            }
            finally
            {
                HostEntry.End(stack, savedTop, savedDepth, b, ValueMarshal<TResult>.Slots);
            }
        };
    }

    /// <summary>Creates a host function in <paramref name="store"/> from a typed delegate (no boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static Function FromDelegate<T1, T2, T3, T4, T5>(Store store, Action<T1, T2, T3, T4, T5> callback, string? name = null) =>
        HostFunction.FromDelegate(callback, name).Instantiate(store);

    /// <summary>A typed delegate that calls this function; a call through it throws <see cref="TrapException"/> when the
    /// function traps and lets <see cref="ExitException"/> through, as <see cref="Invoke(ReadOnlySpan{Value})"/> does.</summary>
    /// <exception cref="InvalidCastException">The function's type is not the delegate's.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public Action<T1, T2, T3, T4, T5> AsAction<T1, T2, T3, T4, T5>()
    {
        CheckSignature([ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require(), ValueMarshal<T4>.Require(), ValueMarshal<T5>.Require()], []);
        var fn = Instance;
        return (a1, a2, a3, a4, a5) =>
        {
            var stack = ExecStack.Current;
            int b = HostEntry.Begin(stack, fn, out int savedTop, out int savedDepth);
            try
            {
                ValueMarshal<T1>.WriteArgument(stack, b, a1, fn.Store);
                ValueMarshal<T2>.WriteArgument(stack, b + ValueMarshal<T1>.Slots, a2, fn.Store);
                ValueMarshal<T3>.WriteArgument(stack, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots, a3, fn.Store);
                ValueMarshal<T4>.WriteArgument(stack, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots, a4, fn.Store);
                ValueMarshal<T5>.WriteArgument(stack, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots + ValueMarshal<T4>.Slots, a5, fn.Store);
                HostEntry.Run(stack, fn, b);
            }
            catch (Exception e) when (e is InsufficientExecutionStackException or OutOfMemoryException)
            {
                throw HostEntry.Wrap(e);
            }
            finally
            {
                HostEntry.End(stack, savedTop, savedDepth, b, 0);
            }
        };
    }

    /// <summary>Creates a host function in <paramref name="store"/> from a typed delegate (no boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static Function FromDelegate<T1, T2, T3, T4, T5, TResult>(Store store, Func<T1, T2, T3, T4, T5, TResult> callback, string? name = null) =>
        HostFunction.FromDelegate(callback, name).Instantiate(store);

    /// <summary>A typed delegate that calls this function; a call through it throws <see cref="TrapException"/> when the
    /// function traps and lets <see cref="ExitException"/> through, as <see cref="Invoke(ReadOnlySpan{Value})"/> does.</summary>
    /// <exception cref="InvalidCastException">The function's type is not the delegate's.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public Func<T1, T2, T3, T4, T5, TResult> AsFunc<T1, T2, T3, T4, T5, TResult>()
    {
        CheckSignature([ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require(), ValueMarshal<T4>.Require(), ValueMarshal<T5>.Require()], [ValueMarshal<TResult>.Require()]);
        var fn = Instance;
        return (a1, a2, a3, a4, a5) =>
        {
            var stack = ExecStack.Current;
            int b = HostEntry.Begin(stack, fn, out int savedTop, out int savedDepth);
            try
            {
                ValueMarshal<T1>.WriteArgument(stack, b, a1, fn.Store);
                ValueMarshal<T2>.WriteArgument(stack, b + ValueMarshal<T1>.Slots, a2, fn.Store);
                ValueMarshal<T3>.WriteArgument(stack, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots, a3, fn.Store);
                ValueMarshal<T4>.WriteArgument(stack, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots, a4, fn.Store);
                ValueMarshal<T5>.WriteArgument(stack, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots + ValueMarshal<T4>.Slots, a5, fn.Store);
                HostEntry.Run(stack, fn, b);
                return ValueMarshal<TResult>.Read(stack, b);
            }
            catch (Exception e) when (e is InsufficientExecutionStackException or OutOfMemoryException)
            {
                throw HostEntry.Wrap(e);
            }
            finally
            {
                HostEntry.End(stack, savedTop, savedDepth, b, ValueMarshal<TResult>.Slots);
            }
        };
    }

    /// <summary>Creates a host function in <paramref name="store"/> from a typed delegate (no boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static Function FromDelegate<T1, T2, T3, T4, T5, T6>(Store store, Action<T1, T2, T3, T4, T5, T6> callback, string? name = null) =>
        HostFunction.FromDelegate(callback, name).Instantiate(store);

    /// <summary>A typed delegate that calls this function; a call through it throws <see cref="TrapException"/> when the
    /// function traps and lets <see cref="ExitException"/> through, as <see cref="Invoke(ReadOnlySpan{Value})"/> does.</summary>
    /// <exception cref="InvalidCastException">The function's type is not the delegate's.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public Action<T1, T2, T3, T4, T5, T6> AsAction<T1, T2, T3, T4, T5, T6>()
    {
        CheckSignature([ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require(), ValueMarshal<T4>.Require(), ValueMarshal<T5>.Require(), ValueMarshal<T6>.Require()], []);
        var fn = Instance;
        return (a1, a2, a3, a4, a5, a6) =>
        {
            var stack = ExecStack.Current;
            int b = HostEntry.Begin(stack, fn, out int savedTop, out int savedDepth);
            try
            {
                ValueMarshal<T1>.WriteArgument(stack, b, a1, fn.Store);
                ValueMarshal<T2>.WriteArgument(stack, b + ValueMarshal<T1>.Slots, a2, fn.Store);
                ValueMarshal<T3>.WriteArgument(stack, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots, a3, fn.Store);
                ValueMarshal<T4>.WriteArgument(stack, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots, a4, fn.Store);
                ValueMarshal<T5>.WriteArgument(stack, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots + ValueMarshal<T4>.Slots, a5, fn.Store);
                ValueMarshal<T6>.WriteArgument(stack, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots + ValueMarshal<T4>.Slots + ValueMarshal<T5>.Slots, a6, fn.Store);
                HostEntry.Run(stack, fn, b);
            }
            catch (Exception e) when (e is InsufficientExecutionStackException or OutOfMemoryException)
            {
                throw HostEntry.Wrap(e);
            }
            finally
            {
                HostEntry.End(stack, savedTop, savedDepth, b, 0);
            }
        };
    }

    /// <summary>Creates a host function in <paramref name="store"/> from a typed delegate (no boxing).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="callback"/> is null.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public static Function FromDelegate<T1, T2, T3, T4, T5, T6, TResult>(Store store, Func<T1, T2, T3, T4, T5, T6, TResult> callback, string? name = null) =>
        HostFunction.FromDelegate(callback, name).Instantiate(store);

    /// <summary>A typed delegate that calls this function; a call through it throws <see cref="TrapException"/> when the
    /// function traps and lets <see cref="ExitException"/> through, as <see cref="Invoke(ReadOnlySpan{Value})"/> does.</summary>
    /// <exception cref="InvalidCastException">The function's type is not the delegate's.</exception>
    /// <exception cref="NotSupportedException">A type argument is not a WebAssembly value type.</exception>
    public Func<T1, T2, T3, T4, T5, T6, TResult> AsFunc<T1, T2, T3, T4, T5, T6, TResult>()
    {
        CheckSignature([ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require(), ValueMarshal<T4>.Require(), ValueMarshal<T5>.Require(), ValueMarshal<T6>.Require()], [ValueMarshal<TResult>.Require()]);
        var fn = Instance;
        return (a1, a2, a3, a4, a5, a6) =>
        {
            var stack = ExecStack.Current;
            int b = HostEntry.Begin(stack, fn, out int savedTop, out int savedDepth);
            try
            {
                ValueMarshal<T1>.WriteArgument(stack, b, a1, fn.Store);
                ValueMarshal<T2>.WriteArgument(stack, b + ValueMarshal<T1>.Slots, a2, fn.Store);
                ValueMarshal<T3>.WriteArgument(stack, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots, a3, fn.Store);
                ValueMarshal<T4>.WriteArgument(stack, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots, a4, fn.Store);
                ValueMarshal<T5>.WriteArgument(stack, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots + ValueMarshal<T4>.Slots, a5, fn.Store);
                ValueMarshal<T6>.WriteArgument(stack, b + ValueMarshal<T1>.Slots + ValueMarshal<T2>.Slots + ValueMarshal<T3>.Slots + ValueMarshal<T4>.Slots + ValueMarshal<T5>.Slots, a6, fn.Store);
                HostEntry.Run(stack, fn, b);
                return ValueMarshal<TResult>.Read(stack, b);
            }
            catch (Exception e) when (e is InsufficientExecutionStackException or OutOfMemoryException)
            {
                throw HostEntry.Wrap(e);
            }
            finally
            {
                HostEntry.End(stack, savedTop, savedDepth, b, ValueMarshal<TResult>.Slots);
            }
        };
    }

}
