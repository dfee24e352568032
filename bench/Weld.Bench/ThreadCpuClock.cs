using System.Runtime.InteropServices;

namespace Weld.Bench;

/// <summary>The CPU time the calling thread has used (Linux; null elsewhere). On a machine that other work shares,
/// the overhead of a mode is read from CPU time: wall time then mostly measures the neighbours.</summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec time);

    public static TimeSpan? Now()
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            if (ClockGetTime(ClockThreadCpuTimeId, out var t) != 0) return null;
            return TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100);
        }
        catch (DllNotFoundException)
        {
            return null;
        }
    }
}
