using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Text;

/// <summary>A cursor over the tokens of one text, with the helpers every parser here needs: lookahead, expecting,
/// skipping a whole S-expression (parentheses are matched once up front), and errors with positions.</summary>
internal sealed class TokenStream
{
    private readonly List<Token> _tokens;
    private readonly int[] _match;

    public TokenStream(string src)
    {
        Src = src;
        _tokens = Lexer.Tokenize(src);
        _match = new int[_tokens.Count];
        var open = new Stack<int>();
        for (int i = 0; i < _tokens.Count; i++)
        {
            _match[i] = -1;
            if (_tokens[i].Kind == TokenKind.LParen) open.Push(i);
            else if (_tokens[i].Kind == TokenKind.RParen && open.Count > 0) _match[open.Pop()] = i;
        }
    }

    public string Src { get; }
    public int Position { get; set; }

    /// <summary>The token k places ahead; reading a reserved token is an error, as in the spec's lexer.</summary>
    public Token Peek(int k = 0)
    {
        int i = Math.Min(Position + k, _tokens.Count - 1);
        var t = _tokens[i];
        if (t.Kind == TokenKind.Reserved) throw Error(t, $"{Messages.UnknownOperator} {Text(t)}");
        return t;
    }

    /// <summary>The token just consumed.</summary>
    public Token Last => _tokens[Math.Max(Position - 1, 0)];

    public Token Next()
    {
        var t = Peek();
        if (t.Kind != TokenKind.Eof) Position++;
        return t;
    }

    public string Text(Token t) => Src.Substring(t.Start, t.Length);

    public bool Is(Token t, string keyword) =>
        t.Kind == TokenKind.Keyword && Src.AsSpan(t.Start, t.Length).SequenceEqual(keyword);

    public bool PeekKeyword(string keyword) => Is(Peek(), keyword);

    /// <summary>True when the next tokens are <c>( keyword</c>.</summary>
    public bool PeekParen(string keyword) => Peek().Kind == TokenKind.LParen && Is(Peek(1), keyword);

    /// <summary>True when the next tokens are <c>(</c> and a keyword, which is returned.</summary>
    public bool PeekParenKeyword(out string keyword)
    {
        keyword = "";
        if (Peek().Kind != TokenKind.LParen || Peek(1).Kind != TokenKind.Keyword) return false;
        keyword = Text(Peek(1));
        return true;
    }

    public void ExpectLParen()
    {
        var t = Next();
        if (t.Kind != TokenKind.LParen) throw Unexpected(t);
    }

    public void ExpectRParen()
    {
        var t = Next();
        if (t.Kind != TokenKind.RParen) throw Unexpected(t);
    }

    public void ExpectKeyword(string keyword)
    {
        var t = Next();
        if (!Is(t, keyword)) throw Unexpected(t);
    }

    /// <summary>Consumes <c>( keyword</c>.</summary>
    public void ExpectParen(string keyword)
    {
        ExpectLParen();
        ExpectKeyword(keyword);
    }

    /// <summary>Consumes an optional <c>$id</c> and returns its name (without <c>$</c>).</summary>
    public string? TryId()
    {
        var t = Peek();
        if (t.Kind != TokenKind.Id) return null;
        Position++;
        return Lexer.IdName(Src, t);
    }

    public byte[] ExpectString()
    {
        var t = Next();
        if (t.Kind != TokenKind.String) throw Unexpected(t);
        return Lexer.DecodeString(Src, t);
    }

    /// <summary>A string that must be valid UTF-8 (import and export names).</summary>
    public string ExpectName()
    {
        var t = Next();
        if (t.Kind != TokenKind.String) throw Unexpected(t);
        return Lexer.DecodeName(Src, t);
    }

    public uint ExpectU32()
    {
        var t = Next();
        if (t.Kind != TokenKind.Number) throw Unexpected(t);
        return U32(t, Text(t));
    }

    /// <summary>Reads a u64 (memory64 limits and offsets), written in token <paramref name="t"/> (possibly a part of it).</summary>
    public ulong U64(Token t, ReadOnlySpan<char> text) => NumberParsing.ParseNat(text, out ulong v) switch
    {
        NumberStatus.Ok => v,
        NumberStatus.OutOfRange => throw Error(t, Messages.I64ConstantOutOfRange),
        _ => throw Error(t, $"{Messages.UnknownOperator} {Text(t)}"),
    };

    public ulong ExpectU64()
    {
        var t = Next();
        if (t.Kind != TokenKind.Number) throw Unexpected(t);
        return U64(t, Text(t));
    }

    /// <summary>Reads a u32 written in token <paramref name="t"/> (possibly a part of it, as in <c>offset=N</c>).</summary>
    public uint U32(Token t, ReadOnlySpan<char> text) => NumberParsing.ParseU32(text, out uint v) switch
    {
        NumberStatus.Ok => v,
        NumberStatus.OutOfRange => throw Error(t, Messages.I32ConstantOutOfRange),
        _ => throw Error(t, $"{Messages.UnknownOperator} {Text(t)}"),
    };

    /// <summary>Skips a whole S-expression starting at the current <c>(</c>.</summary>
    public void SkipSExpr()
    {
        var t = Peek();
        if (t.Kind != TokenKind.LParen) throw Unexpected(t);
        int close = _match[Position];
        if (close < 0) throw Error(_tokens[^1], Messages.UnexpectedEnd);
        Position = close + 1;
    }

    public MalformedModuleException Error(Token t, string message) => new(message, t.Line, t.Column);

    /// <summary>The error for a token the grammar does not allow here: "unexpected end" at the end of input,
    /// "unknown operator" for words the text format does not know (as the spec's lexer rejects them), and
    /// "unexpected token" otherwise.</summary>
    public MalformedModuleException Unexpected(Token t) => t.Kind switch
    {
        TokenKind.Eof => Error(t, Messages.UnexpectedEnd),
        TokenKind.Keyword or TokenKind.Number when !KnownWords.IsKnown(Text(t)) =>
            Error(t, $"{Messages.UnknownOperator} {Text(t)}"),
        _ => Error(t, Messages.UnexpectedToken),
    };
}

/// <summary>The words of the text format and script grammar, to tell "unexpected token" from "unknown operator".</summary>
internal static class KnownWords
{
    private static readonly HashSet<string> Grammar =
    [
        "module", "type", "func", "param", "result", "local", "import", "export", "table", "memory", "global",
        "elem", "data", "start", "mut", "offset", "item", "declare", "then", "funcref", "externref", "extern",
        "i32", "i64", "f32", "f64", "v128", "ref", "shared", "binary", "quote", "definition", "instance",
        "register", "invoke", "get", "assert_return", "assert_trap", "assert_exhaustion", "assert_invalid",
        "assert_malformed", "assert_unlinkable", "assert_uninstantiable", "script", "input", "output",
        "nan:canonical", "nan:arithmetic", "i8x16", "i16x8", "i32x4", "i64x2", "f32x4", "f64x2",
    ];

    public static bool IsKnown(string word)
    {
        if (Grammar.Contains(word) || OpcodeNames.ByName.ContainsKey(word)) return true;
        if (word.StartsWith("offset=", StringComparison.Ordinal) || word.StartsWith("align=", StringComparison.Ordinal))
            return NumberParsing.ParseNat(word.AsSpan(word.IndexOf('=') + 1), out _) != NumberStatus.Malformed;
        return NumberParsing.ParseInt(word, 64, out _) != NumberStatus.Malformed
            || FloatParsing.ParseF64(word, out _) != NumberStatus.Malformed;
    }
}
