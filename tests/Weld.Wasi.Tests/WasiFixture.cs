using System.Buffers.Binary;
using System.Text;
using Weld.Wasi.Abi;
using Weld.Wasi.Functions;

namespace Weld.Wasi.Tests;

/// <summary>
/// A WASI system over a host-created memory (no wasm needed) with a temporary sandbox directory preopened at fd 3
/// as "/sandbox", and a sibling "outside" directory holding a secret that no test may ever reach.
/// </summary>
internal sealed class WasiFixture : IDisposable
{
    public const int Preopen = 3;
    public const string Secret = "TOP SECRET";

    private uint _scratch = 0x8000;

    public WasiFixture(Action<WasiConfiguration>? configure = null, bool readOnly = false)
    {
        Root = Directory.CreateTempSubdirectory("weld-wasi-").FullName;
        SandboxPath = Path.Combine(Root, "sandbox");
        OutsidePath = Path.Combine(Root, "outside");
        Directory.CreateDirectory(SandboxPath);
        Directory.CreateDirectory(OutsidePath);
        File.WriteAllText(Path.Combine(OutsidePath, "secret.txt"), Secret);
        Stdout = new MemoryStream();
        Stderr = new MemoryStream();
        var config = new WasiConfiguration { Stdout = WasiStdio.FromStream(Stdout), Stderr = WasiStdio.FromStream(Stderr) }
            .PreopenDirectory(SandboxPath, "/sandbox", readOnly);
        configure?.Invoke(config);
        var engine = new Engine();
        Store = new Store(engine);
        Memory = new Memory(Store, new MemoryType(16));
        System = new WasiSystem(config);
        M = new GuestMemory(Memory);
    }

    public string Root { get; }
    public string SandboxPath { get; }
    public string OutsidePath { get; }
    public MemoryStream Stdout { get; }
    public MemoryStream Stderr { get; }
    public Store Store { get; }
    public Memory Memory { get; }
    public WasiSystem System { get; }
    public GuestMemory M { get; }

    /// <summary>Runs a WASI call the way the binding does: a WasiError is its errno.</summary>
    public static Errno Call(Action call)
    {
        try
        {
            call();
            return Errno.Success;
        }
        catch (WasiError e)
        {
            return e.Errno;
        }
    }

    /// <summary>Bytes placed in guest memory at a fresh scratch address.</summary>
    public (uint Ptr, uint Len) Put(ReadOnlySpan<byte> bytes)
    {
        uint ptr = Alloc((uint)bytes.Length);
        Memory.Write(ptr, bytes);
        return (ptr, (uint)bytes.Length);
    }

    public (uint Ptr, uint Len) Put(string text) => Put(Encoding.UTF8.GetBytes(text));

    /// <summary>Reuses the scratch area (for long loops).</summary>
    public void ResetScratch() => _scratch = 0x8000;

    public uint Alloc(uint size)
    {
        uint p = (_scratch + 7) & ~7u;
        _scratch = p + Math.Max(size, 1);
        if (_scratch > Memory.Length) throw new InvalidOperationException("test scratch memory exhausted");
        return p;
    }

    public uint U32(uint ptr) => (uint)Memory.ReadInt32(ptr);
    public ulong U64(uint ptr) => (ulong)Memory.ReadInt64(ptr);

    /// <summary>An iovec list of one buffer.</summary>
    public uint Iovec(uint buf, uint len)
    {
        uint v = Alloc(8);
        Memory.WriteInt32(v, (int)buf);
        Memory.WriteInt32(v + 4, (int)len);
        return v;
    }

    public Errno Open(string path, out int fd, OFlags oflags = OFlags.None, Rights rights = Rights.All,
        FdFlags fdflags = FdFlags.None, bool follow = true, int dir = Preopen)
    {
        var (p, l) = Put(path);
        uint result = Alloc(4);
        var e = Call(() => System.PathOpen(M, dir, follow ? 1u : 0u, p, l, (uint)oflags, (long)rights, (long)rights, (uint)fdflags, result));
        fd = e == Errno.Success ? (int)U32(result) : -1;
        return e;
    }

    public Errno Write(int fd, string text, out uint written)
    {
        var (p, l) = Put(text);
        uint iov = Iovec(p, l), n = Alloc(4);
        var e = Call(() => System.FdWrite(M, fd, iov, 1, n));
        written = U32(n);
        return e;
    }

    public Errno Read(int fd, uint max, out string text)
    {
        uint buf = Alloc(max), iov = Iovec(buf, max), n = Alloc(4);
        var e = Call(() => System.FdRead(M, fd, iov, 1, n));
        text = e == Errno.Success ? Memory.ReadString(buf, (int)U32(n)) : "";
        return e;
    }

    /// <summary>Reads a whole file through the guest API (a fresh open, read, close), or the errno.</summary>
    public Errno ReadFile(string path, out string text, bool follow = true)
    {
        text = "";
        var e = Open(path, out int fd, rights: Rights.FdRead, follow: follow);
        if (e != Errno.Success) return e;
        e = Read(fd, 4096, out text);
        System.FdClose(fd);
        return e;
    }

    public Errno FileStat(string path, out FileType type, bool follow = true)
    {
        var (p, l) = Put(path);
        uint buf = Alloc(64);
        var e = Call(() => System.PathFilestatGet(M, Preopen, follow ? 1u : 0u, p, l, buf));
        type = (FileType)Memory.ReadByte(buf + 16);
        return e;
    }

    public string Host(string relative) => Path.Combine(SandboxPath, relative);

    public static ulong ReadU64(ReadOnlySpan<byte> b) => BinaryPrimitives.ReadUInt64LittleEndian(b);

    public void Dispose()
    {
        System.Dispose();
        Store.Dispose();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
