using System.Security.Cryptography;
using Weld.Wasi.Abi;

namespace Weld.Wasi.Functions;

// proc_exit, proc_raise, sched_yield, random_get.
internal sealed partial class WasiSystem
{
    /// <summary>Ends the program: <see cref="ExitException"/> passes through the wasm frames to whoever invoked the
    /// calling thread (the embedder for the main thread; the thread's runner, which ends the program, for others).</summary>
    public void ProcExit(uint code)
    {
        ExitCode = (int)code;
        throw new ExitException((int)code);
    }

    /// <summary>
    /// Raising a signal has no portable meaning for a sandboxed guest (and was dropped after preview 1). Weld answers
    /// ENOSYS so the guest can carry on or abort itself; wasmtime traps instead. Signal numbers beyond the witx
    /// <c>signal</c> enum (0..30) are EINVAL.
    /// </summary>
    public static void ProcRaise(uint signal) => throw new WasiError(signal > 30 ? Errno.Inval : Errno.NoSys);

    public static void SchedYield() => Thread.Yield();

    /// <summary>Cryptographically secure bytes, written in place (no host buffer sized by the guest).</summary>
    public static void RandomGet(GuestMemory m, uint buf, uint len) => m.UseWindows(buf, len, static (window, _) =>
    {
        RandomNumberGenerator.Fill(window);
        return window.Length;
    });
}
