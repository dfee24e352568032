namespace Weld.Wasi.Tests;

/// <summary>Guest buffers above 2 GiB that are inside the memory: WASI must move them (a span cannot describe them in
/// one piece) instead of refusing them or overflowing a length.</summary>
public class LargeBufferTests
{
    private const uint Big = (1u << 31) + 16;

    // 32770 pages: room for an iovec list at 0 and a buffer of Big bytes at 64. The buffer is never touched by the
    // guest, so it costs no resident memory.
    private const string Guest = """
        (module
          (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
          (memory (export "memory") 32770)
          (func (export "write") (param $len i32) (result i32)
            (i32.store (i32.const 0) (i32.const 64))
            (i32.store (i32.const 4) (local.get $len))
            (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
          (func (export "read") (param $len i32) (result i32)
            (i32.store (i32.const 0) (i32.const 64))
            (i32.store (i32.const 4) (local.get $len))
            (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)))
          (func (export "count") (result i32) (i32.load (i32.const 8))))
        """;

    private sealed class CountingSink : Stream
    {
        public long Written;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Written;
        public override long Position { get => Written; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Written += count;
        public override void Write(ReadOnlySpan<byte> buffer) => Written += buffer.Length;
    }

    [Theory]
    [InlineData(Backend.Interpreter)]
    [InlineData(Backend.Compiler)]
    public void FdWriteAndFdReadTakeAnInBoundsBufferAbove2GiB(Backend backend)
    {
        var sink = new CountingSink();
        var config = new WasiConfiguration
        {
            Stdout = WasiStdio.FromStream(sink),
            Stdin = WasiStdio.FromStream(new MemoryStream([1, 2, 3])),
        };
        var engine = new Engine(new EngineOptions { Backend = backend });
        using var store = new Store(engine);
        using var wasi = new WasiContext(config);
        var instance = new Linker(engine).AddProvider(wasi).Instantiate(store, Module.FromText(engine, Guest));
        var count = instance.GetFunction<int>("count")!;

        Assert.Equal(0, instance.GetFunction<int, int>("write")!(unchecked((int)Big)));
        Assert.Equal(Big, (uint)count());
        Assert.Equal(Big, sink.Written);

        Assert.Equal(0, instance.GetFunction<int, int>("read")!(unchecked((int)Big)));
        Assert.Equal(3, count());
        Assert.Equal(3, instance.GetMemory("memory")!.ReadByte(66));

        // One byte past the end of memory: EFAULT (21), nothing written.
        Assert.Equal(21, instance.GetFunction<int, int>("write")!(unchecked((int)(32770u * 65536 - 63))));
        Assert.Equal(Big, sink.Written);
    }
}
