using System.Collections.Concurrent;
using System.Reflection.Emit;
using Weld.Runtime;

namespace Weld.Execution.Compiler;

/// <summary>
/// The CLR shape of a compiled wasm function of one <see cref="FuncType"/>:
/// <c>R0 F(P0 .. Pn-1, ModuleInstance inst, int depth, ref R1 .. ref Rm-1)</c>. The wasm parameters come first
/// so a caller can push them as they are evaluated; the instance and the call depth (this frame's level, counted
/// like the interpreter's <see cref="ExecStack.Depth"/>) follow; the first result is the return value and further
/// results go out through references.
/// </summary>
internal sealed class CompiledSignature
{
    private static readonly ConcurrentDictionary<string, CompiledSignature> s_cache = new();

    private CompiledSignature(FuncType type, string key)
    {
        Type = type;
        Key = key;
        Params = Array.ConvertAll(type.ParamArray, t => t.Kind);
        Results = Array.ConvertAll(type.ResultArray, t => t.Kind);
        ReturnType = Results.Length == 0 ? typeof(void) : ClrTypes.Of(Results[0]);
        var ps = new List<Type>();
        foreach (var p in Params) ps.Add(ClrTypes.Of(p));
        ps.Add(typeof(ModuleInstance));
        ps.Add(typeof(int));
        for (int i = 1; i < Results.Length; i++) ps.Add(ClrTypes.Of(Results[i]).MakeByRefType());
        ParameterTypes = ps.ToArray();
    }

    /// <summary>The signature of <paramref name="type"/> (shared by every function type with the same shape).</summary>
    public static CompiledSignature Of(FuncType type)
    {
        string key = KeyOf(type);
        // A hostile module can declare very many distinct types: past a bound, shapes are made but not cached.
        if (s_cache.TryGetValue(key, out var sig)) return sig;
        sig = new CompiledSignature(type, key);
        return s_cache.Count < 50_000 ? s_cache.GetOrAdd(key, sig) : sig;
    }

    public FuncType Type { get; }
    /// <summary>A string naming the shape, e.g. "ii:l".</summary>
    public string Key { get; }
    public ValueKind[] Params { get; }
    public ValueKind[] Results { get; }
    public Type ReturnType { get; }
    /// <summary>Every CLR parameter: wasm parameters, instance, depth, then references for results after the first.</summary>
    public Type[] ParameterTypes { get; }
    /// <summary>CLR argument index of the instance.</summary>
    public int InstanceArg => Params.Length;
    /// <summary>CLR argument index of the depth.</summary>
    public int DepthArg => Params.Length + 1;
    /// <summary>CLR argument index of the reference for result <paramref name="i"/> (i ≥ 1).</summary>
    public int ResultArg(int i) => Params.Length + 1 + i;

    /// <summary>Emits an indirect call of this shape; the stack holds the arguments and then the entry pointer.</summary>
    public void EmitCalli(ILGenerator il) =>
        il.EmitCalli(OpCodes.Calli, System.Reflection.CallingConventions.Standard, ReturnType, ParameterTypes, null);

    private static string KeyOf(FuncType type)
    {
        var sb = new System.Text.StringBuilder(type.ParamArray.Length + type.ResultArray.Length + 1);
        foreach (var p in type.ParamArray) sb.Append(Letter(p.Kind));
        sb.Append(':');
        foreach (var r in type.ResultArray) sb.Append(Letter(r.Kind));
        return sb.ToString();
    }

    private static char Letter(ValueKind k) => k switch
    {
        ValueKind.I32 => 'i',
        ValueKind.I64 => 'l',
        ValueKind.F32 => 'f',
        ValueKind.F64 => 'd',
        ValueKind.V128 => 'v',
        ValueKind.FuncRef => 'r',
        ValueKind.ExnRef => 'x', // its own key: a signature's result kinds name the homes a return reads
        ValueKind.AnyRef => 'a',
        _ => 'e',
    };
}
