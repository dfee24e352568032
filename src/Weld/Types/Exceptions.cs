namespace Weld;

/// <summary>Base of every error Weld reports about a module or its execution.</summary>
public abstract class WeldException : Exception
{
    private protected WeldException(string message, Exception? inner = null) : base(message, inner) { }
}

/// <summary>The module's bytes or text are not well-formed (decoding or parsing stage).</summary>
public sealed class MalformedModuleException : WeldException
{
    /// <summary>Creates the exception.</summary>
    public MalformedModuleException(string message, long offset = -1) : base(message) => Offset = offset;

    /// <summary>The same error, with context (a dependency's file) before its message.</summary>
    internal MalformedModuleException(string context, MalformedModuleException inner) : base($"{context}: {inner.Message}", inner)
    {
        SpecMessage = inner.SpecMessage;
        Offset = inner.Offset;
        Line = inner.Line;
        Column = inner.Column;
    }

    /// <summary>Creates the exception for text input, with a position.</summary>
    public MalformedModuleException(string message, int line, int column) : base($"{message} (at {line}:{column})")
    {
        SpecMessage = message;
        Line = line;
        Column = column;
        Offset = -1;
    }

    /// <summary>Byte offset of the error in binary input, or -1.</summary>
    public long Offset { get; }
    /// <summary>Line (1-based) in text input, or 0.</summary>
    public int Line { get; }
    /// <summary>Column (1-based) in text input, or 0.</summary>
    public int Column { get; }
    /// <summary>The spec's message without position.</summary>
    public string SpecMessage { get => field ?? Message; private init; }
}

/// <summary>The module is well-formed but does not validate.</summary>
public sealed class InvalidModuleException : WeldException
{
    /// <summary>Creates the exception.</summary>
    public InvalidModuleException(string message) : base(message) { }

    /// <summary>The same error, with context (a dependency's file) before its message.</summary>
    internal InvalidModuleException(string context, InvalidModuleException inner) : base($"{context}: {inner.Message}", inner) { }
}

/// <summary>Imports could not be matched or resolved at instantiation.</summary>
public sealed class LinkException : WeldException
{
    /// <summary>Creates the exception.</summary>
    public LinkException(string message) : base(message) { }

    /// <summary>An error with the exception that caused it.</summary>
    internal LinkException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>Execution trapped. <see cref="Exception.Message"/> is the spec's text for <see cref="Code"/>.</summary>
public sealed class TrapException : WeldException
{
    /// <summary>Creates a trap with the spec's message for the code.</summary>
    public TrapException(TrapCode code, Exception? inner = null) : this(code, TrapMessages.Of(code), inner) { }

    /// <summary>Creates a trap with a custom message.</summary>
    public TrapException(TrapCode code, string message, Exception? inner = null) : base(message, inner) => Code = code;

    /// <summary>Why execution trapped.</summary>
    public TrapCode Code { get; }

    /// <summary>Names of the wasm functions on the stack when the trap happened, innermost first (may be empty).</summary>
    public IReadOnlyList<string> WasmBacktrace { get; internal set; } = [];

    /// <summary>Whether a back end has recorded <see cref="WasmBacktrace"/> (the first one the trap passes does, once).</summary>
    internal bool BacktraceRecorded;
}

/// <summary>The spec's message for each trap code.</summary>
public static class TrapMessages
{
    /// <summary>The message for a trap code (the texts live in Weld's diagnostics with the spec's other strings).</summary>
    public static string Of(TrapCode code) => Diagnostics.TrapText.Of(code);
}

/// <summary>A host function ended the program on purpose (e.g. WASI <c>proc_exit</c>); passes through wasm frames unchanged.</summary>
public sealed class ExitException : WeldException
{
    /// <summary>Creates the exception.</summary>
    public ExitException(int exitCode) : base(Diagnostics.TrapText.Exit(exitCode)) => ExitCode = exitCode;

    /// <summary>The program's exit code.</summary>
    public int ExitCode { get; }
}
