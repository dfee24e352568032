using System.Buffers.Binary;
using Weld.Wasi.Abi;

namespace Weld.Wasi;

/// <summary>
/// Bounds-checked access to the guest's linear memory through the public <see cref="Weld.Memory"/> API: values and
/// small records are copied in and out, and large buffers are lent window by window (<see cref="UseWindows"/>), so any
/// in-bounds buffer up to 4 GiB works. Every guest range is checked first in 64-bit arithmetic
/// (<see cref="Check"/>), which throws <see cref="WasiError"/>(EFAULT) instead of touching the host.
/// </summary>
internal readonly struct GuestMemory(Memory memory)
{
    /// <summary>The longest path or name the guest may pass (Linux PATH_MAX): a guest length never sizes a host buffer beyond it.</summary>
    public const uint MaxPath = 4096;

    /// <summary>The most iovecs one call may pass (IOV_MAX on Linux).</summary>
    public const uint MaxIovecs = 1024;

    public Memory Memory { get; } = memory;

    /// <summary>The largest window <see cref="UseWindows"/> lends at once: a span holds under 2 GiB, a wasm32 buffer up to 4 GiB.</summary>
    public const int MaxWindow = 1 << 30;

    /// <summary>Does nothing when [<paramref name="ptr"/>, <paramref name="ptr"/>+<paramref name="len"/>) is inside the
    /// memory, else throws EFAULT.</summary>
    public void Check(uint ptr, ulong len)
    {
        if ((ulong)ptr + len > Memory.Length) throw new WasiError(Errno.Fault);
    }

    public byte ReadU8(uint ptr) => Checked(ptr, 1).ReadByte(ptr);
    public ushort ReadU16(uint ptr) => Checked(ptr, 2).Access(ptr, 2, static b => BinaryPrimitives.ReadUInt16LittleEndian(b));
    public uint ReadU32(uint ptr) => (uint)Checked(ptr, 4).ReadInt32(ptr);
    public ulong ReadU64(uint ptr) => (ulong)Checked(ptr, 8).ReadInt64(ptr);
    public void WriteU8(uint ptr, byte v) => Checked(ptr, 1).WriteByte(ptr, v);
    public void WriteU16(uint ptr, ushort v) => Write(ptr, [(byte)v, (byte)(v >> 8)]);
    public void WriteU32(uint ptr, uint v) => Checked(ptr, 4).WriteInt32(ptr, (int)v);
    public void WriteU64(uint ptr, ulong v) => Checked(ptr, 8).WriteInt64(ptr, (long)v);

    /// <summary>Copies <paramref name="bytes"/> to the guest at <paramref name="ptr"/>, or EFAULT.</summary>
    public void Write(uint ptr, ReadOnlySpan<byte> bytes) => Checked(ptr, (ulong)bytes.Length).Write(ptr, bytes);

    /// <summary>Zeroes a guest range, or EFAULT.</summary>
    public void Clear(uint ptr, uint len) => UseWindows(ptr, len, static (window, _) =>
    {
        window.Clear();
        return window.Length;
    });

    /// <summary>A transfer step over one window of guest memory: returns how many bytes it used (fewer ends the transfer).</summary>
    public delegate int WindowUse(Span<byte> window, ulong doneSoFar);

    /// <summary>Lends [<paramref name="ptr"/>, <paramref name="ptr"/>+<paramref name="len"/>) (or EFAULT) to
    /// <paramref name="use"/> in windows of at most <see cref="MaxWindow"/> bytes, each valid only during its call;
    /// stops after a window that was not used in full. Returns the bytes used.</summary>
    public ulong UseWindows(uint ptr, uint len, WindowUse use, ulong doneBefore = 0)
    {
        Check(ptr, len);
        ulong done = 0;
        while (done < len)
        {
            int size = (int)Math.Min(len - done, MaxWindow);
            int n = Memory.Access(ptr + done, size, (use, at: doneBefore + done), static (window, s) => s.use(window, s.at));
            done += (ulong)n;
            if (n < size) break;
        }
        return done;
    }

    private Memory Checked(uint ptr, ulong len)
    {
        Check(ptr, len);
        return Memory;
    }

    /// <summary>A guest path as bytes: at most <see cref="MaxPath"/> bytes (else ENAMETOOLONG), valid UTF-8 (else EILSEQ),
    /// no NUL (else EINVAL).</summary>
    public byte[] ReadPath(uint ptr, uint len)
    {
        if (len > MaxPath) throw new WasiError(Errno.NameTooLong);
        var bytes = new byte[len];
        Checked(ptr, len).Read(ptr, bytes);
        if (bytes.AsSpan().Contains((byte)0)) throw new WasiError(Errno.Inval);
        if (!System.Text.Unicode.Utf8.IsValid(bytes)) throw new WasiError(Errno.Ilseq);
        return bytes;
    }

    /// <summary>The guest's scatter/gather list: (pointer, length) pairs, each range checked.</summary>
    public (uint Ptr, uint Len)[] ReadIovecs(uint iovs, uint count)
    {
        // POSIX caps vectors at IOV_MAX (1024 on Linux, EINVAL beyond); it also bounds the host array below.
        if (count > MaxIovecs) throw new WasiError(Errno.Inval);
        var table = new byte[count * (uint)Layout.IovecSize];
        Checked(iovs, (ulong)table.Length).Read(iovs, table);
        var result = new (uint, uint)[count];
        for (int i = 0; i < count; i++)
        {
            uint p = BinaryPrimitives.ReadUInt32LittleEndian(table[(i * 8)..]);
            uint l = BinaryPrimitives.ReadUInt32LittleEndian(table[(i * 8 + 4)..]);
            Check(p, l);
            result[i] = (p, l);
        }
        return result;
    }

    public void WriteFileStat(uint ptr, in FileStat s)
    {
        Span<byte> b = stackalloc byte[(int)Layout.FilestatSize];
        b.Clear();
        BinaryPrimitives.WriteUInt64LittleEndian(b, s.Dev);
        BinaryPrimitives.WriteUInt64LittleEndian(b[8..], s.Ino);
        b[16] = (byte)s.Type;
        BinaryPrimitives.WriteUInt64LittleEndian(b[24..], s.NLink);
        BinaryPrimitives.WriteUInt64LittleEndian(b[32..], s.Size);
        BinaryPrimitives.WriteUInt64LittleEndian(b[40..], s.Atim);
        BinaryPrimitives.WriteUInt64LittleEndian(b[48..], s.Mtim);
        BinaryPrimitives.WriteUInt64LittleEndian(b[56..], s.Ctim);
        Write(ptr, b);
    }
}
