using System.Diagnostics;
using Weld.Wasi.Abi;
using Weld.Wasi.Native;

namespace Weld.Wasi;

/// <summary>The four preview 1 clocks, in nanoseconds. On Linux they are the kernel's clocks of the same names;
/// elsewhere .NET's wall clock, stopwatch and process CPU time (thread CPU time then falls back to process time).</summary>
internal static class Clocks
{
    public static ulong Now(ClockId id)
    {
        if (OperatingSystem.IsLinux()) return Linux(id, res: false);
        return id switch
        {
            ClockId.Realtime => (ulong)(DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100,
            ClockId.Monotonic => MonotonicFallback(),
            ClockId.ProcessCputime or ClockId.ThreadCputime => (ulong)Environment.CpuUsage.TotalTime.Ticks * 100,
            _ => throw new WasiError(Errno.Inval),
        };
    }

    public static ulong Resolution(ClockId id)
    {
        if (OperatingSystem.IsLinux()) return Math.Max(1, Linux(id, res: true));
        return id switch
        {
            ClockId.Realtime or ClockId.ProcessCputime or ClockId.ThreadCputime => 100,
            ClockId.Monotonic => Math.Max(1, (ulong)(1_000_000_000 / Stopwatch.Frequency)),
            _ => throw new WasiError(Errno.Inval),
        };
    }

    private static ulong MonotonicFallback()
    {
        long t = Stopwatch.GetTimestamp();
        return (ulong)(t / Stopwatch.Frequency * 1_000_000_000 + t % Stopwatch.Frequency * 1_000_000_000 / Stopwatch.Frequency);
    }

    private static ulong Linux(ClockId id, bool res)
    {
        // Preview 1 clock ids 0..3 are CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID.
        if ((uint)id > 3) throw new WasiError(Errno.Inval);
        Span<long> ts = stackalloc long[2];
        ErrnoMap.Check(res ? Libc.ClockGetRes((int)id, ts) : Libc.ClockGetTime((int)id, ts));
        return (ulong)ts[0] * 1_000_000_000UL + (ulong)ts[1];
    }
}
