using System.Text;
using Weld.Wasi.Abi;
using Weld.Wasi.Descriptors;
using Weld.Wasi.Native;
using Weld.Wasi.Threads;
using static Weld.Wasi.Native.LinuxConstants;

namespace Weld.Wasi.Functions;

/// <summary>
/// One WASI program's state (arguments, environment, descriptors) and the preview 1 functions over it, one partial
/// file per family. Each function takes the guest memory and its raw arguments and either returns normally
/// (ESUCCESS) or throws <see cref="WasiError"/>; <see cref="Bindings"/> turns that into the errno result.
/// </summary>
internal sealed partial class WasiSystem : IDisposable
{
    private readonly byte[][] _args;
    private readonly byte[][] _env;

    public WasiSystem(WasiConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _args = [.. config.Arguments.Select(a => Encoding.UTF8.GetBytes(a + "\0"))];
        _env = [.. config.Environment.Select(kv => Encoding.UTF8.GetBytes($"{kv.Key}={kv.Value}\0"))];
        try
        {
            Fds.Insert(Stdio.Open(config.Stdin, input: true, Console.OpenStandardInput));
            Fds.Insert(Stdio.Open(config.Stdout, input: false, Console.OpenStandardOutput));
            Fds.Insert(Stdio.Open(config.Stderr, input: false, Console.OpenStandardError));
            foreach (var p in config.Preopens) Fds.Insert(OpenPreopen(p));
        }
        catch
        {
            Fds.Dispose();
            throw;
        }
    }

    public FdTable Fds { get; } = new();

    /// <summary>How the program ends, whichever of its threads ends it (one thread unless wasi-threads is on).</summary>
    public ProgramLifetime Lifetime { get; } = new();

    /// <summary>The program's shared memory under wasi-threads: the guest memory of a caller that exports none.</summary>
    public Memory? SharedMemory { get; set; }

    /// <summary>The code passed to proc_exit, once the guest called it.</summary>
    public int? ExitCode { get; private set; }

    private static DirectoryDescriptor OpenPreopen(WasiPreopen p)
    {
        if (!OperatingSystem.IsLinux())
            throw new PlatformNotSupportedException("WASI preopened directories need Linux (openat-based sandbox)");
        // The host path is the host's choice: it may follow symlinks. Everything beneath it is the guest's, sandboxed.
        var hostPath = Libc.CString(Encoding.UTF8.GetBytes(Path.GetFullPath(p.HostPath)));
        int fd = Libc.OpenAt(AT_FDCWD, hostPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
        if (fd < 0)
            throw new DirectoryNotFoundException($"cannot open preopened directory '{p.HostPath}': {ErrnoMap.FromLinux(Libc.LastError)}");
        var baseRights = Rights.Directory;
        var inheriting = Rights.Directory | Rights.File;
        if (p.ReadOnly)
        {
            baseRights &= ~Rights.Mutating;
            inheriting &= ~Rights.Mutating;
        }
        return new DirectoryDescriptor(fd, baseRights, inheriting, Encoding.UTF8.GetBytes(p.GuestPath));
    }

    public void Dispose() => Fds.Dispose();
}
