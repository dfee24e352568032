using Weld.Wasi.Abi;

namespace Weld.Wasi.Descriptors;

/// <summary>Makes the descriptor for a configured standard stream.</summary>
internal static class Stdio
{
    public static StreamDescriptor Open(WasiStdio stdio, bool input, Func<Stream> console) => stdio.What switch
    {
        WasiStdio.Kind.Inherit => new StreamDescriptor(console(), input, ownsStream: true, FileType.CharacterDevice),
        WasiStdio.Kind.Stream => new StreamDescriptor(stdio.Stream!, input, ownsStream: false, FileType.CharacterDevice),
        WasiStdio.Kind.File => new StreamDescriptor(input
                ? new FileStream(stdio.Path!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite)
                : new FileStream(stdio.Path!, stdio.Append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.ReadWrite),
            input, ownsStream: true, FileType.RegularFile),
        _ => new StreamDescriptor(input ? new MemoryStream([], writable: false) : Stream.Null, input, ownsStream: true, FileType.CharacterDevice),
    };
}
