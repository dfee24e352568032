using System.Text;
using Weld.Wasi.Abi;

namespace Weld.Wasi.Tests;

public class StdioTests
{
    [Fact]
    public void Stdin_reads_from_an_in_memory_stream_until_end_of_file()
    {
        var input = new MemoryStream(Encoding.UTF8.GetBytes("line one\nline two\n"));
        using var f = new WasiFixture(c => c.Stdin = WasiStdio.FromStream(input));
        Assert.Equal(Errno.Success, f.Read(0, 9, out var first));
        Assert.Equal("line one\n", first);
        Assert.Equal(Errno.Success, f.Read(0, 100, out var rest));
        Assert.Equal("line two\n", rest);
        Assert.Equal(Errno.Success, f.Read(0, 100, out var eof));
        Assert.Equal("", eof);
    }

    [Fact]
    public void Stdout_and_stderr_gather_every_iovec()
    {
        using var f = new WasiFixture();
        var (a, al) = f.Put("Hello, ");
        var (b, bl) = f.Put("world\n");
        uint iovs = f.Alloc(16), n = f.Alloc(4);
        f.Memory.WriteInt32(iovs, (int)a);
        f.Memory.WriteInt32(iovs + 4, (int)al);
        f.Memory.WriteInt32(iovs + 8, (int)b);
        f.Memory.WriteInt32(iovs + 12, (int)bl);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdWrite(f.M, 1, iovs, 2, n)));
        Assert.Equal(13u, f.U32(n));
        Assert.Equal("Hello, world\n", Encoding.UTF8.GetString(f.Stdout.ToArray()));
        Assert.Equal(Errno.Success, f.Write(2, "oops", out _));
        Assert.Equal("oops", Encoding.UTF8.GetString(f.Stderr.ToArray()));
    }

    [Fact]
    public void Default_stdio_is_null()
    {
        using var engine = new Store(new Engine());
        using var sys = new Functions.WasiSystem(new WasiConfiguration());
        var m = new GuestMemory(new Memory(engine, new MemoryType(1)));
        m.Memory.WriteInt32(16, 100);
        m.Memory.WriteInt32(20, 5);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => sys.FdRead(m, 0, 16, 1, 24)));
        Assert.Equal(0, m.Memory.ReadInt32(24));
        Assert.Equal(Errno.Success, WasiFixture.Call(() => sys.FdWrite(m, 1, 16, 1, 24)));
        Assert.Equal(5, m.Memory.ReadInt32(24));
        Assert.Equal(Errno.Badf, WasiFixture.Call(() => sys.FdRead(m, 3, 16, 1, 24)));
    }

    [Fact]
    public void Stdout_can_be_a_host_file()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var f = new WasiFixture(c => c.Stdout = WasiStdio.File(path)))
                Assert.Equal(Errno.Success, f.Write(1, "to a file", out _));
            Assert.Equal("to a file", File.ReadAllText(path));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Stdio_fdstat_is_a_character_device_without_seek_rights()
    {
        using var f = new WasiFixture();
        uint p = f.Alloc(24);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdFdstatGet(f.M, 1, p)));
        Assert.Equal((byte)FileType.CharacterDevice, f.Memory.ReadByte(p));
        var rights = (Rights)f.U64(p + 8);
        Assert.True(rights.HasFlag(Rights.FdWrite));
        Assert.False(rights.HasFlag(Rights.FdSeek));
        Assert.False(rights.HasFlag(Rights.FdRead));
        Assert.Equal(Errno.NotCapable, WasiFixture.Call(() => f.System.FdSeek(f.M, 1, 5, 0, f.Alloc(8))));
        Assert.Equal(Errno.NotCapable, f.Read(1, 4, out _));
    }

    [Fact]
    public void Bad_iovecs_are_EFAULT_or_EINVAL_never_a_host_exception()
    {
        using var f = new WasiFixture();
        uint n = f.Alloc(4);
        uint end = (uint)f.Memory.Length;
        Assert.Equal(Errno.Fault, WasiFixture.Call(() => f.System.FdWrite(f.M, 1, end - 4, 1, n)));
        uint bad = f.Iovec(end - 2, 10);
        Assert.Equal(Errno.Fault, WasiFixture.Call(() => f.System.FdWrite(f.M, 1, bad, 1, n)));
        uint huge = f.Iovec(0, uint.MaxValue);
        Assert.Equal(Errno.Fault, WasiFixture.Call(() => f.System.FdWrite(f.M, 1, huge, 1, n)));
        Assert.Equal(Errno.Inval, WasiFixture.Call(() => f.System.FdWrite(f.M, 1, 0, uint.MaxValue, n)));
        Assert.Equal(Errno.Fault, WasiFixture.Call(() => f.System.FdWrite(f.M, 1, f.Iovec(0, 1), 1, end)));
        Assert.Empty(f.Stdout.ToArray());
    }

    [Fact]
    public void Operations_on_closed_descriptors_are_EBADF()
    {
        using var f = new WasiFixture();
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdClose(2)));
        Assert.Equal(Errno.Badf, f.Write(2, "x", out _));
        Assert.Equal(Errno.Badf, WasiFixture.Call(() => f.System.FdClose(2)));
        Assert.Equal(Errno.Badf, WasiFixture.Call(() => f.System.FdClose(-1)));
    }
}

public class StreamFailureTests
{
    private sealed class BrokenStream : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("broken pipe");
    }

    [Fact]
    public void A_failing_or_disposed_host_stream_is_an_errno_through_the_binding()
    {
        var engine = new Engine();
        using var store = new Store(engine);
        var disposed = new MemoryStream();
        disposed.Dispose();
        var config = new WasiConfiguration { Stdout = WasiStdio.FromStream(new BrokenStream()), Stderr = WasiStdio.FromStream(disposed) };
        using var wasi = new WasiContext(config);
        var linker = wasi.AddToLinker(new Linker(engine));
        var module = Module.FromText(engine, Guest.Prelude + """
            (func (export "out") (result i32) (call $write (i32.const 1) (i32.const 100) (i32.const 3)))
            (func (export "err") (result i32) (call $write (i32.const 2) (i32.const 100) (i32.const 3))))
            """);
        var instance = linker.Instantiate(store, module);
        Assert.Equal((int)Abi.Errno.Io, instance.GetFunction<int>("out")!());
        Assert.Equal((int)Abi.Errno.Badf, instance.GetFunction<int>("err")!());
    }
}
