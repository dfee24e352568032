using System.Text;
using System.Text.Unicode;
using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Binary;

/// <summary>
/// Cursor over the whole module's bytes with the spec's primitive decoders (LEB128, names, lengths).
/// Like the reference interpreter, reads are bounded by the end of the input, not of the current section:
/// section and function sizes are checked after their contents are read ("section size mismatch"), which
/// is what makes the spec tests' messages come out right (e.g. a missing <c>end</c> reads into the next
/// function and reports "END opcode expected").
/// </summary>
internal ref struct WasmReader(ReadOnlySpan<byte> data, WasmFeatures features = WasmFeatures.Default)
{
    private readonly ReadOnlySpan<byte> _data = data;

    /// <summary>The proposals the module may use: without threads, limits flags and the 0xFE prefix read as in 2.0.</summary>
    public readonly WasmFeatures Features = features;

    public int Pos { get; set; }

    /// <summary>The module being decoded: a type index's reference kind (function or any hierarchy) is read from
    /// its type section (a forward index inside a recursion group is fixed once the group is read).</summary>
    public ModuleDefinition? Module { get; set; }

    /// <summary>Where the section being read ends (3.0 reads a constant expression no further; see
    /// <c>BinaryDecoder.ReadConstExpr</c>).</summary>
    public int SectionEnd { get; set; } = int.MaxValue;
    public readonly int Length => _data.Length;
    public readonly int Remaining => _data.Length - Pos;
    public readonly bool AtEnd => Pos >= _data.Length;

    public readonly MalformedModuleException Error(string message, int at) => new(message, at);
    public readonly MalformedModuleException Error(string message) => new(message, Pos);

    /// <summary>The next byte without consuming it, or -1 at the end.</summary>
    public readonly int Peek() => Pos < _data.Length ? _data[Pos] : -1;

    public byte ReadByte()
    {
        if (Pos >= _data.Length) throw Error(Messages.UnexpectedEndOfSection);
        return _data[Pos++];
    }

    public ReadOnlySpan<byte> ReadBytes(int n)
    {
        if (n < 0 || n > Remaining) throw Error(Messages.UnexpectedEndOfSection);
        var s = _data.Slice(Pos, n);
        Pos += n;
        return s;
    }

    public uint ReadU32() => (uint)ReadUnsigned(32);
    public ulong ReadU64() => ReadUnsigned(64);
    public int ReadS32() => (int)ReadSigned(32);
    public long ReadS33() => ReadSigned(33);
    public long ReadS64() => ReadSigned(64);

    /// <summary>A u32 index, clamped to int.MaxValue: an index that large can never be in range, so the
    /// validator reports it as unknown instead of seeing a negative int.</summary>
    public int ReadIndex() => ClampIndex(ReadU32());

    public static int ClampIndex(ulong v) => v > int.MaxValue ? int.MaxValue : (int)v;

    /// <summary>The spec's vuN: at most ceil(N/7) bytes; unused bits of the last byte must be zero.</summary>
    private ulong ReadUnsigned(int bits)
    {
        ulong result = 0;
        int shift = 0;
        for (int n = bits; ; n -= 7, shift += 7)
        {
            if (n <= 0) throw Error(Messages.IntegerTooLong);
            int at = Pos;
            byte b = ReadByte();
            if (n < 7 && (b & 0x7F) >= 1 << n) throw Error(Messages.IntegerTooLarge, at);
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return result;
        }
    }

    /// <summary>The spec's vsN: unused bits of the last byte must all equal the sign bit.</summary>
    private long ReadSigned(int bits)
    {
        long result = 0;
        int shift = 0;
        for (int n = bits; ; n -= 7, shift += 7)
        {
            if (n <= 0) throw Error(Messages.IntegerTooLong);
            int at = Pos;
            byte b = ReadByte();
            if (n < 7)
            {
                int mask = (-1 << (n - 1)) & 0x7F;
                int high = b & mask;
                if (high != 0 && high != mask) throw Error(Messages.IntegerTooLarge, at);
            }
            result |= (long)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                shift += 7;
                if (shift < 64 && (b & 0x40) != 0) result |= -1L << shift;
                return result;
            }
        }
    }

    public uint ReadFixed32()
    {
        var s = ReadBytes(4);
        return (uint)(s[0] | s[1] << 8 | s[2] << 16 | s[3] << 24);
    }

    public ulong ReadFixed64() => ReadFixed32() | (ulong)ReadFixed32() << 32;

    /// <summary>A vector or byte length: must not exceed what is left of the input ("length out of bounds"),
    /// so nothing is ever allocated from a count larger than the input could hold.</summary>
    /// <remarks>As in the reference interpreter the bound is what is left counting from the length's own
    /// first byte (the spec tests depend on it: a length one byte too long reports "unexpected end").</remarks>
    public int ReadLength()
    {
        int at = Pos;
        int left = Remaining;
        uint n = ReadU32();
        if (n > (uint)left) throw Error(Messages.LengthOutOfBounds, at);
        return (int)n;
    }

    /// <summary>A name: a byte length and strictly valid UTF-8.</summary>
    public string ReadName()
    {
        int at = Pos;
        var bytes = ReadBytes(ReadLength());
        if (!Utf8.IsValid(bytes)) throw Error(Messages.MalformedUtf8, at);
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The spec's value_type: numeric (0x7C..0x7F), vector (0x71..0x7B) or reference, one signed LEB byte
    /// (with typed function references, also 0x63/0x64 and a heap type).</summary>
    public ValType ReadValueType()
    {
        int at = Pos;
        byte b = ReadByte();
        if ((b & 0x80) != 0) throw Error(Messages.IntegerTooLong, Pos);
        if (TypedReferences && (b is 0x63 or 0x64 || HeapTypes.IsDefined(b))) return ReadTypedRef(b, at);
        return b switch
        {
            >= 0x7C => ValType.From((ValueKind)b),
            0x7B => ValType.V128,
            > 0x70 => throw Error(Messages.MalformedVectorType, at),
            _ => RefTypeOf(b, at),
        };
    }

    public ValType ReadRefType()
    {
        int at = Pos;
        byte b = ReadByte();
        if ((b & 0x80) != 0) throw Error(Messages.IntegerTooLong, Pos);
        if (TypedReferences) return ReadTypedRef(b, at);
        return RefTypeOf(b, at);
    }

    private readonly bool TypedReferences => (Features & WasmFeatures.FunctionReferences) != 0;

    /// <summary>A 3.0 reference type whose first byte is <paramref name="b"/>: an abbreviation, or 0x64 (ref) / 0x63
    /// (ref null) and a heap type.</summary>
    private ValType ReadTypedRef(byte b, int at)
    {
        if (HeapTypes.IsDefined(b)) return ValType.Ref((AbstractHeapType)b);
        if (b is 0x63 or 0x64) return ReadHeapType(nullable: b == 0x63);
        throw Error(Messages.MalformedReferenceType, at);
    }

    /// <summary>A heap type (s33): an abstract one as its negative one-byte code, or a type index.</summary>
    public ValType ReadHeapType(bool nullable)
    {
        int at = Pos;
        long v = ReadS33();
        if (v >= 0)
        {
            int index = v <= int.MaxValue ? (int)v : int.MaxValue;
            return ValType.Ref(index, nullable, Module?.RefKindOf(index) ?? ValueKind.FuncRef);
        }
        if (v >= -0x40 && HeapTypes.IsDefined((int)(v + 0x80))) return ValType.Ref((AbstractHeapType)(v + 0x80), nullable);
        throw Error(Messages.MalformedReferenceType, at);
    }

    /// <summary>The heap type of ref.null: one byte in 2.0, an s33 heap type with typed references.</summary>
    public ValType ReadRefNullType() => TypedReferences ? ReadHeapType(nullable: true) : ReadRefType();

    private readonly ValType RefTypeOf(byte b, int at) => b switch
    {
        0x70 => ValType.FuncRef,
        0x6F => ValType.ExternRef,
        0x69 when (Features & WasmFeatures.ExceptionHandling) != 0 => ValType.ExnRef,
        _ => throw Error(Messages.MalformedReferenceType, at),
    };
}
