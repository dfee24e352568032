namespace Weld;

/// <summary>Runs WebAssembly spec test scripts (.wast) through the public API: every module is instantiated through a
/// <see cref="Linker"/> in which <c>register</c> defines instances and <c>spectest</c> is an ordinary set of externs.</summary>
public sealed class WastRunner
{
    /// <summary>Creates a runner whose modules compile for <paramref name="engine"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    public WastRunner(Engine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
    }

    /// <summary>The engine.</summary>
    public Engine Engine { get; }

    /// <summary>Where spectest's print functions write (default: nowhere).</summary>
    public TextWriter? Output { get; set; }

    /// <summary>Runs a script file.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read (e.g. <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public WastResult RunFile(string path) => Run(File.ReadAllText(path), path);

    /// <summary>Runs script text; <paramref name="name"/> labels the result. A script that does not parse, and every
    /// command that fails, is reported in the result rather than thrown. The threads proposal's <c>(thread ...)</c>
    /// blocks run on threads of their own (each with its own store) and <c>(wait ...)</c> joins them; a thread never
    /// waited for is joined at the end.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="script"/> is null.</exception>
    public WastResult Run(string script, string name)
    {
        ArgumentNullException.ThrowIfNull(script);
        List<Script.ScriptCommand> commands;
        try
        {
            commands = Script.ScriptParser.Parse(script);
        }
        catch (Exception e) when (e is Script.ScriptParseException or MalformedModuleException)
        {
            int line = e is Script.ScriptParseException p ? p.Line : ((MalformedModuleException)e).Line;
            return new WastResult(name, 1, 0, [new WastFailure(line, "script", "a script that parses", e.Message)]);
        }
        // Threads of a script write to the output concurrently.
        var runner = new Script.ScriptRunner(Engine, Output is null ? null : TextWriter.Synchronized(Output));
        var failures = new List<WastFailure>();
        foreach (var command in commands)
        {
            if (runner.Run(command) is { } failure) failures.Add(failure);
        }
        runner.JoinAll(failures);
        return new WastResult(name, commands.Count, commands.Count - failures.Count, failures);
    }
}
