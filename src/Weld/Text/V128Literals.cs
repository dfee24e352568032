using Weld.Diagnostics;

namespace Weld.Text;

/// <summary>The lane shape of a <c>v128.const</c>: i8x16, i16x8, i32x4, i64x2, f32x4 or f64x2.</summary>
internal readonly record struct V128Shape(int Lanes, int Bits, bool IsFloat)
{
    public static V128Shape? Of(string word) => word switch
    {
        "i8x16" => new(16, 8, false),
        "i16x8" => new(8, 16, false),
        "i32x4" => new(4, 32, false),
        "i64x2" => new(2, 64, false),
        "f32x4" => new(4, 32, true),
        "f64x2" => new(2, 64, true),
        _ => null,
    };
}

/// <summary>
/// Reads <c>v128.const shape lane*</c> lanes with the scalar number rules (shared by modules and scripts).
/// The lane count is checked before the lanes themselves, as the reference parser does.
/// </summary>
internal static class V128Literals
{
    /// <summary>The shape keyword (the next token).</summary>
    public static V128Shape ReadShape(TokenStream ts)
    {
        var t = ts.Next();
        return t.Kind == TokenKind.Keyword && V128Shape.Of(ts.Text(t)) is { } shape ? shape : throw ts.Unexpected(t);
    }

    /// <summary>Throws "wrong number of lane literals" unless exactly <c>shape.Lanes</c> lane tokens follow.</summary>
    public static void CheckCount(TokenStream ts, V128Shape shape)
    {
        int n = 0;
        while (IsLaneToken(ts, ts.Peek(n), shape.IsFloat)) n++;
        if (n != shape.Lanes) throw ts.Error(ts.Peek(Math.Min(n, shape.Lanes)), Messages.WrongLaneCount);
    }

    /// <summary>All lanes as the v128's low and high 64 bits.</summary>
    public static (ulong Lo, ulong Hi) Read(TokenStream ts, V128Shape shape)
    {
        CheckCount(ts, shape);
        Span<ulong> halves = stackalloc ulong[2];
        for (int i = 0; i < shape.Lanes; i++) Put(halves, shape, i, ReadLane(ts, shape));
        return (halves[0], halves[1]);
    }

    /// <summary>Puts lane <paramref name="i"/> (its low <c>shape.Bits</c> bits) into the two halves.</summary>
    public static void Put(Span<ulong> halves, V128Shape shape, int i, ulong lane)
    {
        int bit = i * shape.Bits;
        ulong mask = shape.Bits == 64 ? ulong.MaxValue : (1UL << shape.Bits) - 1;
        halves[bit >> 6] |= (lane & mask) << (bit & 63);
    }

    public static ulong ReadLane(TokenStream ts, V128Shape shape)
    {
        var t = ts.Next();
        string text = ts.Text(t);
        NumberStatus st;
        ulong v;
        if (!shape.IsFloat) st = NumberParsing.ParseInt(text, shape.Bits, out v);
        else if (shape.Bits == 32)
        {
            st = FloatParsing.ParseF32(text, out uint f);
            v = f;
        }
        else st = FloatParsing.ParseF64(text, out v);
        return st switch
        {
            NumberStatus.Ok => v,
            NumberStatus.OutOfRange => throw ts.Error(t, Messages.ConstantOutOfRange),
            _ => throw ts.Unexpected(t),
        };
    }

    /// <summary>A number token, or for float shapes also inf/nan words (and the script's NaN patterns).</summary>
    public static bool IsLaneToken(TokenStream ts, Token t, bool isFloat) =>
        t.Kind == TokenKind.Number
        || (isFloat && t.Kind == TokenKind.Keyword && ts.Text(t) is var w && (w.StartsWith("inf") || w.StartsWith("nan")));
}
