using Weld.Wasi.Abi;

namespace Weld.Wasi.Tests;

/// <summary>Every way out of a preopen the guest might try. The fixture's "outside" directory, a sibling of the
/// sandbox, holds a secret; no call may read it, and no call may create or change anything outside.</summary>
public class SandboxTests
{
    [Theory]
    [InlineData("../outside/secret.txt")]
    [InlineData("a/../../outside/secret.txt")]
    [InlineData("a/b/../../../outside/secret.txt")]
    [InlineData("./../outside/secret.txt")]
    [InlineData("..")]
    [InlineData("a/../..")]
    public void Dot_dot_chains_cannot_climb_out(string path)
    {
        using var f = new WasiFixture();
        Directory.CreateDirectory(f.Host("a/b"));
        Assert.Equal(Errno.NotCapable, f.ReadFile(path, out var text));
        Assert.Equal("", text);
        Assert.Equal(Errno.NotCapable, f.FileStat(path, out _));
    }

    [Fact]
    public void Dot_dot_that_stays_inside_is_fine()
    {
        using var f = new WasiFixture();
        Directory.CreateDirectory(f.Host("a/b"));
        File.WriteAllText(f.Host("inside.txt"), "ok");
        Assert.Equal(Errno.Success, f.ReadFile("a/b/../../inside.txt", out var text));
        Assert.Equal("ok", text);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/")]
    [InlineData("//sandbox")]
    public void Absolute_paths_are_refused(string path)
    {
        using var f = new WasiFixture();
        Assert.Equal(Errno.NotCapable, f.ReadFile(path, out _));
        Assert.Equal(Errno.NotCapable, f.Open(path, out _, OFlags.Creat));
    }

    [Fact]
    public void Absolute_path_to_the_secret_is_refused()
    {
        using var f = new WasiFixture();
        Assert.Equal(Errno.NotCapable, f.ReadFile(Path.Combine(f.OutsidePath, "secret.txt"), out _));
    }

    [Fact]
    public void Symlink_to_an_absolute_outside_path_is_not_followed()
    {
        using var f = new WasiFixture();
        File.CreateSymbolicLink(f.Host("abs"), Path.Combine(f.OutsidePath, "secret.txt"));
        File.CreateSymbolicLink(f.Host("absdir"), f.OutsidePath);
        Assert.Equal(Errno.NotCapable, f.ReadFile("abs", out _));
        Assert.Equal(Errno.NotCapable, f.ReadFile("absdir/secret.txt", out _));
        Assert.Equal(Errno.NotCapable, f.FileStat("abs", out _));
        // Not following it touches only the link itself.
        Assert.Equal(Errno.Success, f.FileStat("abs", out var type, follow: false));
        Assert.Equal(FileType.SymbolicLink, type);
    }

    [Fact]
    public void Relative_symlink_climbing_out_is_refused()
    {
        using var f = new WasiFixture();
        Directory.CreateDirectory(f.Host("deep/er"));
        File.CreateSymbolicLink(f.Host("up"), "../outside/secret.txt");
        File.CreateSymbolicLink(f.Host("deep/er/up"), "../../../outside");
        File.CreateSymbolicLink(f.Host("deep/parent"), "..");
        Assert.Equal(Errno.NotCapable, f.ReadFile("up", out _));
        Assert.Equal(Errno.NotCapable, f.ReadFile("deep/er/up/secret.txt", out _));
        Assert.Equal(Errno.NotCapable, f.ReadFile("deep/parent/../outside/secret.txt", out _));
        // A symlink that climbs but stays inside works.
        File.WriteAllText(f.Host("inside.txt"), "in");
        Assert.Equal(Errno.Success, f.ReadFile("deep/parent/inside.txt", out var text));
        Assert.Equal("in", text);
    }

    [Fact]
    public void Symlink_inside_the_preopen_pointing_out_is_not_an_intermediate_escape()
    {
        using var f = new WasiFixture();
        Directory.CreateDirectory(f.Host("sub"));
        File.CreateSymbolicLink(f.Host("sub/escape"), "../../outside");
        Assert.Equal(Errno.NotCapable, f.ReadFile("sub/escape/secret.txt", out _));
        Assert.Equal(Errno.NotCapable, f.Open("sub/escape/new.txt", out _, OFlags.Creat));
        var (p, l) = f.Put("sub/escape/newdir");
        Assert.Equal(Errno.NotCapable, WasiFixture.Call(() => f.System.PathCreateDirectory(f.M, 3, p, l)));
        Assert.Equal(["secret.txt"], Directory.GetFiles(f.OutsidePath).Select(Path.GetFileName));
    }

    [Fact]
    public void Symlink_loops_are_ELOOP()
    {
        using var f = new WasiFixture();
        File.CreateSymbolicLink(f.Host("loop1"), "loop2");
        File.CreateSymbolicLink(f.Host("loop2"), "loop1");
        File.CreateSymbolicLink(f.Host("self"), "./self");
        Assert.Equal(Errno.Loop, f.ReadFile("loop1", out _));
        Assert.Equal(Errno.Loop, f.ReadFile("self/x", out _));
        Assert.Equal(Errno.Loop, f.FileStat("self", out _));
    }

    [Fact]
    public void Dangling_symlink_with_creat_creates_inside_or_is_refused()
    {
        using var f = new WasiFixture();
        File.CreateSymbolicLink(f.Host("to-new"), "created.txt");
        File.CreateSymbolicLink(f.Host("to-outside-new"), "../outside/planted.txt");
        Assert.Equal(Errno.Success, f.Open("to-new", out _, OFlags.Creat));
        Assert.True(File.Exists(f.Host("created.txt")));
        Assert.Equal(Errno.NotCapable, f.Open("to-outside-new", out _, OFlags.Creat));
        Assert.False(File.Exists(Path.Combine(f.OutsidePath, "planted.txt")));
        // Without follow, O_CREAT on a symlink never writes through it.
        Assert.Equal(Errno.Loop, f.Open("to-outside-new", out _, OFlags.Creat, follow: false));
        Assert.False(File.Exists(Path.Combine(f.OutsidePath, "planted.txt")));
    }

    [Fact]
    public void Rename_link_and_symlink_cannot_reach_outside()
    {
        using var f = new WasiFixture();
        File.WriteAllText(f.Host("mine.txt"), "mine");
        var (mine, ml) = f.Put("mine.txt");
        var (outPath, ol) = f.Put("../outside/stolen.txt");
        var (secret, sl) = f.Put("../outside/secret.txt");
        Assert.Equal(Errno.NotCapable, WasiFixture.Call(() => f.System.PathRename(f.M, 3, mine, ml, 3, outPath, ol)));
        Assert.Equal(Errno.NotCapable, WasiFixture.Call(() => f.System.PathRename(f.M, 3, secret, sl, 3, mine, ml)));
        Assert.Equal(Errno.NotCapable, WasiFixture.Call(() => f.System.PathLink(f.M, 3, 0, secret, sl, 3, f.Put("h").Ptr, 1)));
        Assert.Equal(Errno.NotCapable, WasiFixture.Call(() => f.System.PathLink(f.M, 3, 0, mine, ml, 3, outPath, ol)));
        var (abs, al) = f.Put(Path.Combine(f.OutsidePath, "secret.txt"));
        Assert.Equal(Errno.NotCapable, WasiFixture.Call(() => f.System.PathSymlink(f.M, abs, al, 3, f.Put("s").Ptr, 1)));
        Assert.Equal(Errno.NotCapable, WasiFixture.Call(() => f.System.PathUnlinkFile(f.M, 3, secret, sl)));
        File.CreateSymbolicLink(f.Host("hop"), "../outside/secret.txt");
        var (hop, hl) = f.Put("hop");
        // Link with follow through an escaping symlink is refused; without follow it links the symlink itself.
        Assert.Equal(Errno.NotCapable, WasiFixture.Call(() => f.System.PathLink(f.M, 3, 1, hop, hl, 3, f.Put("h2").Ptr, 2)));
        Assert.Equal(Errno.NotCapable, WasiFixture.Call(() => f.System.PathFilestatSetTimes(f.M, 3, 1, hop, hl, 0, 0, (uint)FstFlags.MtimNow)));
        Assert.Equal(WasiFixture.Secret, File.ReadAllText(Path.Combine(f.OutsidePath, "secret.txt")));
        Assert.Equal(["secret.txt"], Directory.GetFiles(f.OutsidePath).Select(Path.GetFileName));
    }

    [Fact]
    public void A_directory_descriptor_is_its_own_root()
    {
        using var f = new WasiFixture();
        Directory.CreateDirectory(f.Host("sub"));
        File.WriteAllText(f.Host("top.txt"), "top");
        Assert.Equal(Errno.Success, f.Open("sub", out int sub, OFlags.Directory));
        Assert.Equal(Errno.NotCapable, f.Open("../top.txt", out _, dir: sub));
    }

    [Fact]
    public void A_directory_moved_outside_after_opening_still_cannot_reach_its_new_parent()
    {
        using var f = new WasiFixture();
        Directory.CreateDirectory(f.Host("sub"));
        Assert.Equal(Errno.Success, f.Open("sub", out int sub, OFlags.Directory));
        Directory.Move(f.Host("sub"), Path.Combine(f.OutsidePath, "sub"));
        Assert.Equal(Errno.NotCapable, f.ReadFile("../secret.txt", out _));
        Assert.Equal(Errno.NotCapable, f.Open("../secret.txt", out _, dir: sub));
        Assert.Equal(Errno.NotCapable, f.Open("./../secret.txt", out _, dir: sub));
    }

    /// <summary>TOCTOU: another thread keeps swapping "swap" between a real directory and a symlink to the outside
    /// while the guest opens "swap/secret.txt". Every open must either fail or read the inside file.</summary>
    [Fact]
    public void Directory_swapped_for_a_symlink_during_resolution_never_leaks()
    {
        using var f = new WasiFixture();
        var swap = f.Host("swap");
        var real = f.Host("real");
        Directory.CreateDirectory(real);
        File.WriteAllText(Path.Combine(real, "secret.txt"), "inside");
        using var stop = new CancellationTokenSource();
        int swaps = 0;
        var swapper = new Thread(() =>
        {
            var link = f.Host("link-out");
            var dirLink = f.Host("link-in");
            File.CreateSymbolicLink(link, f.OutsidePath);
            File.CreateSymbolicLink(dirLink, "../outside");
            while (!stop.IsCancellationRequested)
            {
                // Atomic replacements through rename(2): swap is alternately the real directory and an escaping symlink.
                TryRename(real, swap);
                TryRename(swap, real);
                TryRename(link, swap);
                TryRename(swap, link);
                TryRename(dirLink, swap);
                TryRename(swap, dirLink);
            }
        });
        swapper.Start();
        int inside = 0;
        for (int i = 0; i < 3000; i++)
        {
            f.ResetScratch();
            var e = f.ReadFile("swap/secret.txt", out var text);
            Assert.NotEqual(WasiFixture.Secret, text);
            if (e == Errno.Success)
            {
                Assert.Equal("inside", text);
                inside++;
            }
            f.FileStat("swap/secret.txt", out _);
        }
        stop.Cancel();
        swapper.Join();
        Assert.Equal(["secret.txt"], Directory.GetFiles(f.OutsidePath).Select(Path.GetFileName));

        Assert.True(swaps > 0, "the swapper never managed a rename");
        Console.WriteLine($"TOCTOU: {swaps} swaps, {inside}/3000 opens read the inside file, the rest were refused");

        void TryRename(string from, string to)
        {
            try
            {
                Directory.Move(from, to);
                Interlocked.Increment(ref swaps);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
