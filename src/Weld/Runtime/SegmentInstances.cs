namespace Weld.Runtime;

/// <summary>An element instance: the segment's references, emptied by elem.drop (and after active/declarative init).</summary>
internal sealed class ElemInstance(ValType type, object?[] items)
{
    public ValType Type { get; } = type;
    public object?[] Items = items;
}

/// <summary>A data instance: the segment's bytes, emptied by data.drop (and after active init).</summary>
internal sealed class DataInstance(byte[] bytes)
{
    public byte[] Bytes = bytes;
}
