using Weld.Wasi.Abi;

namespace Weld.Wasi.Functions;

// clock_res_get, clock_time_get.
internal sealed partial class WasiSystem
{
    public void ClockResGet(GuestMemory m, uint id, uint resultPtr)
    {
        m.Check(resultPtr, 8);
        m.WriteU64(resultPtr, Clocks.Resolution((ClockId)id));
    }

    /// <summary>The precision argument is a hint that the host may ignore (the spec allows it).</summary>
    public void ClockTimeGet(GuestMemory m, uint id, long precision, uint resultPtr)
    {
        _ = precision;
        m.Check(resultPtr, 8);
        m.WriteU64(resultPtr, Clocks.Now((ClockId)id));
    }
}
