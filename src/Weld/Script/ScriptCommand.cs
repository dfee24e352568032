using Weld.Syntax;
using Weld.Text;

namespace Weld.Script;

/// <summary>One command of a .wast script; <see cref="Line"/> is where it starts (1-based).</summary>
internal abstract record ScriptCommand(int Line);

/// <summary><c>(module ...)</c>: define (and instantiate) a module, optionally named for later commands.</summary>
internal sealed record ModuleCommand(int Line, ScriptModule Module) : ScriptCommand(Line);

/// <summary><c>(module definition $M? ...)</c>: decode and validate a module without instantiating it, for later
/// <see cref="ModuleInstanceCommand"/>s (named <c>$M</c> if given; the last definition otherwise).</summary>
internal sealed record ModuleDefinitionCommand(int Line, ScriptModule Module) : ScriptCommand(Line);

/// <summary><c>(module instance $I? $M?)</c>: instantiate definition <c>$M</c> (the last one if absent) as the current
/// instance, named <c>$I</c> if given.</summary>
internal sealed record ModuleInstanceCommand(int Line, string? InstanceName, string? ModuleName) : ScriptCommand(Line);

/// <summary><c>(register "as" $module?)</c>: make a module's exports importable under a name.</summary>
internal sealed record RegisterCommand(int Line, string As, string? ModuleName) : ScriptCommand(Line);

/// <summary>A bare <c>(invoke ...)</c> or <c>(get ...)</c>, run for its effects.</summary>
internal sealed record ActionCommand(int Line, ScriptAction Action) : ScriptCommand(Line);

/// <summary><c>(assert_return action result*)</c>.</summary>
internal sealed record AssertReturnCommand(int Line, ScriptAction Action, IReadOnlyList<ExpectedResult> Expected) : ScriptCommand(Line);

/// <summary><c>(assert_trap action "msg")</c>, or with a module: instantiation traps (e.g. in the start function).</summary>
internal sealed record AssertTrapCommand(int Line, ScriptAction? Action, ScriptModule? Module, string Message) : ScriptCommand(Line);

/// <summary><c>(assert_exhaustion action "msg")</c>: the call exhausts the stack.</summary>
internal sealed record AssertExhaustionCommand(int Line, ScriptAction Action, string Message) : ScriptCommand(Line);
/// <summary><c>(assert_exception action)</c>: the action throws a wasm exception out to the host.</summary>
internal sealed record AssertExceptionCommand(int Line, ScriptAction Action) : ScriptCommand(Line);

/// <summary>Threads: <c>(thread $name (shared (module $m))* command*)</c> runs its commands on an OS thread of its own,
/// with a store and registrations of its own in which only the named modules of <see cref="SharedModules"/> are
/// visible (under their names).</summary>
internal sealed record ThreadCommand(int Line, string Name, IReadOnlyList<string> SharedModules, IReadOnlyList<ScriptCommand> Commands)
    : ScriptCommand(Line);

/// <summary>Threads: <c>(wait $name)</c> joins a thread and reports its failures.</summary>
internal sealed record WaitCommand(int Line, string Name) : ScriptCommand(Line);

/// <summary>What a module assertion expects to go wrong.</summary>
internal enum ModuleAssertion : byte
{
    /// <summary><c>assert_malformed</c>: decoding or parsing fails.</summary>
    Malformed,
    /// <summary><c>assert_invalid</c>: validation fails.</summary>
    Invalid,
    /// <summary><c>assert_unlinkable</c>: import resolution or matching fails.</summary>
    Unlinkable,
    /// <summary><c>assert_uninstantiable</c>: instantiation traps.</summary>
    Uninstantiable,
}

/// <summary><c>(assert_malformed|assert_invalid|assert_unlinkable|assert_uninstantiable module "msg")</c>.</summary>
internal sealed record AssertModuleCommand(int Line, ModuleAssertion Kind, ScriptModule Module, string Message) : ScriptCommand(Line);

/// <summary>An action: call an export, or read an exported global. <see cref="ModuleName"/> null means the latest module.</summary>
internal abstract record ScriptAction(int Line, string? ModuleName, string Name);

internal sealed record InvokeAction(int Line, string? ModuleName, string Name, IReadOnlyList<ScriptValue> Args)
    : ScriptAction(Line, ModuleName, Name);

internal sealed record GetAction(int Line, string? ModuleName, string Name) : ScriptAction(Line, ModuleName, Name);

internal enum ScriptModuleKind : byte
{
    /// <summary><c>(module ...)</c> in the text format: <see cref="ScriptModule.Text"/> is its source slice.</summary>
    Text,
    /// <summary><c>(module binary "...")</c>: <see cref="ScriptModule.Bytes"/> are the concatenated strings.</summary>
    Binary,
    /// <summary><c>(module quote "...")</c>: <see cref="ScriptModule.Bytes"/> are the concatenated strings, to be read as text.</summary>
    Quote,
}

/// <summary>
/// A module as written in a script, kept unparsed: an assertion may expect it to be malformed, so decoding or
/// parsing happens only when the runner asks (and the runner sees that error).
/// </summary>
internal sealed class ScriptModule(ScriptModuleKind kind, string? name, int line, string? text, byte[]? bytes)
{
    public ScriptModuleKind Kind { get; } = kind;
    /// <summary>The <c>$id</c> after <c>module</c>, without <c>$</c>.</summary>
    public string? Name { get; } = name;
    public int Line { get; } = line;
    /// <summary>For <see cref="ScriptModuleKind.Text"/>: the whole <c>(module ...)</c> slice of the script.</summary>
    public string? Text { get; } = text;
    /// <summary>For <see cref="ScriptModuleKind.Binary"/> and <see cref="ScriptModuleKind.Quote"/>: the bytes of the strings.</summary>
    public byte[]? Bytes { get; } = bytes;

    /// <summary>The text of a text or quote module. Quote bytes must be UTF-8 (text sources are).</summary>
    public string GetText()
    {
        if (Kind == ScriptModuleKind.Text) return Text!;
        if (Kind == ScriptModuleKind.Quote)
        {
            try { return new System.Text.UTF8Encoding(false, true).GetString(Bytes!); }
            catch (ArgumentException) { throw new MalformedModuleException(Diagnostics.Messages.MalformedUtf8, 1, 1); }
        }
        throw new InvalidOperationException("binary module has no text");
    }

    /// <summary>Parses a text or quote module. Errors in a text module carry script line numbers.</summary>
    public ModuleDefinition ParseText(WasmFeatures features = WasmFeatures.Default)
    {
        string text = GetText();
        try { return TextParser.ParseModule(text, features); }
        catch (MalformedModuleException e) when (Kind == ScriptModuleKind.Text && e.Line > 0)
        {
            throw new MalformedModuleException(e.SpecMessage, e.Line + Line - 1, e.Column);
        }
    }
}
