using Weld.Wasi.Abi;

namespace Weld.Wasi.Functions;

// poll_oneoff.
internal sealed partial class WasiSystem
{
    /// <summary>
    /// Waits for the first of the subscribed events. Descriptors here are files and host streams, which are always
    /// ready (a regular file reports the bytes left to read, as wasmtime does; a console stdin is reported ready
    /// because .NET cannot poll it). So: if any descriptor subscription exists, its events (and clocks already due)
    /// return at once; otherwise the call sleeps until the earliest clock and reports every clock then due.
    /// Subscriptions are read from guest memory in two passes rather than copied, so a huge count costs no host memory.
    /// </summary>
    public void PollOneoff(GuestMemory m, uint inPtr, uint outPtr, uint count, uint neventsPtr)
    {
        if (count == 0) throw new WasiError(Errno.Inval);
        ulong inSize = (ulong)count * Layout.SubscriptionSize, outSize = (ulong)count * Layout.EventSize;
        if (inSize > uint.MaxValue || outSize > uint.MaxValue) throw new WasiError(Errno.Fault);
        m.Check(inPtr, (uint)inSize);
        m.Check(outPtr, (uint)outSize);
        m.Check(neventsPtr, 4);

        ulong start = Clocks.Now(ClockId.Monotonic);
        // Realtime deadlines become monotonic ones through one offset taken now, so both passes agree.
        long realtimeOffset = (long)(Clocks.Now(ClockId.Realtime) - start);
        uint events = 0;
        ulong earliest = ulong.MaxValue;
        for (uint i = 0; i < count; i++)
        {
            uint sub = inPtr + i * Layout.SubscriptionSize;
            ulong userdata = m.ReadU64(sub);
            byte tag = m.ReadU8(sub + 8);
            if (tag == (byte)EventType.Clock)
            {
                var (due, error) = Deadline(m, sub, start, realtimeOffset);
                if (error != Errno.Success) WriteEvent(m, outPtr, ref events, userdata, error, EventType.Clock, 0);
                else earliest = Math.Min(earliest, due);
            }
            else if (tag is (byte)EventType.FdRead or (byte)EventType.FdWrite)
            {
                var (error, nbytes) = FdReadiness((int)m.ReadU32(sub + 16), (EventType)tag);
                WriteEvent(m, outPtr, ref events, userdata, error, (EventType)tag, nbytes);
            }
            else
            {
                WriteEvent(m, outPtr, ref events, userdata, Errno.Inval, (EventType)tag, 0);
            }
        }
        if (events == 0 && earliest != ulong.MaxValue) SleepUntil(earliest);
        ulong now = Clocks.Now(ClockId.Monotonic);
        for (uint i = 0; i < count; i++)
        {
            uint sub = inPtr + i * Layout.SubscriptionSize;
            if (m.ReadU8(sub + 8) != (byte)EventType.Clock) continue;
            var (due, error) = Deadline(m, sub, start, realtimeOffset);
            if (error == Errno.Success && due <= now) WriteEvent(m, outPtr, ref events, m.ReadU64(sub), Errno.Success, EventType.Clock, 0);
        }
        m.WriteU32(neventsPtr, events);
    }

    /// <summary>A clock subscription's deadline on the monotonic clock. Only the realtime and monotonic clocks can be
    /// waited on (a CPU-time deadline has no wall-clock equivalent): others are EINVAL, as in wasmtime.</summary>
    private static (ulong Due, Errno Error) Deadline(GuestMemory m, uint sub, ulong start, long realtimeOffset)
    {
        var id = (ClockId)m.ReadU32(sub + 16);
        ulong timeout = m.ReadU64(sub + 24);
        bool absolute = (m.ReadU16(sub + 40) & 1) != 0;
        if (id is not (ClockId.Realtime or ClockId.Monotonic)) return (0, Errno.Inval);
        if (!absolute) return (Saturate(start, timeout), Errno.Success);
        if (id == ClockId.Monotonic) return (timeout, Errno.Success);
        if (timeout > long.MaxValue) return (ulong.MaxValue, Errno.Success);
        long due = (long)timeout - realtimeOffset;
        return (due < 0 ? 0 : (ulong)due, Errno.Success);
    }

    private static ulong Saturate(ulong a, ulong b) => a + b < a ? ulong.MaxValue : a + b;

    private (Errno, ulong) FdReadiness(int fd, EventType type)
    {
        try
        {
            var d = Fds.Get(fd, (type == EventType.FdRead ? Rights.FdRead : Rights.FdWrite) | Rights.PollFdReadwrite);
            return (Errno.Success, type == EventType.FdRead ? d.ReadableBytes : 0);
        }
        catch (WasiError e)
        {
            return (e.Errno, 0);
        }
    }

    /// <summary>Sleeps until <paramref name="due"/>, or until the program ends (another thread exited or trapped):
    /// then the guest is interrupted as soon as this call returns.</summary>
    private void SleepUntil(ulong due)
    {
        var ended = Lifetime.Token.WaitHandle;
        while (!Lifetime.HasEnded)
        {
            ulong now = Clocks.Now(ClockId.Monotonic);
            if (now >= due) return;
            ulong ms = Math.Min((due - now + 999_999) / 1_000_000, int.MaxValue);
            ended.WaitOne((int)ms);
        }
    }

    private static void WriteEvent(GuestMemory m, uint outPtr, ref uint events, ulong userdata, Errno error, EventType type, ulong nbytes)
    {
        uint e = outPtr + events++ * Layout.EventSize;
        m.Clear(e, Layout.EventSize);
        m.WriteU64(e, userdata);
        m.WriteU16(e + 8, (ushort)error);
        m.WriteU8(e + 10, (byte)type);
        m.WriteU64(e + 16, nbytes);
    }
}
