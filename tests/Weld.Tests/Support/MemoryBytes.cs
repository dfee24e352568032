namespace Weld.Tests.Support;

/// <summary>Copies of a memory's bytes for assertions (the public API lends spans only inside a callback).</summary>
internal static class MemoryBytes
{
    public static byte[] ToArray(this Memory memory) => memory.Bytes(0, checked((int)memory.Length));

    public static byte[] Bytes(this Memory memory, ulong address, int length)
    {
        var bytes = new byte[length];
        memory.Read(address, bytes);
        return bytes;
    }
}
