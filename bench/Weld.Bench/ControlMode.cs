namespace Weld.Bench;

/// <summary>How a run limits the guest: not at all, with fuel (on, and plenty of it), or under an epoch deadline far
/// away while a ticker advances the epoch every millisecond.</summary>
internal enum ControlMode { Off, Fuel, Epoch }

internal static class ControlModes
{
    /// <summary>A column name: the engine, then the mode unless it is off ("weld-compiler+fuel").</summary>
    public static string Suffixed(string family, ControlMode control) =>
        family + (control == ControlMode.Off ? "" : "+" + control.ToString().ToLowerInvariant());

    /// <summary>An epoch deadline that a run never reaches, whichever way the engine adds it to the current epoch.</summary>
    public const ulong FarDeadline = 1UL << 40;

    /// <summary>The period of the ticker that advances the epoch.</summary>
    public static readonly TimeSpan TickPeriod = TimeSpan.FromMilliseconds(1);
}
