namespace Weld.IsaGen.Api;

/// <summary>src/Weld/Api/Function.Typed.g.cs: <c>Function.FromDelegate</c> for every shape and the typed calls
/// <c>AsFunc</c> / <c>AsAction</c>, whose delegates write the arguments to the stack slots, run the function and read
/// the results with no boxing and no allocation per call.</summary>
public static class FunctionEmitter
{
    public static string Functions()
    {
        var w = TypedApiGenerator.File("Weld.Execution");
        w.Line($"// Typed host functions and typed calls: 0 to {TypedShape.MaxParams} parameters ({TypedShape.MaxCallerParams} after " +
               "a Caller), no result, one, or several as a ValueTuple.");
        w.Block("public sealed partial class Function", () =>
        {
            foreach (var s in TypedShape.All(withCaller: true))
            {
                FromDelegate(w, s);
                w.Line();
            }
            bool first = true;
            foreach (var s in TypedShape.All(withCaller: false))
            {
                if (!first) w.Line();
                first = false;
                Typed(w, s);
            }
        });
        return w.ToString();
    }

    private static void FromDelegate(CodeWriter w, TypedShape s)
    {
        w.Line(HostFunctionEmitter.Summary(s, "Creates a host function in <paramref name=\"store\"/>"));
        w.Line("/// <exception cref=\"ArgumentNullException\"><paramref name=\"store\"/> or <paramref name=\"callback\"/> is null.</exception>");
        if (s.HasTypeArguments)
            w.Line("/// <exception cref=\"NotSupportedException\">A type argument is not a WebAssembly value type.</exception>");
        w.Line($"public static Function FromDelegate{s.TypeParams}(Store store, {s.Delegate} callback, string? name = null) =>");
        w.Indented(() => w.Line("HostFunction.FromDelegate(callback, name).Instantiate(store);"));
    }

    private static void Typed(CodeWriter w, TypedShape s)
    {
        w.Line("/// <summary>A typed delegate that calls this function; a call through it throws <see cref=\"TrapException\"/> when the");
        w.Line("/// function traps and lets <see cref=\"ExitException\"/> through, as <see cref=\"Invoke(ReadOnlySpan{Value})\"/> does.</summary>");
        w.Line("/// <exception cref=\"InvalidCastException\">The function's type is not the delegate's.</exception>");
        if (s.HasTypeArguments)
            w.Line("/// <exception cref=\"NotSupportedException\">A type argument is not a WebAssembly value type.</exception>");
        w.Block($"public {s.Delegate} {(s.Result ? "AsFunc" : "AsAction")}{s.TypeParams}()", () =>
        {
            TypedApiGenerator.Array(w, "ValType[] ps = ", s.ParamTypes);
            w.Line($"CheckSignature(ps, {s.ResultTypes});");
            w.Line("var fn = Instance;");
            w.Line($"return ({s.Arguments}) =>");
            w.Block("", () => Call(w, s), "};");
        });
    }

    private static void Call(CodeWriter w, TypedShape s)
    {
        w.Line("var stack = ExecStack.Current;");
        w.Line("int b = HostEntry.Begin(stack, fn, out int savedTop, out int savedDepth);");
        w.Block("try", () =>
        {
            foreach (int i in s.Indices)
            {
                if (i == 1) w.Line("ValueMarshal<T1>.WriteArgument(stack, b, a1, fn.Store);");
                else
                {
                    w.Line(i == 2 ? "int o = b + ValueMarshal<T1>.Slots;" : $"o += ValueMarshal<T{i - 1}>.Slots;");
                    w.Line($"ValueMarshal<T{i}>.WriteArgument(stack, o, a{i}, fn.Store);");
                }
            }
            w.Line("HostEntry.Run(stack, fn, b);");
            if (s.Result) w.Line("return ResultMarshal<TResult>.Read(stack, b);");
        });
        w.Block("catch (Exception e) when (e is InsufficientExecutionStackException or OutOfMemoryException)",
            () => w.Line("throw HostEntry.Wrap(e);"));
        w.Block("finally", () => w.Line($"HostEntry.End(stack, savedTop, savedDepth, b, {(s.Result ? "ResultMarshal<TResult>.Slots" : "0")});"));
    }
}
