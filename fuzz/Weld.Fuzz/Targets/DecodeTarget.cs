namespace Weld.Fuzz.Targets;

/// <summary>Bytes → <see cref="Module.FromBytes"/> (decode and validate). Only the two errors of those stages may escape.</summary>
public sealed class DecodeTarget : IFuzzTarget
{
    private readonly Engine _engine = new(new EngineOptions { Backend = Backend.Interpreter });

    public string Name => "decode";

    public string SeedExtension => ".wasm";

    public void Run(ReadOnlySpan<byte> input)
    {
        try
        {
            Module.FromBytes(_engine, input);
        }
        catch (Exception e) when (e is MalformedModuleException or InvalidModuleException)
        {
            // The expected answer to a bad module.
        }
    }
}
