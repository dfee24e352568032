using System.Buffers.Binary;
using System.Text;
using Weld.Wasi.Abi;

namespace Weld.Wasi.Tests;

public class DirectoryTests
{
    private sealed record Entry(ulong Next, ulong Ino, string Name, FileType Type);

    private static (List<Entry> Entries, uint Used) ReadDir(WasiFixture f, int fd, uint bufLen, ulong cookie)
    {
        uint buf = f.Alloc(bufLen), used = f.Alloc(4);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdReaddir(f.M, fd, buf, bufLen, (long)cookie, used)));
        var bytes = f.Memory.Access(buf, (int)f.U32(used), b => b.ToArray());
        var list = new List<Entry>();
        for (int at = 0; at + 24 <= bytes.Length;)
        {
            int len = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 16));
            if (at + 24 + len > bytes.Length) break; // a truncated last entry
            list.Add(new Entry(
                BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(at)), BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(at + 8)),
                Encoding.UTF8.GetString(bytes, at + 24, len), (FileType)bytes[at + 20]));
            at += 24 + len;
        }
        return (list, f.U32(used));
    }

    [Fact]
    public void Readdir_lists_dot_entries_first_with_types_and_inodes()
    {
        using var f = new WasiFixture();
        File.WriteAllText(f.Host("file.txt"), "x");
        Directory.CreateDirectory(f.Host("dir"));
        File.CreateSymbolicLink(f.Host("link"), "file.txt");
        var (entries, used) = ReadDir(f, 3, 4096, 0);
        Assert.True(used < 4096);
        Assert.Equal([".", ".."], entries.Take(2).Select(e => e.Name));
        Assert.Equal(["dir", "file.txt", "link"], entries.Skip(2).Select(e => e.Name).Order());
        Assert.Equal(FileType.Directory, entries.Single(e => e.Name == "dir").Type);
        Assert.Equal(FileType.RegularFile, entries.Single(e => e.Name == "file.txt").Type);
        Assert.Equal(FileType.SymbolicLink, entries.Single(e => e.Name == "link").Type);
        Assert.All(entries, e => Assert.NotEqual(0ul, e.Ino));
        Assert.Equal(Enumerable.Range(1, 5).Select(i => (ulong)i), entries.Select(e => e.Next));
    }

    [Fact]
    public void Readdir_pages_through_with_cookies()
    {
        using var f = new WasiFixture();
        for (int i = 0; i < 20; i++) File.WriteAllText(f.Host($"file{i:D2}"), "");
        var names = new List<string>();
        ulong cookie = 0;
        while (true)
        {
            // Room for two entries of this size (24 + 6 bytes each): the third is truncated and read again next time.
            var (entries, used) = ReadDir(f, 3, 70, cookie);
            names.AddRange(entries.Select(e => e.Name));
            if (used < 70) break;
            cookie = entries[^1].Next;
        }
        Assert.Equal(22, names.Count);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"file{i:D2}").Concat([".", ".."]).Order(), names.Order());
    }

    [Fact]
    public void Readdir_truncates_the_last_entry_to_fill_the_buffer_exactly()
    {
        using var f = new WasiFixture();
        File.WriteAllText(f.Host("a-rather-long-name"), "");
        uint buf = f.Alloc(100), used = f.Alloc(4);
        // "." (25) + ".." (26) = 51; 30 more bytes hold only part of the third entry.
        f.System.FdReaddir(f.M, 3, buf, 81, 0, used);
        Assert.Equal(81u, f.U32(used));
        Assert.Equal(18u, f.U32(buf + 51 + 16)); // the truncated header still says the full name length
        var (rest, _) = ReadDir(f, 3, 4096, 3);
        Assert.Empty(rest);
        var (fromTwo, _) = ReadDir(f, 3, 4096, 2);
        Assert.Equal("a-rather-long-name", Assert.Single(fromTwo).Name);
    }

    [Fact]
    public void Readdir_needs_a_directory_and_valid_memory()
    {
        using var f = new WasiFixture();
        f.Open("plain", out int fd, OFlags.Creat);
        Assert.Equal(Errno.NotDir, WasiFixture.Call(() => f.System.FdReaddir(f.M, fd, 0, 10, 0, 16)));
        Assert.Equal(Errno.Fault, WasiFixture.Call(() => f.System.FdReaddir(f.M, 3, (uint)f.Memory.Length - 5, 10, 0, 16)));
        Assert.Equal(Errno.Badf, WasiFixture.Call(() => f.System.FdReaddir(f.M, 42, 0, 10, 0, 16)));
    }

    [Fact]
    public void Create_rename_link_unlink_remove()
    {
        using var f = new WasiFixture();
        var (d, dl) = f.Put("made");
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.PathCreateDirectory(f.M, 3, d, dl)));
        Assert.True(Directory.Exists(f.Host("made")));
        Assert.Equal(Errno.Exist, WasiFixture.Call(() => f.System.PathCreateDirectory(f.M, 3, d, dl)));
        File.WriteAllText(f.Host("made/inner.txt"), "payload");
        var (src, sl) = f.Put("made/inner.txt");
        var (dst, dstl) = f.Put("renamed.txt");
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.PathRename(f.M, 3, src, sl, 3, dst, dstl)));
        Assert.Equal("payload", File.ReadAllText(f.Host("renamed.txt")));
        var (hl, hll) = f.Put("made/hard");
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.PathLink(f.M, 3, 0, dst, dstl, 3, hl, hll)));
        Assert.Equal("payload", File.ReadAllText(f.Host("made/hard")));
        Assert.Equal(Errno.NotEmpty, WasiFixture.Call(() => f.System.PathRemoveDirectory(f.M, 3, d, dl)));
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.PathUnlinkFile(f.M, 3, hl, hll)));
        Assert.Equal(Errno.IsDir, WasiFixture.Call(() => f.System.PathUnlinkFile(f.M, 3, d, dl)));
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.PathRemoveDirectory(f.M, 3, d, dl)));
        Assert.False(Directory.Exists(f.Host("made")));
        Assert.Equal(Errno.NotDir, WasiFixture.Call(() => f.System.PathRemoveDirectory(f.M, 3, dst, dstl)));
        Assert.Equal(Errno.NoEnt, WasiFixture.Call(() => f.System.PathUnlinkFile(f.M, 3, d, dl)));
        var (slash, slashl) = f.Put("renamed.txt/");
        Assert.Equal(Errno.NotDir, WasiFixture.Call(() => f.System.PathUnlinkFile(f.M, 3, slash, slashl)));
    }

    [Fact]
    public void Symlink_readlink_and_follow_flags()
    {
        using var f = new WasiFixture();
        File.WriteAllText(f.Host("target.txt"), "through the link");
        var (t, tl) = f.Put("target.txt");
        var (l, ll) = f.Put("link");
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.PathSymlink(f.M, t, tl, 3, l, ll)));
        uint buf = f.Alloc(64), used = f.Alloc(4);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.PathReadlink(f.M, 3, l, ll, buf, 64, used)));
        Assert.Equal("target.txt", f.Memory.ReadString(buf, (int)f.U32(used)));
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.PathReadlink(f.M, 3, l, ll, buf, 4, used)));
        Assert.Equal("targ", f.Memory.ReadString(buf, (int)f.U32(used)));
        Assert.Equal(Errno.Inval, WasiFixture.Call(() => f.System.PathReadlink(f.M, 3, t, tl, buf, 64, used)));
        Assert.Equal(Errno.Success, f.FileStat("link", out var followed, follow: true));
        Assert.Equal(FileType.RegularFile, followed);
        Assert.Equal(Errno.Success, f.FileStat("link", out var itself, follow: false));
        Assert.Equal(FileType.SymbolicLink, itself);
        Assert.Equal(Errno.Success, f.ReadFile("link", out var text));
        Assert.Equal("through the link", text);
        Assert.Equal(Errno.Loop, f.ReadFile("link", out _, follow: false));
    }

    [Fact]
    public void Path_filestat_set_times_changes_the_file()
    {
        using var f = new WasiFixture();
        File.WriteAllText(f.Host("t"), "");
        var (p, l) = f.Put("t");
        const long t = 1_000_000_000L * 1_500_000_000;
        Errno SetTimes(FstFlags flags) => WasiFixture.Call(() => f.System.PathFilestatSetTimes(f.M, 3, 1, p, l, t, t, (uint)flags));
        Assert.Equal(Errno.Success, SetTimes(FstFlags.Mtim | FstFlags.Atim));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_500_000_000).UtcDateTime, File.GetLastWriteTimeUtc(f.Host("t")));
        Assert.Equal(Errno.Inval, SetTimes(FstFlags.Mtim | FstFlags.MtimNow));
    }

    [Fact]
    public void Prestat_names_the_preopen_and_only_the_preopen()
    {
        using var f = new WasiFixture();
        uint st = f.Alloc(8);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdPrestatGet(f.M, 3, st)));
        Assert.Equal(0, f.Memory.ReadByte(st));
        Assert.Equal(8u, f.U32(st + 4));
        uint name = f.Alloc(8);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.FdPrestatDirName(f.M, 3, name, 8)));
        Assert.Equal("/sandbox", f.Memory.ReadString(name, 8));
        Assert.Equal(Errno.NameTooLong, WasiFixture.Call(() => f.System.FdPrestatDirName(f.M, 3, name, 7)));
        Assert.Equal(Errno.Badf, WasiFixture.Call(() => f.System.FdPrestatGet(f.M, 1, st)));
        Assert.Equal(Errno.Badf, WasiFixture.Call(() => f.System.FdPrestatGet(f.M, 4, st)));
        f.Open(".", out int dir, OFlags.Directory);
        Assert.Equal(Errno.Badf, WasiFixture.Call(() => f.System.FdPrestatGet(f.M, dir, st)));
    }

    [Fact]
    public void Paths_are_checked_for_length_encoding_and_NUL()
    {
        using var f = new WasiFixture();
        var (nul, nl) = f.Put("a\0b"u8);
        Assert.Equal(Errno.Inval, WasiFixture.Call(() => f.System.PathCreateDirectory(f.M, 3, nul, nl)));
        var (bad, bl) = f.Put([0xff, 0xfe]);
        Assert.Equal(Errno.Ilseq, WasiFixture.Call(() => f.System.PathCreateDirectory(f.M, 3, bad, bl)));
        var (lng, ll) = f.Put(new string('a', 5000));
        Assert.Equal(Errno.NameTooLong, WasiFixture.Call(() => f.System.PathCreateDirectory(f.M, 3, lng, ll)));
        Assert.Equal(Errno.NoEnt, WasiFixture.Call(() => f.System.PathCreateDirectory(f.M, 3, 0, 0)));
        Assert.Equal(Errno.Fault, WasiFixture.Call(() => f.System.PathCreateDirectory(f.M, 3, (uint)f.Memory.Length - 1, 2)));
        Assert.Equal(Errno.NotDir, WasiFixture.Call(() => f.System.PathCreateDirectory(f.M, 1, nul, 1)));
    }
}
