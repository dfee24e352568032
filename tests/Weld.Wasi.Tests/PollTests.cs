using System.Diagnostics;
using System.Text;
using Weld.Wasi.Abi;

namespace Weld.Wasi.Tests;

public class PollTests
{
    private static void Clock(WasiFixture f, uint sub, ulong userdata, ClockId id, ulong timeout, bool absolute)
    {
        f.Memory.Write(sub, new byte[48]);
        f.Memory.WriteInt64(sub, (long)userdata);
        f.Memory.WriteByte(sub + 8, (byte)EventType.Clock);
        f.Memory.WriteInt32(sub + 16, (int)id);
        f.Memory.WriteInt64(sub + 24, (long)timeout);
        f.Memory.WriteInt32(sub + 40, absolute ? 1 : 0);
    }

    private static void FdSub(WasiFixture f, uint sub, ulong userdata, EventType type, int fd)
    {
        f.Memory.Write(sub, new byte[48]);
        f.Memory.WriteInt64(sub, (long)userdata);
        f.Memory.WriteByte(sub + 8, (byte)type);
        f.Memory.WriteInt32(sub + 16, fd);
    }

    [Fact]
    public void Relative_clock_sleeps_for_the_timeout()
    {
        using var f = new WasiFixture();
        uint subs = f.Alloc(48), events = f.Alloc(32), n = f.Alloc(4);
        Clock(f, subs, 7, ClockId.Monotonic, 30_000_000, absolute: false);
        var sw = Stopwatch.StartNew();
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.PollOneoff(f.M, subs, events, 1, n)));
        Assert.True(sw.ElapsedMilliseconds >= 29, $"slept {sw.ElapsedMilliseconds} ms");
        Assert.Equal(1u, f.U32(n));
        Assert.Equal(7ul, f.U64(events));
        Assert.Equal(0, f.Memory.ReadInt32(events + 8) & 0xffff);
        Assert.Equal((byte)EventType.Clock, f.Memory.ReadByte(events + 10));
    }

    [Fact]
    public void Absolute_clocks_in_the_past_fire_at_once_and_the_earliest_wins()
    {
        using var f = new WasiFixture();
        uint subs = f.Alloc(96), events = f.Alloc(64), n = f.Alloc(4), now = f.Alloc(8);
        f.System.ClockTimeGet(f.M, 0, 0, now);
        Clock(f, subs, 1, ClockId.Realtime, f.U64(now) - 1_000_000_000, absolute: true);
        Clock(f, subs + 48, 2, ClockId.Monotonic, 60_000_000_000, absolute: false);
        var sw = Stopwatch.StartNew();
        f.System.PollOneoff(f.M, subs, events, 2, n);
        Assert.True(sw.ElapsedMilliseconds < 5_000);
        Assert.Equal(1u, f.U32(n));
        Assert.Equal(1ul, f.U64(events));
    }

    [Fact]
    public void Fd_subscriptions_are_ready_at_once_with_the_bytes_available()
    {
        var input = new MemoryStream(Encoding.UTF8.GetBytes("12345"));
        using var f = new WasiFixture(c => c.Stdin = WasiStdio.FromStream(input));
        uint subs = f.Alloc(48 * 4), events = f.Alloc(32 * 4), n = f.Alloc(4);
        FdSub(f, subs, 10, EventType.FdRead, 0);
        FdSub(f, subs + 48, 11, EventType.FdWrite, 1);
        FdSub(f, subs + 96, 12, EventType.FdRead, 99);
        Clock(f, subs + 144, 13, ClockId.Monotonic, 60_000_000_000, absolute: false);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.PollOneoff(f.M, subs, events, 4, n)));
        Assert.Equal(3u, f.U32(n));
        Assert.Equal(10ul, f.U64(events));
        Assert.Equal(5ul, f.U64(events + 16));
        Assert.Equal(11ul, f.U64(events + 32));
        Assert.Equal((byte)EventType.FdWrite, f.Memory.ReadByte(events + 32 + 10));
        Assert.Equal(12ul, f.U64(events + 64));
        Assert.Equal((ushort)Errno.Badf, (ushort)f.Memory.ReadInt32(events + 64 + 8));
    }

    [Fact]
    public void Bad_requests_are_EINVAL_or_EFAULT()
    {
        using var f = new WasiFixture();
        uint subs = f.Alloc(48), events = f.Alloc(32), n = f.Alloc(4);
        Assert.Equal(Errno.Inval, WasiFixture.Call(() => f.System.PollOneoff(f.M, subs, events, 0, n)));
        Assert.Equal(Errno.Fault, WasiFixture.Call(() => f.System.PollOneoff(f.M, subs, events, 100_000_000, n)));
        Assert.Equal(Errno.Fault, WasiFixture.Call(() => f.System.PollOneoff(f.M, (uint)f.Memory.Length - 10, events, 1, n)));
        Clock(f, subs, 3, ClockId.ProcessCputime, 1, absolute: false);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.PollOneoff(f.M, subs, events, 1, n)));
        Assert.Equal(1u, f.U32(n));
        Assert.Equal((ushort)Errno.Inval, (ushort)f.Memory.ReadInt32(events + 8));
    }
}
