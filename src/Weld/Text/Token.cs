namespace Weld.Text;

/// <summary>Token classes of the text format's lexical grammar.</summary>
internal enum TokenKind : byte
{
    LParen,
    RParen,
    /// <summary>An idchar run starting with a letter (keywords, mnemonics, <c>offset=4</c>, <c>nan:0x1</c>, <c>inf</c>).</summary>
    Keyword,
    /// <summary>An idchar run starting with a digit or sign: a number literal, checked when used.</summary>
    Number,
    /// <summary><c>$name</c>.</summary>
    Id,
    String,
    /// <summary>Any other run of idchars and strings (e.g. <c>"a""b"</c>, <c>0$x</c>): always an error when read.</summary>
    Reserved,
    Eof,
}

/// <summary>A token: a slice of the source plus its position (1-based line and column).</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column)
{
    public int Length => End - Start;
}
