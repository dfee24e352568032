using Weld.Text;

namespace Weld.Script;

/// <summary>A syntax error in a .wast script itself (not in a module it contains).</summary>
internal sealed class ScriptParseException(string message, int line, int column)
    : Exception($"{message} (at {line}:{column})")
{
    public int Line { get; } = line;
    public int Column { get; } = column;
}

/// <summary>
/// Parses a .wast script into commands (syntax only; running them is the runner's job). Modules stay unparsed
/// (see <see cref="ScriptModule"/>). A script that starts with a module field is one inline module.
/// </summary>
internal sealed class ScriptParser
{
    private static readonly HashSet<string> ModuleFields =
        ["type", "import", "func", "table", "memory", "global", "export", "start", "elem", "data"];

    private readonly TokenStream _ts;

    private ScriptParser(string src) => _ts = new TokenStream(src);

    public static List<ScriptCommand> Parse(string src)
    {
        try
        {
            return new ScriptParser(src).ParseCommands();
        }
        catch (MalformedModuleException e)
        {
            throw new ScriptParseException(e.SpecMessage, e.Line, e.Column);
        }
    }

    private List<ScriptCommand> ParseCommands()
    {
        var commands = new List<ScriptCommand>();
        if (_ts.PeekParenKeyword(out string first) && ModuleFields.Contains(first))
        {
            var t = _ts.Peek();
            commands.Add(new ModuleCommand(t.Line, new ScriptModule(ScriptModuleKind.Text, null, t.Line, _ts.Src, null)));
            return commands;
        }
        while (_ts.Peek().Kind != TokenKind.Eof) commands.Add(ParseCommand());
        return commands;
    }

    private ScriptCommand ParseCommand()
    {
        var open = _ts.Peek();
        int line = open.Line;
        if (!_ts.PeekParenKeyword(out string kw)) throw _ts.Unexpected(_ts.Peek(open.Kind == TokenKind.LParen ? 1 : 0));
        switch (kw)
        {
            case "module" when _ts.Is(_ts.Peek(2), "instance"):
                return ParseModuleInstance(line);
            case "module" when _ts.Is(_ts.Peek(2), "definition"):
                return new ModuleDefinitionCommand(line, ParseModule());
            case "module":
                return new ModuleCommand(line, ParseModule());
            case "invoke" or "get":
                return new ActionCommand(line, ParseAction());
        }
        _ts.ExpectLParen();
        _ts.Next();
        ScriptCommand cmd;
        switch (kw)
        {
            case "register":
            {
                string name = _ts.ExpectName();
                cmd = new RegisterCommand(line, name, _ts.TryId());
                break;
            }
            case "assert_return":
            {
                var action = ParseAction();
                var expected = new List<ExpectedResult>();
                while (_ts.Peek().Kind == TokenKind.LParen) expected.Add(ParseExpected());
                cmd = new AssertReturnCommand(line, action, expected);
                break;
            }
            case "assert_trap":
                if (_ts.PeekParen("module"))
                {
                    var module = ParseModule();
                    cmd = new AssertTrapCommand(line, null, module, _ts.ExpectName());
                }
                else
                {
                    var action = ParseAction();
                    cmd = new AssertTrapCommand(line, action, null, _ts.ExpectName());
                }
                break;
            case "assert_exhaustion":
            {
                var action = ParseAction();
                cmd = new AssertExhaustionCommand(line, action, _ts.ExpectName());
                break;
            }
            case "assert_exception": cmd = new AssertExceptionCommand(line, ParseAction()); break;
            case "thread": cmd = ParseThread(line); break;
            case "wait": cmd = new WaitCommand(line, _ts.TryId() ?? throw _ts.Unexpected(_ts.Peek())); break;
            case "assert_malformed": cmd = ParseModuleAssertion(line, ModuleAssertion.Malformed); break;
            case "assert_invalid": cmd = ParseModuleAssertion(line, ModuleAssertion.Invalid); break;
            case "assert_unlinkable": cmd = ParseModuleAssertion(line, ModuleAssertion.Unlinkable); break;
            case "assert_uninstantiable": cmd = ParseModuleAssertion(line, ModuleAssertion.Uninstantiable); break;
            default: throw _ts.Unexpected(_ts.Last);
        }
        _ts.ExpectRParen();
        return cmd;
    }

