namespace Weld.Wasi;

/// <summary>
/// What a WASI program sees: its arguments, environment, preopened directories and standard streams. Nothing is
/// granted by default: no arguments, no environment, no directories, and null standard streams.
/// </summary>
public sealed class WasiConfiguration
{
    private readonly List<string> _args = [];
    private readonly List<KeyValuePair<string, string>> _env = [];
    private readonly List<WasiPreopen> _preopens = [];

    /// <summary>The program's arguments, <c>argv[0]</c> (the program name) first.</summary>
    public IReadOnlyList<string> Arguments => _args;

    /// <summary>The environment variables, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Environment => _env;

    /// <summary>The preopened directories, in order (the first gets descriptor 3).</summary>
    public IReadOnlyList<WasiPreopen> Preopens => _preopens;

    /// <summary>Standard input (default <see cref="WasiStdio.Null"/>).</summary>
    public WasiStdio Stdin { get; set; } = WasiStdio.Null;

    /// <summary>Standard output (default <see cref="WasiStdio.Null"/>).</summary>
    public WasiStdio Stdout { get; set; } = WasiStdio.Null;

    /// <summary>Standard error (default <see cref="WasiStdio.Null"/>).</summary>
    public WasiStdio Stderr { get; set; } = WasiStdio.Null;

    /// <summary>Appends arguments (the first one added is <c>argv[0]</c>).</summary>
    /// <returns>This configuration, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="args"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">An argument contains a NUL character.</exception>
    public WasiConfiguration WithArguments(params IEnumerable<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        foreach (var a in args)
        {
            ArgumentNullException.ThrowIfNull(a);
            if (a.Contains('\0')) throw new ArgumentException("an argument cannot contain NUL", nameof(args));
            _args.Add(a);
        }
        return this;
    }

    /// <summary>Adds (or replaces) an environment variable.</summary>
    /// <returns>This configuration, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty or contains '=' or NUL, or
    /// <paramref name="value"/> contains NUL.</exception>
    public WasiConfiguration WithEnvironment(string key, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        if (key.Contains('=') || key.Contains('\0') || value.Contains('\0'))
            throw new ArgumentException("an environment name cannot contain '=' or NUL, nor a value NUL");
        _env.RemoveAll(kv => kv.Key == key);
        _env.Add(new(key, value));
        return this;
    }

    /// <summary>Adds every variable of the host process's environment.</summary>
    /// <returns>This configuration, for chaining.</returns>
    public WasiConfiguration InheritEnvironment()
    {
        foreach (System.Collections.DictionaryEntry e in System.Environment.GetEnvironmentVariables())
            if (e.Key is string k && e.Value is string v && k.Length > 0 && !k.Contains('=')) WithEnvironment(k, v);
        return this;
    }

    /// <summary>Gives the guest the host directory <paramref name="hostPath"/> under the name <paramref name="guestPath"/>.
    /// The guest can reach nothing outside it (see the sandbox notes in the package README). With
    /// <paramref name="readOnly"/> the guest can list and read, but not create, change or delete anything.</summary>
    /// <returns>This configuration, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hostPath"/> or <paramref name="guestPath"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="hostPath"/> or <paramref name="guestPath"/> is empty.</exception>
    public WasiConfiguration PreopenDirectory(string hostPath, string guestPath, bool readOnly = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(hostPath);
        ArgumentException.ThrowIfNullOrEmpty(guestPath);
        _preopens.Add(new WasiPreopen(hostPath, guestPath, readOnly));
        return this;
    }

    /// <summary>Sets all three standard streams to <see cref="WasiStdio.Inherit"/>.</summary>
    /// <returns>This configuration, for chaining.</returns>
    public WasiConfiguration InheritStdio()
    {
        Stdin = Stdout = Stderr = WasiStdio.Inherit;
        return this;
    }
}

/// <summary>A preopened directory: host path, the name the guest sees, and whether it is read-only.</summary>
/// <param name="HostPath">The directory on the host (opened when the <see cref="WasiContext"/> is created).</param>
/// <param name="GuestPath">The name under which the guest finds it (what <c>fd_prestat_dir_name</c> returns).</param>
/// <param name="ReadOnly">True when the guest may list and read but not create, change or delete.</param>
public sealed record WasiPreopen(string HostPath, string GuestPath, bool ReadOnly);
