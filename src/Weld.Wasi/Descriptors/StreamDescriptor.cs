using Weld.Wasi.Abi;

namespace Weld.Wasi.Descriptors;

/// <summary>A standard stream backed by a .NET <see cref="Stream"/> (the console, a host file, or memory).</summary>
internal sealed class StreamDescriptor(Stream stream, bool input, bool ownsStream, FileType type)
    : Descriptor(input ? Rights.Stream & ~Rights.FdWrite : Rights.Stream & ~Rights.FdRead, Rights.None)
{
    // .NET streams (a MemoryStream, say) are not safe for concurrent use, and one guest write must reach the stream
    // whole: the threads of a program take turns.
    private readonly Lock _lock = new();

    public override FileType Type => type;

    public override int Read(Span<byte> buffer)
    {
        if (!input) throw new WasiError(Errno.Badf);
        try
        {
            lock (_lock) return stream.Read(buffer);
        }
        catch (IOException) { throw new WasiError(Errno.Io); }
    }

    public override int Write(ReadOnlySpan<byte> data)
    {
        if (input) throw new WasiError(Errno.Badf);
        try
        {
            lock (_lock)
            {
                stream.Write(data);
                // Flushed per call so that the guest's output interleaves correctly with the host's.
                stream.Flush();
            }
            return data.Length;
        }
        catch (IOException) { throw new WasiError(Errno.Io); }
    }

    public override FileStat Stat() => new(0, 0, type, 1, 0, 0, 0, 0);

    // Streams have no durable state to sync; POSIX fsync on a tty or pipe is EINVAL, but libc flush paths call it
    // and wasmtime answers success, so do the same after flushing.
    public override void Sync() => Flush();
    public override void DataSync() => Flush();

    private void Flush()
    {
        lock (_lock) stream.Flush();
    }

    public override ulong ReadableBytes =>
        input && stream.CanSeek ? Remaining() : 0;

    private ulong Remaining()
    {
        lock (_lock) return (ulong)Math.Max(0, stream.Length - stream.Position);
    }

    public override void SetFlags(FdFlags flags)
    {
        // Writes to a stream always append and never block long; accept exactly those flags.
        if ((flags & ~(FdFlags.Append | FdFlags.NonBlock)) != 0) throw new WasiError(Errno.NotSup);
    }

    public override void Dispose()
    {
        if (ownsStream) stream.Dispose();
    }
}
