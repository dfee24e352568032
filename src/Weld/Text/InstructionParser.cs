using System.Runtime.CompilerServices;
using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Text;

/// <summary>
/// Parses instruction sequences (a function body or a constant expression) in plain and folded form into flat
/// <see cref="Instr"/>s. Plain blocks are tracked on an explicit control stack; only folded expressions recurse,
/// bounded by <see cref="MaxDepth"/> and the available stack.
/// </summary>
internal sealed partial class InstructionParser(ModuleParser module, IndexSpace? locals)
{
    /// <summary>Deepest folded nesting accepted; hostile input beyond it is an error, not a stack overflow.</summary>
    public const int MaxDepth = 1000;

    private sealed class Frame(string? label, Opcode kind)
    {
        public string? Label { get; } = label;
        public Opcode Kind { get; } = kind;
        public bool SawElse { get; set; }
    }

    private readonly TokenStream _ts = module.Ts;
    private readonly IndexSpace _locals = locals ?? new IndexSpace(Messages.DuplicateLocal, Messages.UnknownLocal);
    private readonly List<Instr> _code = [];
    private readonly List<int> _brTables = [];
    private readonly List<Frame> _frames = [];

    public int[] BrTables => [.. _brTables];

    /// <summary>The instructions with the final <c>end</c> appended.</summary>
    public Instr[] Finish()
    {
        Emit(new Instr(Opcode.End));
        return [.. _code];
    }

    private void Emit(Instr i) => _code.Add(i);

    /// <summary>Parses <c>instr*</c> up to a closing parenthesis (not consumed). Plain blocks opened here must close here.</summary>
    public void ParseSequence(int depth = 0)
    {
        int baseFrames = _frames.Count;
        while (true)
        {
            var t = _ts.Peek();
            switch (t.Kind)
            {
                case TokenKind.RParen or TokenKind.Eof:
                    if (_frames.Count > baseFrames) throw _ts.Unexpected(t);
                    return;
                case TokenKind.LParen:
                    ParseFolded(depth + 1);
                    continue;
                case TokenKind.Keyword:
                    break;
                default:
                    throw _ts.Unexpected(t);
            }
            switch (_ts.Text(t))
            {
                case "block" or "loop" or "if":
                {
                    _ts.Next();
                    var op = OpcodeNames.ByName[_ts.Text(t)];
                    var label = _ts.TryId();
                    Emit(module.ReadBlockType(op));
                    _frames.Add(new Frame(label, op));
                    break;
                }
                case "try_table":
                {
                    _ts.Next();
                    var label = _ts.TryId();
                    Emit(ReadTryTable());
                    _frames.Add(new Frame(label, Opcode.TryTable));
                    break;
                }
                case "try":
                {
                    _ts.Next();
                    var label = _ts.TryId();
                    Emit(module.ReadBlockType(Opcode.Try));
                    _frames.Add(new Frame(label, Opcode.Try));
                    break;
                }
                case "catch" or "catch_all":
                {
                    if (_frames.Count == baseFrames || _frames[^1].Kind != Opcode.Try || _frames[^1].SawElse) throw _ts.Unexpected(t);
                    _ts.Next();
                    CheckRepeatedLabel(_frames[^1]);
                    bool all = _ts.Is(t, "catch_all");
                    if (all) _frames[^1].SawElse = true; // nothing may follow catch_all but end
                    Emit(all ? new Instr(Opcode.CatchAll) : new Instr(Opcode.Catch, module.Names.Tags.Resolve(_ts)));
                    break;
                }
                case "delegate":
                {
                    if (_frames.Count == baseFrames || _frames[^1].Kind != Opcode.Try) throw _ts.Unexpected(t);
                    _ts.Next();
                    _frames.RemoveAt(_frames.Count - 1); // delegate's label is resolved outside the try
                    Emit(new Instr(Opcode.Delegate, ResolveLabel()));
                    break;
                }
                case "else":
                {
                    if (_frames.Count == baseFrames || _frames[^1].Kind != Opcode.If || _frames[^1].SawElse) throw _ts.Unexpected(t);
                    _ts.Next();
                    CheckRepeatedLabel(_frames[^1]);
                    _frames[^1].SawElse = true;
                    Emit(new Instr(Opcode.Else));
                    break;
                }
                case "end":
                {
                    if (_frames.Count == baseFrames) throw _ts.Unexpected(t);
                    _ts.Next();
                    CheckRepeatedLabel(_frames[^1]);
                    _frames.RemoveAt(_frames.Count - 1);
                    Emit(new Instr(Opcode.End));
                    break;
                }
                default:
                    Emit(ReadPlain());
                    break;
            }
        }
    }

    /// <summary>The optional label after <c>else</c> or <c>end</c> must repeat the block's own label.</summary>
    private void CheckRepeatedLabel(Frame f)
    {
        var t = _ts.Peek();
        if (t.Kind != TokenKind.Id) return;
        var id = _ts.TryId();
        if (id != f.Label) throw _ts.Error(t, Messages.MismatchingLabel);
    }

