using System.Text;
using Weld.Wasi.Abi;

namespace Weld.Wasi.Tests;

public class ArgsEnvClockTests
{
    [Fact]
    public void Args_sizes_and_strings_are_packed_NUL_terminated()
    {
        using var f = new WasiFixture(c => c.WithArguments("prog.wasm", "héllo", ""));
        uint count = f.Alloc(4), size = f.Alloc(4);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.ArgsSizesGet(f.M, count, size)));
        Assert.Equal(3u, f.U32(count));
        Assert.Equal((uint)Encoding.UTF8.GetByteCount("prog.wasm\0héllo\0\0"), f.U32(size));
        uint argv = f.Alloc(12), buf = f.Alloc(f.U32(size));
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.ArgsGet(f.M, argv, buf)));
        Assert.Equal(buf, f.U32(argv));
        Assert.Equal("héllo", f.Memory.ReadString(f.U32(argv + 4), Encoding.UTF8.GetByteCount("héllo")));
        Assert.Equal(0, f.Memory.ReadByte(f.U32(argv + 8)));
    }

    [Fact]
    public void Environment_is_KEY_equals_VALUE_and_later_definitions_replace()
    {
        using var f = new WasiFixture(c => c.WithEnvironment("A", "1").WithEnvironment("B", "x=y").WithEnvironment("A", "2"));
        uint count = f.Alloc(4), size = f.Alloc(4);
        f.System.EnvironSizesGet(f.M, count, size);
        Assert.Equal(2u, f.U32(count));
        uint env = f.Alloc(8), buf = f.Alloc(f.U32(size));
        f.System.EnvironGet(f.M, env, buf);
        var all = f.Memory.ReadString(buf, (int)f.U32(size));
        Assert.Equal("B=x=y\0A=2\0", all);
        Assert.Equal(buf + 6, f.U32(env + 4));
    }

    [Fact]
    public void Args_into_a_bad_pointer_is_EFAULT()
    {
        using var f = new WasiFixture(c => c.WithArguments("p"));
        Assert.Equal(Errno.Fault, WasiFixture.Call(() => f.System.ArgsSizesGet(f.M, (uint)f.Memory.Length - 2, 0)));
        Assert.Equal(Errno.Fault, WasiFixture.Call(() => f.System.ArgsGet(f.M, 0, uint.MaxValue)));
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(1u)]
    [InlineData(2u)]
    [InlineData(3u)]
    public void Every_clock_has_a_resolution_and_a_time(uint id)
    {
        using var f = new WasiFixture();
        uint p = f.Alloc(8);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.ClockResGet(f.M, (uint)id, p)));
        Assert.True(f.U64(p) > 0);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => f.System.ClockTimeGet(f.M, (uint)id, 1, p)));
        ulong first = f.U64(p);
        Assert.True(first > 0);
        Thread.SpinWait(100_000);
        f.System.ClockTimeGet(f.M, (uint)id, 1, p);
        Assert.True(f.U64(p) >= first);
    }

    [Fact]
    public void Realtime_is_nanoseconds_since_the_epoch()
    {
        using var f = new WasiFixture();
        uint p = f.Alloc(8);
        f.System.ClockTimeGet(f.M, 0, 0, p);
        var t = DateTimeOffset.FromUnixTimeMilliseconds((long)(f.U64(p) / 1_000_000));
        Assert.True(Math.Abs((t - DateTimeOffset.UtcNow).TotalSeconds) < 5);
    }

    [Fact]
    public void Unknown_clock_is_EINVAL_and_bad_pointer_EFAULT()
    {
        using var f = new WasiFixture();
        Assert.Equal(Errno.Inval, WasiFixture.Call(() => f.System.ClockTimeGet(f.M, 4, 0, f.Alloc(8))));
        Assert.Equal(Errno.Inval, WasiFixture.Call(() => f.System.ClockResGet(f.M, 99, f.Alloc(8))));
        Assert.Equal(Errno.Fault, WasiFixture.Call(() => f.System.ClockTimeGet(f.M, 1, 0, (uint)f.Memory.Length - 4)));
    }

    [Fact]
    public void Random_fills_in_place_and_checks_bounds()
    {
        using var f = new WasiFixture();
        uint p = f.Alloc(64);
        Assert.Equal(Errno.Success, WasiFixture.Call(() => WasiFixture_RandomGet(f, p, 64)));
        Assert.Contains(f.Memory.Access(p, 64, b => b.ToArray()), b => b != 0);
        Assert.Equal(Errno.Fault, WasiFixture.Call(() => WasiFixture_RandomGet(f, (uint)f.Memory.Length - 10, 11)));
        Assert.Equal(Errno.Fault, WasiFixture.Call(() => WasiFixture_RandomGet(f, 16, uint.MaxValue)));
    }

    private static void WasiFixture_RandomGet(WasiFixture f, uint p, uint n) => Functions.WasiSystem.RandomGet(f.M, p, n);
}
