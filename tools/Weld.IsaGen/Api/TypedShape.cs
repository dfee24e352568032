namespace Weld.IsaGen.Api;

/// <summary>One typed signature of the public API: <see cref="Params"/> WebAssembly parameters, a result or none
/// (several results travel as one ValueTuple type argument), and whether a <c>Caller</c> comes first.</summary>
public sealed record TypedShape(int Params, bool Result, bool Caller)
{
    /// <summary>Parameters of a typed delegate: as many as <c>Func</c> and <c>Action</c> take.</summary>
    public const int MaxParams = 16;

    /// <summary>With a Caller first, one fewer: the Caller takes one of the delegate's parameters.</summary>
    public const int MaxCallerParams = MaxParams - 1;

    /// <summary>Every shape, without a Caller first, then with one; by arity, the one without a result first.</summary>
    public static IEnumerable<TypedShape> All(bool withCaller) =>
        from caller in withCaller ? new[] { false, true } : [false]
        from n in Enumerable.Range(0, (caller ? MaxCallerParams : MaxParams) + 1)
        from result in new[] { false, true }
        select new TypedShape(n, result, caller);

    public IEnumerable<int> Indices => Enumerable.Range(1, Params);

    /// <summary>"&lt;T1, T2, TResult&gt;", or "" when there are no type parameters.</summary>
    public string TypeParams
    {
        get
        {
            var names = Indices.Select(i => $"T{i}").Concat(Result ? ["TResult"] : Array.Empty<string>()).ToList();
            return names.Count == 0 ? "" : $"<{string.Join(", ", names)}>";
        }
    }

    /// <summary>The delegate type: Func&lt;[Caller, ]T1.., TResult&gt; or Action&lt;[Caller, ]T1..&gt;.</summary>
    public string Delegate
    {
        get
        {
            var args = (Caller ? ["Caller"] : Array.Empty<string>()).Concat(Indices.Select(i => $"T{i}"))
                .Concat(Result ? ["TResult"] : Array.Empty<string>()).ToList();
            string kind = Result ? "Func" : "Action";
            return args.Count == 0 ? kind : $"{kind}<{string.Join(", ", args)}>";
        }
    }

    /// <summary>"a1, a2": the arguments as the generated code names them.</summary>
    public string Arguments => string.Join(", ", Indices.Select(i => $"a{i}"));

    /// <summary>The expressions for the parameter types, one per parameter.</summary>
    public IEnumerable<string> ParamTypes => Indices.Select(i => $"ValueMarshal<T{i}>.Require()");

    /// <summary>The expression for the result types (an array).</summary>
    public string ResultTypes => Result ? "ResultMarshal<TResult>.Require()" : "[]";

    /// <summary>Whether a type argument can be refused as not a WebAssembly value type.</summary>
    public bool HasTypeArguments => Params > 0 || Result;
}
