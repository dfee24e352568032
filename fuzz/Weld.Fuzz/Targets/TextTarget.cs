using System.Text;

namespace Weld.Fuzz.Targets;

/// <summary>Bytes as UTF-8 → <see cref="Module.FromText"/> (parse and validate). Only the two errors of those stages may
/// escape. Invalid UTF-8 becomes replacement characters, as any host reading a file as text would pass it.</summary>
public sealed class TextTarget : IFuzzTarget
{
    private readonly Engine _engine = new(new EngineOptions { Backend = Backend.Interpreter });

    public string Name => "text";

    public string SeedExtension => ".wat";

    public void Run(ReadOnlySpan<byte> input)
    {
        string text = Encoding.UTF8.GetString(input);
        try
        {
            Module.FromText(_engine, text);
        }
        catch (Exception e) when (e is MalformedModuleException or InvalidModuleException)
        {
            // The expected answer to a bad module.
        }
    }
}
