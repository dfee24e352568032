using Weld.Runtime;

namespace Weld;

/// <summary>A WebAssembly exception (exception handling): thrown by wasm's <c>throw</c> and reaching the host when no
/// handler in wasm catches it, or thrown by a host function into the wasm code that called it, where a handler for its
/// tag (or a catch-all) catches it. A trap is never a <see cref="WasmException"/> and wasm never catches a trap.</summary>
public sealed class WasmException : WeldException
{
    /// <summary>Creates an exception with <paramref name="tag"/> and its payload, to throw from a host function.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tag"/> or <paramref name="payload"/> is null.</exception>
    /// <exception cref="ArgumentException">The payload does not match the tag's parameter types.</exception>
    public WasmException(Tag tag, params Value[] payload) : base("wasm exception")
    {
        ArgumentNullException.ThrowIfNull(tag);
        ArgumentNullException.ThrowIfNull(payload);
        var types = tag.Type.FunctionType.ParamArray;
        if (payload.Length != types.Length)
            throw new ArgumentException($"tag {tag.Type} takes {types.Length} values, {payload.Length} given", nameof(payload));
        var e = new ExceptionInstance(tag.Instance);
        int s = 0;
        for (int i = 0; i < types.Length; i++)
        {
            Global.CheckType(types[i], payload[i], tag.Store);
            e.Slots[s] = payload[i].Lo;
            e.Refs[s] = payload[i].Ref;
            if (types[i].Kind == ValueKind.V128) e.Slots[++s] = payload[i].Hi;
            s++;
        }
        Instance = e;
    }

    internal WasmException(ExceptionInstance instance) : base("wasm exception") => Instance = instance;

    internal ExceptionInstance Instance { get; }

    /// <summary>Compiled code's legacy delegate: the exception skips the handlers of the invocation that owns this
    /// token whose control depth is above <see cref="DelegateDepth"/> (any other invocation treats it as plain).</summary>
    internal object? DelegateToken { get; init; }
    internal int DelegateDepth { get; init; }

    /// <summary>The exception's tag.</summary>
    public Tag Tag => new(Store.Of(Instance.Tag.Store), Instance.Tag);

    /// <summary>The values the exception carries, of the tag's parameter types.</summary>
    public IReadOnlyList<Value> Payload => Instance.Values();

    /// <summary>Throws the exception of an exnref (a helper of both back ends).</summary>
    internal static WasmException Of(ExceptionInstance instance) => new(instance);
}
