using System.Text;

namespace Weld.Binary;

/// <summary>Growable byte buffer with the binary format's canonical (shortest) encodings.</summary>
internal sealed class WasmWriter
{
    private byte[] _buffer = new byte[256];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    public byte[] ToArray() => Written.ToArray();

    private void Ensure(int extra)
    {
        if (Length + extra <= _buffer.Length) return;
        Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + extra));
    }

    public void Byte(byte b)
    {
        Ensure(1);
        _buffer[Length++] = b;
    }

    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Length;
    }

    public void U32(uint v) => U64(v);

    /// <summary>An index or count from the syntax model (never negative there).</summary>
    public void U32(int v) => U64((uint)v);

    public void U64(ulong v)
    {
        do
        {
            byte b = (byte)(v & 0x7F);
            v >>= 7;
            if (v != 0) b |= 0x80;
            Byte(b);
        } while (v != 0);
    }

    public void S64(long v)
    {
        while (true)
        {
            byte b = (byte)(v & 0x7F);
            v >>= 7;
            bool done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            Byte(done ? b : (byte)(b | 0x80));
            if (done) return;
        }
    }

    public void Fixed32(uint v)
    {
        Byte((byte)v);
        Byte((byte)(v >> 8));
        Byte((byte)(v >> 16));
        Byte((byte)(v >> 24));
    }

    public void Fixed64(ulong v)
    {
        Fixed32((uint)v);
        Fixed32((uint)(v >> 32));
    }

    public void Name(string s)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        U32(bytes.Length);
        Bytes(bytes);
    }

    public void Vector(ReadOnlySpan<byte> bytes)
    {
        U32(bytes.Length);
        Bytes(bytes);
    }

    /// <summary>A value type: one byte for 2.0's types and the abbreviations, else 0x64 (ref) or 0x63 (ref null) and
    /// the heap type.</summary>
    public void ValType(ValType t)
    {
        if (t.IsV2) Byte((byte)t.Kind);
        else if (t.IsNullable && t.AbstractHeap is { } h) Byte((byte)h);
        else
        {
            Byte(t.IsNullable ? (byte)0x63 : (byte)0x64);
            HeapType(t);
        }
    }

    /// <summary>A heap type as an s33: an abstract one is its one-byte code, a type index is non-negative.</summary>
    public void HeapType(ValType t)
    {
        if (t.AbstractHeap is { } h) Byte((byte)h);
        else S64(t.TypeIndex ?? 0);
    }
}
