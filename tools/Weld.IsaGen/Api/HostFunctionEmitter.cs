namespace Weld.IsaGen.Api;

/// <summary>src/Weld/Api/HostFunction.Typed.g.cs: <c>HostFunction.FromDelegate</c> for every shape. Each makes a
/// callback that reads the arguments from the stack slots, calls the delegate (with the Caller first if it takes one)
/// and writes the results back, with no boxing and no allocation per call.</summary>
public static class HostFunctionEmitter
{
    public static string HostFunctions()
    {
        var w = TypedApiGenerator.File("Weld.Execution");
        w.Line($"// Typed host functions: 0 to {TypedShape.MaxParams} parameters ({TypedShape.MaxCallerParams} after a Caller), " +
               "no result, one, or several as a ValueTuple.");
        w.Block("public sealed partial class HostFunction", () =>
        {
            bool first = true;
            foreach (var shape in TypedShape.All(withCaller: true))
            {
                if (!first) w.Line();
                first = false;
                FromDelegate(w, shape);
            }
        });
        return w.ToString();
    }

    public static string Summary(TypedShape s, string what) => s.Caller
        ? $"/// <summary>{what} from a typed delegate whose first parameter receives the <see cref=\"Caller\"/> (not a WebAssembly " +
          "parameter); arguments and results move without boxing.</summary>"
        : $"/// <summary>{what} from a typed delegate (arguments and results move without boxing).</summary>";

    private static void FromDelegate(CodeWriter w, TypedShape s)
    {
        w.Line(Summary(s, "A host function"));
        w.Line("/// <exception cref=\"ArgumentNullException\"><paramref name=\"callback\"/> is null.</exception>");
        if (s.HasTypeArguments)
            w.Line("/// <exception cref=\"NotSupportedException\">A type argument is not a WebAssembly value type.</exception>");
        w.Block($"public static HostFunction FromDelegate{s.TypeParams}({s.Delegate} callback, string? name = null)", () =>
        {
            w.Line("ArgumentNullException.ThrowIfNull(callback);");
            TypedApiGenerator.Array(w, "ValType[] ps = ", s.ParamTypes);
            w.Line($"return new HostFunction(new FuncType(ps, {s.ResultTypes}, true), name, store => (s, b) =>");
            w.Block("", () => Callback(w, s), "});");
        });
    }

    private static void Callback(CodeWriter w, TypedShape s)
    {
        foreach (int i in s.Indices)
        {
            if (i == 1) w.Line("var a1 = ValueMarshal<T1>.Read(s, b);");
            else
            {
                w.Line(i == 2 ? "int o = b + ValueMarshal<T1>.Slots;" : $"o += ValueMarshal<T{i - 1}>.Slots;");
                w.Line($"var a{i} = ValueMarshal<T{i}>.Read(s, o);");
            }
        }
        string args = (s.Caller ? "Caller.Of(store, s)" + (s.Params > 0 ? ", " : "") : "") + s.Arguments;
        w.Block("try", () => w.Line(s.Result
            ? $"ResultMarshal<TResult>.Write(s, b, callback({args}), store.Runtime);"
            : $"callback({args});"));
        w.Block("catch (Exception e) when (e is not TrapException)", () => w.Line("throw HostEntry.Wrap(e);"));
    }
}
