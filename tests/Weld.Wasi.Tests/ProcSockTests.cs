using Weld.Wasi.Abi;
using Weld.Wasi.Functions;

namespace Weld.Wasi.Tests;

public class ProcSockTests
{
    [Fact]
    public void Proc_exit_throws_ExitException_with_the_code_and_records_it()
    {
        using var f = new WasiFixture();
        var e = Assert.Throws<ExitException>(() => f.System.ProcExit(42));
        Assert.Equal(42, e.ExitCode);
        Assert.Equal(42, f.System.ExitCode);
    }

    [Fact]
    public void Proc_raise_is_ENOSYS_and_bad_signals_EINVAL()
    {
        Assert.Equal(Errno.NoSys, WasiFixture.Call(() => WasiSystem.ProcRaise(6)));
        Assert.Equal(Errno.Inval, WasiFixture.Call(() => WasiSystem.ProcRaise(31)));
    }

    [Fact]
    public void Sched_yield_succeeds() => Assert.Equal(Errno.Success, WasiFixture.Call(WasiSystem.SchedYield));

    [Fact]
    public void Sockets_are_ENOTSUP_on_open_descriptors_and_EBADF_on_closed_ones()
    {
        using var f = new WasiFixture();
        Assert.Equal(Errno.NotSup, WasiFixture.Call(() => f.System.SockAccept(1)));
        Assert.Equal(Errno.NotSup, WasiFixture.Call(() => f.System.SockRecv(0)));
        Assert.Equal(Errno.NotSup, WasiFixture.Call(() => f.System.SockSend(3)));
        Assert.Equal(Errno.NotSup, WasiFixture.Call(() => f.System.SockShutdown(1, 3)));
        Assert.Equal(Errno.Inval, WasiFixture.Call(() => f.System.SockShutdown(1, 4)));
        Assert.Equal(Errno.Badf, WasiFixture.Call(() => f.System.SockAccept(99)));
        Assert.Equal(Errno.Badf, WasiFixture.Call(() => f.System.SockShutdown(99, 1)));
    }
}
