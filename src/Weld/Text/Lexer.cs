using System.Text;
using Weld.Diagnostics;

namespace Weld.Text;

/// <summary>
/// The text format's lexer (shared by modules and .wast scripts). Tokens are maximal runs of idchars and
/// strings: a run that is neither a single string nor plain idchars is <see cref="TokenKind.Reserved"/>, which is
/// how the spec rejects glued tokens such as <c>"a""b"</c> or <c>i32.const0</c> (as "unknown operator").
/// Comments and annotations <c>(@...)</c> are skipped.
/// </summary>
internal static class Lexer
{
    public static List<Token> Tokenize(string src)
    {
        var tokens = new List<Token>();
        int pos = 0, line = 1, lineStart = 0;
        while (true)
        {
            SkipTrivia(src, ref pos, ref line, ref lineStart);
            int col = pos - lineStart + 1;
            if (pos >= src.Length)
            {
                tokens.Add(new Token(TokenKind.Eof, pos, pos, line, col));
                return tokens;
            }
            char ch = src[pos];
            if (ch == '(')
            {
                if (pos + 1 < src.Length && src[pos + 1] == '@')
                {
                    SkipAnnotation(src, ref pos, ref line, ref lineStart);
                    continue;
                }
                tokens.Add(new Token(TokenKind.LParen, pos, ++pos, line, col));
                continue;
            }
            if (ch == ')')
            {
                tokens.Add(new Token(TokenKind.RParen, pos, ++pos, line, col));
                continue;
            }
            if (!IsIdChar(ch) && ch != '"')
                throw Error(Messages.IllegalCharacter, line, col);

            // A run of idchars and strings.
            int start = pos;
            int strings = 0;
            bool idchars = false;
            while (pos < src.Length)
            {
                char c = src[pos];
                if (c == '"')
                {
                    if (ch == '$' && pos == start + 1) SkipQuotedName(src, ref pos, line, lineStart, Messages.EmptyIdentifier);
                    else SkipString(src, ref pos, line, lineStart);
                    strings++;
                }
                else if (IsIdChar(c))
                {
                    pos++;
                    idchars = true;
                }
                else break;
            }
            TokenKind kind;
            if (strings > 0 && IsQuotedId(src, start, pos, strings)) kind = TokenKind.Id;
            else if (strings > 0) kind = strings == 1 && !idchars ? TokenKind.String : TokenKind.Reserved;
            else if (ch == '$') kind = pos - start > 1 ? TokenKind.Id : throw Error(Messages.EmptyIdentifier, line, col);
            else if (ch is >= 'a' and <= 'z') kind = TokenKind.Keyword;
            else if (ch is >= '0' and <= '9' or '+' or '-') kind = TokenKind.Number;
            else kind = TokenKind.Reserved;
            tokens.Add(new Token(kind, start, pos, line, col));
        }
    }

    public static bool IsIdChar(char c) =>
        c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z'
            or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '/' or ':'
            or '<' or '=' or '>' or '?' or '@' or '\\' or '^' or '_' or '`' or '|' or '~';

    private static void SkipTrivia(string src, ref int pos, ref int line, ref int lineStart)
    {
        while (pos < src.Length)
        {
            char c = src[pos];
            if (c == '\n') { pos++; line++; lineStart = pos; }
            else if (c is ' ' or '\t' or '\r') pos++;
            else if (c == ';' && pos + 1 < src.Length && src[pos + 1] == ';')
            {
                // A line comment ends at a newline or a bare carriage return.
                while (pos < src.Length && src[pos] is not ('\n' or '\r')) pos++;
            }
            else if (c == '(' && pos + 1 < src.Length && src[pos + 1] == ';')
                SkipBlockComment(src, ref pos, ref line, ref lineStart);
            else return;
        }
    }

