using System.Buffers.Binary;
using Weld.Diagnostics;
using Weld.Runtime;

namespace Weld;

/// <summary>A linear memory, created by the host or exported by an instance. The host can read, write and grow it.
/// Its bytes are lent only for the duration of a callback (<see cref="Access(ulong, int, MemoryAction)"/>), or copied
/// in and out: a span cannot be kept past the callback, so no span can outlive the memory, its store, or a move.</summary>
public sealed class Memory : Extern
{
    internal Memory(Store store, MemoryInstance instance) : base(store) => Instance = instance;

    /// <summary>Creates a memory of <c>type.Limits.Min</c> zeroed pages. A shared memory (<see cref="MemoryType.Shared"/>)
    /// reserves its maximum at once and never moves; instances in other stores of the same engine (other threads) may
    /// import it, and it lives as long as anything references it, even past its store's disposal.</summary>
    /// <exception cref="LinkException">The store's limits (<see cref="StoreLimits"/>) forbid another memory of that size.</exception>
    /// <exception cref="ArgumentException">The limits are inconsistent or above 65536 pages (2^48 for a 64-bit memory), or
    /// the memory is shared and has no maximum, or the engine does not accept shared or 64-bit memories
    /// (<see cref="EngineOptions.Features"/>).</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public Memory(Store store, MemoryType type) : base(store ?? throw new ArgumentNullException(nameof(store)))
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.Limits.Max is ulong max && max < type.Limits.Min) throw new ArgumentException(Messages.SizeMinimumGreaterThanMaximum);
        if (type.AddressType == AddressType.I64)
        {
            if ((store.Engine.Options.Features & WasmFeatures.Memory64) == 0) throw new ArgumentException(Messages.Memory64Disabled);
            if (type.Limits.Min > Validation.ModuleValidator.MaxMemory64Pages || type.Limits.Max > Validation.ModuleValidator.MaxMemory64Pages)
                throw new ArgumentException(Messages.Memory64SizeLimit);
        }
        else if (type.Limits.Min > MemoryInstance.MaxPages32 || type.Limits.Max > MemoryInstance.MaxPages32)
            throw new ArgumentException(Messages.MemorySizeLimit);
        if (type.Shared && type.Limits.Max is null) throw new ArgumentException(Messages.SharedMemoryMaximum);
        if (type.Shared && (store.Engine.Options.Features & WasmFeatures.Threads) == 0) throw new ArgumentException(Messages.ThreadsDisabled);
        Instance = store.Runtime.AllocateMemory(type);
    }

    internal MemoryInstance Instance { get; }
    internal override ExternInstance RuntimeObject => Instance;

    /// <summary>The memory's type with its current size.</summary>
    public override MemoryType Type => Instance.CurrentType;

    /// <summary>The current size in 64 KiB pages.</summary>
    /// <exception cref="ObjectDisposedException">The store was disposed (and the memory is not shared).</exception>
    public ulong Pages
    {
        get
        {
            ThrowIfGone();
            return Instance.Pages;
        }
    }

    /// <summary>The current size in bytes.</summary>
    /// <exception cref="ObjectDisposedException">The store was disposed (and the memory is not shared).</exception>
    public ulong Length
    {
        get
        {
            ThrowIfGone();
            return Volatile.Read(ref Instance.ByteLength);
        }
    }

    /// <summary>An unshared memory goes with its store; a shared one lives while anything references it.</summary>
    private void ThrowIfGone()
    {
        if (!Instance.Shared) Instance.Store.ThrowIfDisposed();
    }

    /// <summary>Grows by <paramref name="deltaPages"/>; returns the old size in pages, or -1 when the maximum, the engine's limit or
    /// the store's limits (<see cref="StoreLimits"/>) forbid it.</summary>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the store.</exception>
    public long Grow(ulong deltaPages)
    {
        // A shared memory never moves and its growth is serialized by the memory itself: any thread may grow it.
        if (Instance.Shared) return Instance.Grow(deltaPages);
        var store = Instance.Store;
        store.Enter();
        try
        {
            return Instance.Grow(deltaPages);
        }
        finally
        {
            store.Exit();
        }
    }

    /// <summary>Lends the bytes [<paramref name="address"/>, <paramref name="address"/> + <paramref name="length"/>) to
    /// <paramref name="action"/>. The span is valid until <paramref name="action"/> returns, even if the memory grows or
    /// the store is disposed meanwhile (freeing waits; after a grow the span shows the old bytes, so get a new one).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside the memory.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the store.</exception>
    public void Access(ulong address, int length, MemoryAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        Access(address, length, action, static (bytes, a) =>
        {
            a(bytes);
            return 0;
        });
    }

    /// <summary>Lends the bytes [<paramref name="address"/>, <paramref name="address"/> + <paramref name="length"/>) to
    /// <paramref name="func"/> and returns its result; the span is valid until <paramref name="func"/> returns.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside the memory.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the store.</exception>
    public TResult Access<TResult>(ulong address, int length, MemoryFunc<TResult> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return Access(address, length, func, static (bytes, f) => f(bytes));
    }

    /// <summary>Lends the bytes [<paramref name="address"/>, <paramref name="address"/> + <paramref name="length"/>) to
    /// <paramref name="func"/> with <paramref name="state"/> (no closure needed; a span may be passed) and returns its
    /// result; the span is valid until <paramref name="func"/> returns.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside the memory.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the store.</exception>
    public TResult Access<TState, TResult>(ulong address, int length, TState state, MemoryFunc<TState, TResult> func)
        where TState : allows ref struct
    {
        ArgumentNullException.ThrowIfNull(func);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (Instance.Shared) return AccessShared(address, length, state, func);
        var store = Instance.Store;
        store.Enter();
        try
        {
            // Inside the store nothing frees or unmaps the block this span points into until Exit.
            ulong size = Instance.ByteLength;
            if (address > size || (ulong)length > size - address)
                throw new ArgumentOutOfRangeException(nameof(address), TrapText.MemoryOutOfBounds);
            unsafe { return func(new Span<byte>(Instance.Base + address, length), state); }
        }
        finally
        {
            store.Exit();
        }
    }

    // A shared memory is used by other threads and stores at once, so its store's entry guard cannot cover it; its
    // block never moves and is freed only after the memory is collected, which this method's use of it prevents.
    private TResult AccessShared<TState, TResult>(ulong address, int length, TState state, MemoryFunc<TState, TResult> func)
        where TState : allows ref struct
    {
        ulong size = Volatile.Read(ref Instance.ByteLength);
        if (address > size || (ulong)length > size - address)
            throw new ArgumentOutOfRangeException(nameof(address), TrapText.MemoryOutOfBounds);
        TResult result;
        unsafe { result = func(new Span<byte>(Instance.Base + address, length), state); }
        GC.KeepAlive(Instance);
        return result;
    }

    /// <summary>Reads a little-endian i32.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not inside the memory.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public int ReadInt32(ulong address) => Access(address, 4, 0, static (b, _) => BinaryPrimitives.ReadInt32LittleEndian(b));
    /// <summary>Reads a little-endian i64.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not inside the memory.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public long ReadInt64(ulong address) => Access(address, 8, 0, static (b, _) => BinaryPrimitives.ReadInt64LittleEndian(b));
    /// <summary>Reads a little-endian f32.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not inside the memory.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public float ReadSingle(ulong address) => Access(address, 4, 0, static (b, _) => BinaryPrimitives.ReadSingleLittleEndian(b));
    /// <summary>Reads a little-endian f64.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not inside the memory.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public double ReadDouble(ulong address) => Access(address, 8, 0, static (b, _) => BinaryPrimitives.ReadDoubleLittleEndian(b));
    /// <summary>Reads a byte.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The byte is not inside the memory.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public byte ReadByte(ulong address) => Access(address, 1, 0, static (b, _) => b[0]);
    /// <summary>Writes a little-endian i32.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not inside the memory.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public void WriteInt32(ulong address, int value) =>
        Access(address, 4, value, static (b, v) => { BinaryPrimitives.WriteInt32LittleEndian(b, v); return 0; });
    /// <summary>Writes a little-endian i64.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not inside the memory.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public void WriteInt64(ulong address, long value) =>
        Access(address, 8, value, static (b, v) => { BinaryPrimitives.WriteInt64LittleEndian(b, v); return 0; });
    /// <summary>Writes a little-endian f32.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not inside the memory.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public void WriteSingle(ulong address, float value) =>
        Access(address, 4, value, static (b, v) => { BinaryPrimitives.WriteSingleLittleEndian(b, v); return 0; });
    /// <summary>Writes a little-endian f64.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not inside the memory.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public void WriteDouble(ulong address, double value) =>
        Access(address, 8, value, static (b, v) => { BinaryPrimitives.WriteDoubleLittleEndian(b, v); return 0; });
    /// <summary>Writes a byte.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The byte is not inside the memory.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public void WriteByte(ulong address, byte value) => Access(address, 1, value, static (b, v) => b[0] = v);
    /// <summary>Copies bytes out of the memory.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside the memory.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public void Read(ulong address, Span<byte> destination) =>
        Access(address, destination.Length, destination, static (b, d) => { b.CopyTo(d); return 0; });
    /// <summary>Copies bytes into the memory.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside the memory.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public void Write(ulong address, ReadOnlySpan<byte> source) =>
        Access(address, source.Length, source, static (b, s) => { s.CopyTo(b); return 0; });
    /// <summary>Reads a UTF-8 string of <paramref name="length"/> bytes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside the memory.</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public string ReadString(ulong address, int length) =>
        Access(address, length, 0, static (b, _) => System.Text.Encoding.UTF8.GetString(b));
}
