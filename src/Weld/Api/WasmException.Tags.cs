using Weld.Runtime;

namespace Weld;

public sealed partial class WasmException
{
    /// <summary>Creates an exception with <paramref name="tag"/> and its payload, to throw from a host function.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tag"/> or <paramref name="payload"/> is null.</exception>
    /// <exception cref="ArgumentException">The payload does not match the tag's parameter types.</exception>
    public WasmException(Tag tag, params Value[] payload) : this(Build(tag, payload)) { }

    private static ExceptionInstance Build(Tag tag, Value[] payload)
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
        return e;
    }

    private ExceptionInstance Exception => (ExceptionInstance)Instance;

    /// <summary>The exception's tag.</summary>
    public Tag Tag => new(Store.Of(Exception.Tag.Store), Exception.Tag);

    /// <summary>The values the exception carries, of the tag's parameter types.</summary>
    public IReadOnlyList<Value> Payload => Exception.Values();
}
