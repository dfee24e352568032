namespace Weld.IsaGen.Api;

/// <summary>The one-line typed overloads that delegate to the typed core: <c>Function.FromDelegate</c> (see
/// <see cref="FunctionEmitter"/>), <c>Instance.GetFunction</c> / <c>GetAction</c> and <c>Linker.DefineFunction</c>.</summary>
public static class WrapperEmitter
{
    private const string NotSupported =
        "/// <exception cref=\"NotSupportedException\">A type argument is not a WebAssembly value type.</exception>";

    public static string InstanceGetters()
    {
        var w = TypedApiGenerator.File();
        w.Line($"// Typed delegates for exported functions of 0 to {TypedShape.MaxParams} parameters.");
        w.Block("public sealed partial class Instance", () =>
        {
            bool first = true;
            foreach (var s in TypedShape.All(withCaller: false))
            {
                if (!first) w.Line();
                first = false;
                string method = s.Result ? "GetFunction" : "GetAction";
                string conversion = s.Result ? "AsFunc" : "AsAction";
                w.Line("/// <summary>A typed delegate for the exported function, or null when there is none; throws when its type " +
                       "differs.</summary>");
                w.Line("/// <exception cref=\"ArgumentNullException\"><paramref name=\"name\"/> is null.</exception>");
                w.Line("/// <exception cref=\"InvalidCastException\">The exported function's type is not the delegate's.</exception>");
                if (s.HasTypeArguments) w.Line(NotSupported);
                w.Line($"public {s.Delegate}? {method}{s.TypeParams}(string name) =>");
                w.Indented(() => w.Line($"GetFunction(name)?.{conversion}{s.TypeParams}();"));
            }
        });
        return w.ToString();
    }

    public static string LinkerDefinitions()
    {
        var w = TypedApiGenerator.File();
        w.Line($"// Host functions from typed delegates (a lambda directly) of 0 to {TypedShape.MaxParams} parameters, " +
               $"{TypedShape.MaxCallerParams} after a Caller.");
        w.Block("public sealed partial class Linker", () =>
        {
            bool first = true;
            foreach (var s in TypedShape.All(withCaller: true))
            {
                if (!first) w.Line();
                first = false;
                w.Line("/// <summary>Defines a host function made from a typed delegate" +
                       (s.Caller ? ", whose first parameter receives the <see cref=\"Caller\"/>," : "") +
                       " under <paramref name=\"module\"/>.<paramref name=\"name\"/>:");
                w.Line("/// <c>DefineFunction(module, name, HostFunction.FromDelegate(callback, name))</c>.</summary>");
                w.Line("/// <exception cref=\"ArgumentNullException\"><paramref name=\"module\"/>, <paramref name=\"name\"/> or " +
                       "<paramref name=\"callback\"/> is null.</exception>");
                if (s.HasTypeArguments) w.Line(NotSupported);
                w.Line("/// <exception cref=\"LinkException\">The name is already defined and <see cref=\"AllowShadowing\"/> is false.</exception>");
                w.Line($"public Linker DefineFunction{s.TypeParams}(string module, string name, {s.Delegate} callback) =>");
                w.Indented(() => w.Line("DefineFunction(module, name, HostFunction.FromDelegate(callback, name));"));
            }
        });
        return w.ToString();
    }
}