    private static void SkipBlockComment(string src, ref int pos, ref int line, ref int lineStart)
    {
        int startLine = line, startCol = pos - lineStart + 1;
        int depth = 0;
        while (pos < src.Length)
        {
            char c = src[pos];
            if (c == '(' && pos + 1 < src.Length && src[pos + 1] == ';') { depth++; pos += 2; }
            else if (c == ';' && pos + 1 < src.Length && src[pos + 1] == ')')
            {
                pos += 2;
                if (--depth == 0) return;
            }
            else
            {
                if (c == '\n') { line++; lineStart = pos + 1; }
                pos++;
            }
        }
        throw Error(Messages.UnclosedComment, startLine, startCol);
    }

    /// <summary>A quoted identifier <c>$"..."</c> (3.0): <c>$</c> and one string, nothing else.</summary>
    private static bool IsQuotedId(string src, int start, int end, int strings) =>
        strings == 1 && src[start] == '$' && src[start + 1] == '"' && src[end - 1] == '"';

    /// <summary>The name of an identifier token without its <c>$</c>: the decoded string of a quoted one.</summary>
    public static string IdName(string src, Token t) =>
        src[t.Start + 1] == '"'
            ? DecodeName(src, t with { Start = t.Start + 1 })
            : src.Substring(t.Start + 1, t.Length - 1);

    /// <summary>Skips the string of a quoted identifier or annotation id: a string that does not lex (it
    /// would span lines, say) or is empty leaves the <c>$</c> or <c>(@</c> empty (<paramref name="emptyMessage"/>);
    /// its bytes must be UTF-8.</summary>
    private static void SkipQuotedName(string src, ref int pos, int line, int lineStart, string emptyMessage)
    {
        int open = pos;
        int col = open - lineStart + 1;
        try
        {
            SkipString(src, ref pos, line, lineStart);
        }
        catch (MalformedModuleException)
        {
            throw Error(emptyMessage, line, col);
        }
        if (pos - open == 2) throw Error(emptyMessage, line, col);
        DecodeName(src, new Token(TokenKind.String, open, pos, line, col));
    }

    /// <summary>Skips an annotation <c>(@id ...)</c>: its id (idchars or a non-empty string), then tokens with
    /// balanced parentheses (strings and comments inside; 3.0's reserved characters , ; [ ] { } allowed).</summary>
    private static void SkipAnnotation(string src, ref int pos, ref int line, ref int lineStart)
    {
        int col = pos - lineStart + 1;
        pos += 2;
        if (pos < src.Length && src[pos] == '"') SkipQuotedName(src, ref pos, line, lineStart, Messages.EmptyAnnotationId);
        else if (pos < src.Length && IsIdChar(src[pos]))
        {
            while (pos < src.Length && IsIdChar(src[pos])) pos++;
        }
        else throw Error(Messages.EmptyAnnotationId, line, col);
        int depth = 1;
        while (true)
        {
            SkipTrivia(src, ref pos, ref line, ref lineStart);
            if (pos >= src.Length) throw Error(Messages.UnclosedAnnotation, line, col);
            char c = src[pos];
            if (c == '(') { depth++; pos++; }
            else if (c == ')') { pos++; if (--depth == 0) return; }
            else if (c == '"') SkipString(src, ref pos, line, lineStart);
            else if (IsIdChar(c) || c is ',' or ';' or '[' or ']' or '{' or '}') pos++;
            else throw Error(Messages.IllegalCharacter, line, pos - lineStart + 1);
        }
    }