    /// <summary>Parses one folded instruction <c>( ... )</c>.</summary>
    public void ParseFolded(int depth = 1)
    {
        var open = _ts.Peek();
        if (depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw _ts.Error(open, Messages.NestingTooDeep);
        _ts.ExpectLParen();
        var t = _ts.Peek();
        if (t.Kind != TokenKind.Keyword) throw _ts.Unexpected(t);
        switch (_ts.Text(t))
        {
            case "block" or "loop":
            {
                _ts.Next();
                var op = OpcodeNames.ByName[_ts.Text(t)];
                var label = _ts.TryId();
                Emit(module.ReadBlockType(op));
                _frames.Add(new Frame(label, op));
                ParseSequence(depth);
                _frames.RemoveAt(_frames.Count - 1);
                Emit(new Instr(Opcode.End));
                break;
            }
            case "try_table":
            {
                _ts.Next();
                var label = _ts.TryId();
                Emit(ReadTryTable());
                _frames.Add(new Frame(label, Opcode.TryTable));
                ParseSequence(depth);
                _frames.RemoveAt(_frames.Count - 1);
                Emit(new Instr(Opcode.End));
                break;
            }
            case "try":
                ParseFoldedTry(depth);
                break;
            case "if":
            {
                // (if label bt cond* (then ...) (else ...)?) = cond* if label bt ... else ... end;
                // the conditions are outside the if's label scope.
                _ts.Next();
                var label = _ts.TryId();
                var ifIns = module.ReadBlockType(Opcode.If);
                while (_ts.Peek().Kind == TokenKind.LParen && !_ts.PeekParen("then")) ParseFolded(depth + 1);
                Emit(ifIns);
                _frames.Add(new Frame(label, Opcode.If));
                _ts.ExpectParen("then");
                ParseSequence(depth);
                _ts.ExpectRParen();
                if (_ts.PeekParen("else"))
                {
                    _ts.ExpectParen("else");
                    Emit(new Instr(Opcode.Else));
                    ParseSequence(depth);
                    _ts.ExpectRParen();
                }
                _frames.RemoveAt(_frames.Count - 1);
                Emit(new Instr(Opcode.End));
                break;
            }
            default:
            {
                var instr = ReadPlain();
                while (_ts.Peek().Kind == TokenKind.LParen) ParseFolded(depth + 1);
                Emit(instr);
                break;
            }
        }
        _ts.ExpectRParen();
    }

    /// <summary>After <c>try_table label?</c>: the block type and the catch clauses, whose labels are resolved outside
    /// the try_table (its own frame is not pushed yet).</summary>
    private Instr ReadTryTable()
    {
        var instr = module.ReadBlockType(Opcode.TryTable);
        int start = _brTables.Count;
        _brTables.Add(0); // the clause count, set below
        int count = 0;
        while (_ts.Peek().Kind == TokenKind.LParen)
        {
            var kw = _ts.Peek(1);
            int kind = _ts.Is(kw, "catch") ? ExceptionOpcodes.Catch : _ts.Is(kw, "catch_ref") ? ExceptionOpcodes.CatchRef
                : _ts.Is(kw, "catch_all") ? ExceptionOpcodes.CatchAll : _ts.Is(kw, "catch_all_ref") ? ExceptionOpcodes.CatchAllRef : -1;
            if (kind < 0) break;
            _ts.Next();
            _ts.Next();
            _brTables.Add(kind);
            _brTables.Add(ExceptionOpcodes.HasTag(kind) ? module.Names.Tags.Resolve(_ts) : -1);
            _brTables.Add(ResolveLabel());
            _ts.ExpectRParen();
            count++;
        }
        _brTables[start] = count;
        instr.B = start;
        return instr;
    }

    /// <summary>The legacy <c>(try label? bt (do ...) (catch $t ...)* (catch_all ...)?)</c> or <c>(try ... (do ...) (delegate l))</c>.</summary>
    private void ParseFoldedTry(int depth)
    {
        _ts.Next();
        var label = _ts.TryId();
        Emit(module.ReadBlockType(Opcode.Try));
        _frames.Add(new Frame(label, Opcode.Try));
        _ts.ExpectParen("do");
        ParseSequence(depth);
        _ts.ExpectRParen();
        if (_ts.PeekParen("delegate"))
        {
            _ts.ExpectParen("delegate");
            _frames.RemoveAt(_frames.Count - 1);
            Emit(new Instr(Opcode.Delegate, ResolveLabel()));
            _ts.ExpectRParen();
            return;
        }
        while (_ts.PeekParen("catch"))
        {
            _ts.ExpectParen("catch");
            Emit(new Instr(Opcode.Catch, module.Names.Tags.Resolve(_ts)));
            ParseSequence(depth);
            _ts.ExpectRParen();
        }
        if (_ts.PeekParen("catch_all"))
        {
            _ts.ExpectParen("catch_all");
            Emit(new Instr(Opcode.CatchAll));
            ParseSequence(depth);
            _ts.ExpectRParen();
        }
        _frames.RemoveAt(_frames.Count - 1);
        Emit(new Instr(Opcode.End));
    }

    /// <summary>Reads a non-block instruction and its immediates.</summary>
    private Instr ReadPlain()
    {
        var t = _ts.Next();
        if (t.Kind != TokenKind.Keyword) throw _ts.Unexpected(t);
        string name = _ts.Text(t);
        if (!OpcodeNames.ByName.TryGetValue(name, out var op) || Immediates.IsStructured(op)) throw _ts.Unexpected(t);
        var instr = ReadImmediates(op, t);
        return instr;
    }

    private int ResolveLabel()
    {
        var t = _ts.Next();
        if (t.Kind == TokenKind.Number) return (int)_ts.U32(t, _ts.Text(t));
        if (t.Kind != TokenKind.Id) throw _ts.Unexpected(t);
        string name = Lexer.IdName(_ts.Src, t);
        for (int i = _frames.Count - 1; i >= 0; i--)
            if (_frames[i].Label == name) return _frames.Count - 1 - i;
        throw _ts.Error(t, $"{Messages.UnknownLabel} {_ts.Text(t)}");
    }
}
