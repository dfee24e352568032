using Weld.Wasi.Abi;

namespace Weld.Wasi.Functions;

// sock_accept, sock_recv, sock_send, sock_shutdown. Weld cannot preopen sockets (there is no configuration for it),
// so no descriptor is ever a socket: a closed descriptor is EBADF and any open one ENOTSUP (the brief's and
// wasmtime's answer when no socket was provided). The other arguments are never read, so they cannot fault.
internal sealed partial class WasiSystem
{
    public void SockAccept(int fd) => NoSocket(fd);
    public void SockRecv(int fd) => NoSocket(fd);
    public void SockSend(int fd) => NoSocket(fd);

    public void SockShutdown(int fd, uint how)
    {
        Fds.Get(fd);
        // sdflags: RD = 1, WR = 2; anything else is not a valid request.
        if (how is 0 or > 3) throw new WasiError(Errno.Inval);
        throw new WasiError(Errno.NotSup);
    }

    private void NoSocket(int fd)
    {
        Fds.Get(fd);
        throw new WasiError(Errno.NotSup);
    }
}
