using System.Buffers.Binary;
using Weld.Diagnostics;
using Weld.Runtime;

namespace Weld;

/// <summary>A linear memory, created by the host or exported by an instance. The host can read, write and grow it.</summary>
public sealed class Memory : Extern
{
    internal Memory(Store store, MemoryInstance instance) : base(store) => Instance = instance;

    /// <summary>Creates a memory of <c>type.Limits.Min</c> zeroed pages.</summary>
    /// <exception cref="LinkException">The store's limits (<see cref="StoreLimits"/>) forbid another memory of that size.</exception>
    public Memory(Store store, MemoryType type) : base(store ?? throw new ArgumentNullException(nameof(store)))
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.Limits.Max is ulong max && max < type.Limits.Min) throw new ArgumentException(Messages.SizeMinimumGreaterThanMaximum);
        if (type.Limits.Min > MemoryInstance.MaxPages32 || type.Limits.Max > MemoryInstance.MaxPages32)
            throw new ArgumentException(Messages.MemorySizeLimit);
        Instance = store.Runtime.AllocateMemory(type);
    }

    internal MemoryInstance Instance { get; }
    internal override ExternInstance RuntimeObject => Instance;

    /// <summary>The memory's type with its current size.</summary>
    public override MemoryType Type => Instance.CurrentType;

    /// <summary>The current size in 64 KiB pages.</summary>
    public ulong Pages => Instance.Pages;

    /// <summary>The current size in bytes.</summary>
    public ulong Length => Instance.ByteLength;

    /// <summary>The memory's bytes. Invalid after the memory grows (get it again).</summary>
    public Span<byte> Span => Instance.Span;

    /// <summary>Grows by <paramref name="deltaPages"/>; returns the old size in pages, or -1 when the maximum, the engine's limit or
    /// the store's limits (<see cref="StoreLimits"/>) forbid it.</summary>
    public long Grow(ulong deltaPages) => Instance.Grow(deltaPages);

    private Span<byte> Slice(ulong address, int size)
    {
        if (address > Instance.ByteLength || (ulong)size > Instance.ByteLength - address)
            throw new ArgumentOutOfRangeException(nameof(address), TrapText.MemoryOutOfBounds);
        unsafe { return new Span<byte>(Instance.Base + address, size); }
    }

    /// <summary>Reads a little-endian i32.</summary>
    public int ReadInt32(ulong address) => BinaryPrimitives.ReadInt32LittleEndian(Slice(address, 4));
    /// <summary>Reads a little-endian i64.</summary>
    public long ReadInt64(ulong address) => BinaryPrimitives.ReadInt64LittleEndian(Slice(address, 8));
    /// <summary>Reads a little-endian f32.</summary>
    public float ReadSingle(ulong address) => BinaryPrimitives.ReadSingleLittleEndian(Slice(address, 4));
    /// <summary>Reads a little-endian f64.</summary>
    public double ReadDouble(ulong address) => BinaryPrimitives.ReadDoubleLittleEndian(Slice(address, 8));
    /// <summary>Reads a byte.</summary>
    public byte ReadByte(ulong address) => Slice(address, 1)[0];
    /// <summary>Writes a little-endian i32.</summary>
    public void WriteInt32(ulong address, int value) => BinaryPrimitives.WriteInt32LittleEndian(Slice(address, 4), value);
    /// <summary>Writes a little-endian i64.</summary>
    public void WriteInt64(ulong address, long value) => BinaryPrimitives.WriteInt64LittleEndian(Slice(address, 8), value);
    /// <summary>Writes a little-endian f32.</summary>
    public void WriteSingle(ulong address, float value) => BinaryPrimitives.WriteSingleLittleEndian(Slice(address, 4), value);
    /// <summary>Writes a little-endian f64.</summary>
    public void WriteDouble(ulong address, double value) => BinaryPrimitives.WriteDoubleLittleEndian(Slice(address, 8), value);
    /// <summary>Writes a byte.</summary>
    public void WriteByte(ulong address, byte value) => Slice(address, 1)[0] = value;
    /// <summary>Copies bytes out of the memory.</summary>
    public void Read(ulong address, Span<byte> destination) => Slice(address, destination.Length).CopyTo(destination);
    /// <summary>Copies bytes into the memory.</summary>
    public void Write(ulong address, ReadOnlySpan<byte> source) => source.CopyTo(Slice(address, source.Length));
    /// <summary>Reads a UTF-8 string of <paramref name="length"/> bytes.</summary>
    public string ReadString(ulong address, int length) => System.Text.Encoding.UTF8.GetString(Slice(address, length));
}
