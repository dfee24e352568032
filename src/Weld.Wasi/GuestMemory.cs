using System.Buffers.Binary;
using Weld.Wasi.Abi;

namespace Weld.Wasi;

/// <summary>
/// Bounds-checked access to the guest's linear memory. Every guest pointer goes through <see cref="Slice"/>, which
/// does the check in 64-bit arithmetic and throws <see cref="WasiError"/>(EFAULT) instead of touching the host.
/// </summary>
internal readonly struct GuestMemory(Memory memory)
{
    /// <summary>The longest path or name the guest may pass (Linux PATH_MAX): a guest length never sizes a host buffer beyond it.</summary>
    public const uint MaxPath = 4096;

    /// <summary>The most iovecs one call may pass (IOV_MAX on Linux).</summary>
    public const uint MaxIovecs = 1024;

    public Memory Memory { get; } = memory;

    /// <summary>The guest bytes at [<paramref name="ptr"/>, <paramref name="ptr"/>+<paramref name="len"/>), or EFAULT.</summary>
    public Span<byte> Slice(uint ptr, uint len)
    {
        var span = Memory.Span;
        if ((ulong)ptr + len > (ulong)span.Length) throw new WasiError(Errno.Fault);
        return span.Slice((int)ptr, (int)len);
    }

    public byte ReadU8(uint ptr) => Slice(ptr, 1)[0];
    public ushort ReadU16(uint ptr) => BinaryPrimitives.ReadUInt16LittleEndian(Slice(ptr, 2));
    public uint ReadU32(uint ptr) => BinaryPrimitives.ReadUInt32LittleEndian(Slice(ptr, 4));
    public ulong ReadU64(uint ptr) => BinaryPrimitives.ReadUInt64LittleEndian(Slice(ptr, 8));
    public void WriteU8(uint ptr, byte v) => Slice(ptr, 1)[0] = v;
    public void WriteU16(uint ptr, ushort v) => BinaryPrimitives.WriteUInt16LittleEndian(Slice(ptr, 2), v);
    public void WriteU32(uint ptr, uint v) => BinaryPrimitives.WriteUInt32LittleEndian(Slice(ptr, 4), v);
    public void WriteU64(uint ptr, ulong v) => BinaryPrimitives.WriteUInt64LittleEndian(Slice(ptr, 8), v);

    /// <summary>A guest path as bytes: at most <see cref="MaxPath"/> bytes (else ENAMETOOLONG), valid UTF-8 (else EILSEQ),
    /// no NUL (else EINVAL).</summary>
    public byte[] ReadPath(uint ptr, uint len)
    {
        if (len > MaxPath) throw new WasiError(Errno.NameTooLong);
        var bytes = Slice(ptr, len);
        if (bytes.Contains((byte)0)) throw new WasiError(Errno.Inval);
        if (!System.Text.Unicode.Utf8.IsValid(bytes)) throw new WasiError(Errno.Ilseq);
        return bytes.ToArray();
    }

    /// <summary>The guest's scatter/gather list: (pointer, length) pairs, each range checked.</summary>
    public (uint Ptr, uint Len)[] ReadIovecs(uint iovs, uint count)
    {
        // POSIX caps vectors at IOV_MAX (1024 on Linux, EINVAL beyond); it also bounds the host array below.
        if (count > MaxIovecs) throw new WasiError(Errno.Inval);
        var table = Slice(iovs, count * (uint)Layout.IovecSize);
        var result = new (uint, uint)[count];
        for (int i = 0; i < count; i++)
        {
            uint p = BinaryPrimitives.ReadUInt32LittleEndian(table[(i * 8)..]);
            uint l = BinaryPrimitives.ReadUInt32LittleEndian(table[(i * 8 + 4)..]);
            Slice(p, l);
            result[i] = (p, l);
        }
        return result;
    }

    public void WriteFileStat(uint ptr, in FileStat s)
    {
        var b = Slice(ptr, Layout.FilestatSize);
        b.Clear();
        BinaryPrimitives.WriteUInt64LittleEndian(b, s.Dev);
        BinaryPrimitives.WriteUInt64LittleEndian(b[8..], s.Ino);
        b[16] = (byte)s.Type;
        BinaryPrimitives.WriteUInt64LittleEndian(b[24..], s.NLink);
        BinaryPrimitives.WriteUInt64LittleEndian(b[32..], s.Size);
        BinaryPrimitives.WriteUInt64LittleEndian(b[40..], s.Atim);
        BinaryPrimitives.WriteUInt64LittleEndian(b[48..], s.Mtim);
        BinaryPrimitives.WriteUInt64LittleEndian(b[56..], s.Ctim);
    }
}
