namespace Weld.Wasi;

/// <summary>Where one of the guest's standard streams (stdin, stdout, stderr) goes.</summary>
public sealed class WasiStdio
{
    private WasiStdio(Kind kind, string? path = null, Stream? stream = null, bool append = false)
    {
        What = kind;
        Path = path;
        Stream = stream;
        Append = append;
    }

    internal enum Kind { Null, Inherit, File, Stream }

    internal Kind What { get; }
    internal string? Path { get; }
    internal Stream? Stream { get; }
    internal bool Append { get; }

    /// <summary>Nothing: reads see end of file, writes are discarded. The default.</summary>
    public static WasiStdio Null { get; } = new(Kind.Null);

    /// <summary>The host process's own stream (the console, or whatever it was redirected to).</summary>
    public static WasiStdio Inherit { get; } = new(Kind.Inherit);

    /// <summary>A host file: read from for stdin; for stdout/stderr created or truncated (or appended to when <paramref name="append"/>).
    /// The path is the host's choice, not the guest's, so it is not sandboxed (the file is opened when the
    /// <see cref="WasiContext"/> is created).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static WasiStdio File(string path, bool append = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new(Kind.File, path, append: append);
    }

    /// <summary>A .NET stream (e.g. a <see cref="MemoryStream"/>): read from for stdin, written to for stdout/stderr.
    /// The caller keeps ownership: the stream is not disposed with the context.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static WasiStdio FromStream(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new(Kind.Stream, stream: stream);
    }
}