    /// <summary>Checks a string literal and moves past it; strings never span lines.</summary>
    private static void SkipString(string src, ref int pos, int line, int lineStart)
    {
        int open = pos;
        pos++;
        while (true)
        {
            if (pos >= src.Length || src[pos] == '\n') throw Error(Messages.UnclosedString, line, open - lineStart + 1);
            char c = src[pos];
            if (c == '"') { pos++; return; }
            if (c == '\\')
            {
                int esc = pos;
                pos++;
                if (pos >= src.Length) throw Error(Messages.UnclosedString, line, open - lineStart + 1);
                char e = src[pos];
                if (e is 't' or 'n' or 'r' or '"' or '\'' or '\\') pos++;
                else if (e == 'u')
                {
                    if (!TryReadUnicodeEscape(src, ref pos, out _)) throw Error(Messages.IllegalEscape, line, esc - lineStart + 1);
                }
                else if (pos + 1 < src.Length && IsHex(e) && IsHex(src[pos + 1])) pos += 2;
                else throw Error(Messages.IllegalEscape, line, esc - lineStart + 1);
            }
            else if (c < 0x20 || c == 0x7F) throw Error(Messages.IllegalCharacter, line, pos - lineStart + 1);
            else pos++;
        }
    }

    /// <summary>Reads <c>u{hexnum}</c> at <paramref name="pos"/> (pointing at 'u'); the value must be a Unicode scalar value.</summary>
    private static bool TryReadUnicodeEscape(string src, ref int pos, out int value)
    {
        value = 0;
        if (pos + 1 >= src.Length || src[pos + 1] != '{') return false;
        int p = pos + 2;
        int close = src.IndexOf('}', p);
        if (close < 0) return false;
        if (!NumberParsing.TryParseDigits(src.AsSpan(p, close - p), 16, out ulong v) || v >= 0x110000 || v is >= 0xD800 and < 0xE000)
            return false;
        value = (int)v;
        pos = close + 1;
        return true;
    }

    private static bool IsHex(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    /// <summary>The bytes of a (checked) string token: escapes decoded, other characters as UTF-8.</summary>
    public static byte[] DecodeString(string src, Token t)
    {
        var bytes = new List<byte>(t.Length);
        Span<byte> utf8 = stackalloc byte[4];
        int pos = t.Start + 1, end = t.End - 1;
        while (pos < end)
        {
            char c = src[pos];
            if (c != '\\')
            {
                int cp = c;
                int n = 1;
                if (char.IsHighSurrogate(c) && pos + 1 < end && char.IsLowSurrogate(src[pos + 1]))
                {
                    cp = char.ConvertToUtf32(c, src[pos + 1]);
                    n = 2;
                }
                else if (char.IsSurrogate(c))
                    throw Error(Messages.MalformedUtf8, t.Line, t.Column);
                AppendUtf8(bytes, cp, utf8);
                pos += n;
                continue;
            }
            char e = src[++pos];
            switch (e)
            {
                case 't': bytes.Add((byte)'\t'); pos++; break;
                case 'n': bytes.Add((byte)'\n'); pos++; break;
                case 'r': bytes.Add((byte)'\r'); pos++; break;
                case '"': bytes.Add((byte)'"'); pos++; break;
                case '\'': bytes.Add((byte)'\''); pos++; break;
                case '\\': bytes.Add((byte)'\\'); pos++; break;
                case 'u':
                    TryReadUnicodeEscape(src, ref pos, out int v);
                    AppendUtf8(bytes, v, utf8);
                    break;
                default:
                    bytes.Add((byte)Convert.ToInt32(src.Substring(pos, 2), 16));
                    pos += 2;
                    break;
            }
        }
        return [.. bytes];
    }

    private static void AppendUtf8(List<byte> bytes, int cp, Span<byte> buf)
    {
        int n = new Rune(cp).EncodeToUtf8(buf);
        for (int i = 0; i < n; i++) bytes.Add(buf[i]);
    }

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>A name: a string token whose bytes must be valid UTF-8.</summary>
    public static string DecodeName(string src, Token t)
    {
        byte[] bytes = DecodeString(src, t);
        try { return StrictUtf8.GetString(bytes); }
        catch (ArgumentException) { throw Error(Messages.MalformedUtf8, t.Line, t.Column); }
    }

    public static MalformedModuleException Error(string message, int line, int column) => new(message, line, column);
}
