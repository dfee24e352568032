namespace Weld.Fuzz.Sessions;

/// <summary>The observable state of an instance: the contents of every exported memory and the value of every exported
/// global, by export name.</summary>
public sealed record StateSnapshot(IReadOnlyDictionary<string, byte[]> Memories, IReadOnlyDictionary<string, WasmValue> Globals)
{
    public static StateSnapshot Empty { get; } = new(new Dictionary<string, byte[]>(), new Dictionary<string, WasmValue>());
}
