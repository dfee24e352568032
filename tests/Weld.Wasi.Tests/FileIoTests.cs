using Weld.Wasi.Abi;

namespace Weld.Wasi.Tests;

public class FileIoTests
{
    [Fact]
    public void Create_write_seek_read_round_trip()
    {
        using var f = new WasiFixture();
        Assert.Equal(Errno.Success, f.Open("data.txt", out int fd, OFlags.Creat));
        Assert.True(fd > 3);
        Assert.Equal(Errno.Success, f.Write(fd, "hello world", out uint n));
        Assert.Equal(11u, n);
        uint pos = f.Alloc(8);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdTell(f.M, fd, pos)));
        Assert.Equal(11ul, f.U64(pos));
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdSeek(f.M, fd, 6, (uint)Whence.Set, pos)));
        Assert.Equal(6ul, f.U64(pos));
        Assert.Equal(Errno.Success, f.Read(fd, 100, out var text));
        Assert.Equal("world", text);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdSeek(f.M, fd, -5, (uint)Whence.End, pos)));
        Assert.Equal(6ul, f.U64(pos));
        Assert.Equal(Errno.Inval, WasiFixture.Call(() => f.System.FdSeek(f.M, fd, 0, 3, pos)));
        Assert.Equal(Errno.Inval, WasiFixture.Call(() => f.System.FdSeek(f.M, fd, -100, (uint)Whence.Set, pos)));
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdClose(fd)));
        Assert.Equal("hello world", File.ReadAllText(f.Host("data.txt")));
    }

    [Fact]
    public void Pread_and_pwrite_do_not_move_the_position()
    {
        using var f = new WasiFixture();
        File.WriteAllText(f.Host("p.bin"), "0123456789");
        Assert.Equal(Errno.Success, f.Open("p.bin", out int fd));
        var (src, len) = f.Put("AB");
        uint n = f.Alloc(4);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdPwrite(f.M, fd, f.Iovec(src, len), 1, 4, n)));
        Assert.Equal(2u, f.U32(n));
        uint buf = f.Alloc(4);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdPread(f.M, fd, f.Iovec(buf, 4), 1, 3, n)));
        Assert.Equal("3AB6", f.Memory.ReadString(buf, 4));
        Assert.Equal(Errno.Success, f.Read(fd, 3, out var start));
        Assert.Equal("012", start);
        Assert.Equal(Errno.Inval, WasiFixture.Call(() => f.System.FdPread(f.M, fd, f.Iovec(buf, 4), 1, -1, n)));
        Assert.Equal(Errno.NotCapable, WasiFixture.Call(() => f.System.FdPread(f.M, 0, f.Iovec(buf, 4), 1, 0, n)));
    }

    [Fact]
    public void Filestat_size_truncate_times_allocate_advise()
    {
        using var f = new WasiFixture();
        Assert.Equal(Errno.Success, f.Open("s.txt", out int fd, OFlags.Creat));
        f.Write(fd, "12345", out _);
        uint st = f.Alloc(64);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdFilestatGet(f.M, fd, st)));
        Assert.Equal((byte)FileType.RegularFile, f.Memory.ReadByte(st + 16));
        Assert.Equal(5ul, f.U64(st + 32));
        Assert.Equal(1ul, f.U64(st + 24));
        Assert.NotEqual(0ul, f.U64(st + 8));
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdFilestatSetSize(fd, 2)));
        Assert.Equal(2, new FileInfo(f.Host("s.txt")).Length);
        const long t = 1_000_000_000L * 1_600_000_000 + 123_000_000;
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdFilestatSetTimes(fd, t, t, (uint)(FstFlags.Atim | FstFlags.Mtim))));
        f.System.FdFilestatGet(f.M, fd, st);
        Assert.Equal((ulong)t, f.U64(st + 48));
        Assert.Equal((ulong)t, f.U64(st + 40));
        Assert.Equal(Errno.Inval, WasiFixture.Call(() => f.System.FdFilestatSetTimes(fd, t, t, (uint)(FstFlags.Atim | FstFlags.AtimNow))));
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdFilestatSetTimes(fd, 0, 0, (uint)FstFlags.MtimNow)));
        f.System.FdFilestatGet(f.M, fd, st);
        Assert.True(f.U64(st + 48) > (ulong)t);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdAllocate(fd, 0, 4096)));
        Assert.Equal(4096, new FileInfo(f.Host("s.txt")).Length);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdAdvise(fd, 0, 0, 2)));
        Assert.Equal(Errno.Inval, WasiFixture.Call(() => f.System.FdAdvise(fd, 0, 0, 6)));
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdSync(fd)));
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdDatasync(fd)));
        Assert.Equal(Errno.Inval, WasiFixture.Call(() => f.System.FdFilestatSetSize(fd, -1)));
    }

    [Fact]
    public void Append_flag_writes_at_the_end_and_shows_in_fdstat()
    {
        using var f = new WasiFixture();
        File.WriteAllText(f.Host("log.txt"), "one\n");
        Assert.Equal(Errno.Success, f.Open("log.txt", out int fd, fdflags: FdFlags.Append));
        uint st = f.Alloc(24);
        f.System.FdFdstatGet(f.M, fd, st);
        Assert.Equal((ushort)FdFlags.Append, (ushort)f.Memory.ReadInt32(st + 2));
        f.Write(fd, "two\n", out _);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdFdstatSetFlags(fd, 0)));
        f.System.FdSeek(f.M, fd, 0, 0, f.Alloc(8));
        f.Write(fd, "ONE", out _);
        Assert.Equal("ONE\ntwo\n", File.ReadAllText(f.Host("log.txt")));
        Assert.Equal(Errno.NotSup, WasiFixture.Call(() => f.System.FdFdstatSetFlags(fd, (uint)FdFlags.Sync)));
    }

    [Fact]
    public void Renumber_moves_a_descriptor_and_closes_the_target()
    {
        using var f = new WasiFixture();
        f.Open("a", out int a, OFlags.Creat);
        f.Open("b", out int b, OFlags.Creat);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdRenumber(a, b)));
        Assert.Equal(Errno.Success, f.Write(b, "via b", out _));
        Assert.Equal(Errno.Badf, f.Write(a, "x", out _));
        Assert.Equal("via b", File.ReadAllText(f.Host("a")));
        Assert.Equal(Errno.Badf, WasiFixture.Call(() => f.System.FdRenumber(b, 77)));
        Assert.Equal(Errno.Badf, WasiFixture.Call(() => f.System.FdRenumber(77, b)));
        f.Open("c", out int c, OFlags.Creat);
        Assert.Equal(a, c); // the lowest free number is reused
    }

    [Fact]
    public void Oflags_excl_trunc_directory()
    {
        using var f = new WasiFixture();
        File.WriteAllText(f.Host("x"), "content");
        Assert.Equal(Errno.Exist, f.Open("x", out _, OFlags.Creat | OFlags.Excl));
        Assert.Equal(Errno.NoEnt, f.Open("missing", out _));
        Assert.Equal(Errno.Success, f.Open("x", out int t, OFlags.Trunc));
        Assert.Equal(0, new FileInfo(f.Host("x")).Length);
        Assert.Equal(Errno.NotDir, f.Open("x", out _, OFlags.Directory));
        Directory.CreateDirectory(f.Host("d"));
        Assert.Equal(Errno.Success, f.Open("d", out int d, OFlags.Directory));
        uint st = f.Alloc(24);
        f.System.FdFdstatGet(f.M, d, st);
        Assert.Equal((byte)FileType.Directory, f.Memory.ReadByte(st));
        Assert.Equal(Errno.NotCapable, f.Read(d, 10, out _)); // directories never hold fd_read
        Assert.Equal(Errno.Inval, f.Open("x", out _, (OFlags)0x10));
        Assert.Equal(Errno.NotDir, f.Open("x", out _, dir: t));
    }

    [Fact]
    public void Opened_rights_are_the_request_intersected_with_the_parents_inheriting_rights()
    {
        using var f = new WasiFixture();
        File.WriteAllText(f.Host("r"), "read me");
        Assert.Equal(Errno.Success, f.Open("r", out int fd, rights: Rights.FdRead | Rights.FdSeek | Rights.PathOpen));
        uint st = f.Alloc(24);
        f.System.FdFdstatGet(f.M, fd, st);
        Assert.Equal((ulong)(Rights.FdRead | Rights.FdSeek), f.U64(st + 8));
        Assert.Equal(Errno.NotCapable, f.Write(fd, "no", out _));
        Assert.Equal(Errno.NotCapable, WasiFixture.Call(() => f.System.FdFilestatGet(f.M, fd, f.Alloc(64))));
        // Rights can be dropped, never regained.
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdFdstatSetRights(fd, (long)Rights.FdRead, 0)));
        Assert.Equal(Errno.NotCapable, WasiFixture.Call(() => f.System.FdSeek(f.M, fd, 1, 0, f.Alloc(8))));
        Assert.Equal(Errno.NotCapable, WasiFixture.Call(() => f.System.FdFdstatSetRights(fd, (long)(Rights.FdRead | Rights.FdWrite), 0)));
        Assert.Equal(Errno.Success, f.Read(fd, 100, out var text));
        Assert.Equal("read me", text);
    }

    [Fact]
    public void Read_only_preopen_allows_reading_and_refuses_every_change()
    {
        using var f = new WasiFixture(readOnly: true);
        File.WriteAllText(f.Host("ro.txt"), "fixed");
        Directory.CreateDirectory(f.Host("sub"));
        Assert.Equal(Errno.Success, f.ReadFile("ro.txt", out var text));
        Assert.Equal("fixed", text);
        Assert.Equal(Errno.NotCapable, f.Open("new.txt", out _, OFlags.Creat));
        Assert.Equal(Errno.NotCapable, f.Open("ro.txt", out _, OFlags.Trunc));
        Assert.Equal(Errno.Success, f.Open("ro.txt", out int fd, rights: Rights.All));
        Assert.Equal(Errno.NotCapable, f.Write(fd, "changed", out _));
        var (p, l) = f.Put("ro.txt");
        var (q, ql) = f.Put("moved.txt");
        var (s, sl) = f.Put("sub");
        Assert.Equal(Errno.NotCapable, WasiFixture.Call(() => f.System.PathUnlinkFile(f.M, 3, p, l)));
        Assert.Equal(Errno.NotCapable, WasiFixture.Call(() => f.System.PathRename(f.M, 3, p, l, 3, q, ql)));
        Assert.Equal(Errno.NotCapable, WasiFixture.Call(() => f.System.PathCreateDirectory(f.M, 3, q, ql)));
        Assert.Equal(Errno.NotCapable, WasiFixture.Call(() => f.System.PathRemoveDirectory(f.M, 3, s, sl)));
        Assert.Equal(Errno.NotCapable, WasiFixture.Call(() => f.System.PathSymlink(f.M, p, l, 3, q, ql)));
        Assert.Equal(Errno.NotCapable, WasiFixture.Call(() => f.System.PathLink(f.M, 3, 0, p, l, 3, q, ql)));
        // A directory opened beneath it inherits the restriction.
        Assert.Equal(Errno.Success, f.Open("sub", out int sub, OFlags.Directory));
        Assert.Equal(Errno.NotCapable, f.Open("f", out _, OFlags.Creat, dir: sub));
        Assert.Equal("fixed", File.ReadAllText(f.Host("ro.txt")));
        Assert.False(File.Exists(f.Host("moved.txt")));
    }

    [Fact]
    public void Too_many_open_descriptors_is_EMFILE()
    {
        using var f = new WasiFixture();
        File.WriteAllText(f.Host("many"), "");
        Errno last = Errno.Success;
        for (int i = 0; i < Descriptors.FdTable.MaxOpen + 1 && last == Errno.Success; i++) last = f.Open("many", out _, rights: Rights.FdRead);
        Assert.Equal(Errno.Mfile, last);
    }
}