    /// <summary>After <c>(thread</c>: <c>$name (shared (module $m))* command*</c>, up to the closing parenthesis.</summary>
    private ThreadCommand ParseThread(int line)
    {
        string name = _ts.TryId() ?? throw _ts.Unexpected(_ts.Peek());
        var shared = new List<string>();
        while (_ts.PeekParen("shared"))
        {
            _ts.ExpectParen("shared");
            _ts.ExpectParen("module");
            shared.Add(_ts.TryId() ?? throw _ts.Unexpected(_ts.Peek()));
            _ts.ExpectRParen();
            _ts.ExpectRParen();
        }
        var commands = new List<ScriptCommand>();
        while (_ts.Peek().Kind == TokenKind.LParen) commands.Add(ParseCommand());
        return new ThreadCommand(line, name, shared, commands);
    }

    private AssertModuleCommand ParseModuleAssertion(int line, ModuleAssertion kind)
    {
        var module = ParseModule();
        return new AssertModuleCommand(line, kind, module, _ts.ExpectName());
    }

    /// <summary><c>(module instance $I? $M?)</c>.</summary>
    private ModuleInstanceCommand ParseModuleInstance(int line)
    {
        _ts.ExpectParen("module");
        _ts.ExpectKeyword("instance");
        string? instance = _ts.TryId();
        string? module = _ts.TryId();
        _ts.ExpectRParen();
        return new ModuleInstanceCommand(line, instance, module);
    }

    /// <summary><c>(module $id? binary "..."*)</c>, <c>(module $id? quote "..."*)</c> or a text module (kept as its source
    /// slice), each also as <c>(module definition $id? ...)</c>.</summary>
    private ScriptModule ParseModule()
    {
        int start = _ts.Position;
        var open = _ts.Peek();
        _ts.ExpectParen("module");
        Token? definition = _ts.PeekKeyword("definition") ? _ts.Next() : null;
        string? name = _ts.TryId();
        bool binary = _ts.PeekKeyword("binary");
        if (binary || _ts.PeekKeyword("quote"))
        {
            _ts.Next();
            var bytes = new List<byte>();
            while (_ts.Peek().Kind == TokenKind.String) bytes.AddRange(_ts.ExpectString());
            _ts.ExpectRParen();
            return new ScriptModule(binary ? ScriptModuleKind.Binary : ScriptModuleKind.Quote, name, open.Line, null, [.. bytes]);
        }
        _ts.Position = start;
        _ts.SkipSExpr();
        string text = _ts.Src[open.Start.._ts.Last.End];
        // The text parser reads a plain module: blank out "definition", keeping every line and column in place.
        if (definition is { } d)
        {
            int at = d.Start - open.Start;
            text = string.Concat(text.AsSpan(0, at), new string(' ', d.Length), text.AsSpan(at + d.Length));
        }
        return new ScriptModule(ScriptModuleKind.Text, name, open.Line, text, null);
    }

    /// <summary><c>(invoke $id? "name" const*)</c> or <c>(get $id? "name")</c>.</summary>
    private ScriptAction ParseAction()
    {
        int line = _ts.Peek().Line;
        _ts.ExpectLParen();
        var kw = _ts.Next();
        string? module = _ts.TryId();
        string name = _ts.ExpectName();
        ScriptAction action;
        if (_ts.Is(kw, "invoke"))
        {
            var args = new List<ScriptValue>();
            while (_ts.Peek().Kind == TokenKind.LParen) args.Add(ScriptConstants.ParseValue(_ts));
            action = new InvokeAction(line, module, name, args);
        }
        else if (_ts.Is(kw, "get")) action = new GetAction(line, module, name);
        else throw _ts.Unexpected(kw);
        _ts.ExpectRParen();
        return action;
    }

    private ExpectedResult ParseExpected() => ScriptConstants.ParseExpected(_ts);
}
