using Weld.Diagnostics;
using Weld.Text;

namespace Weld.Script;

/// <summary>Constants and result patterns in scripts: <c>(i32.const 1)</c>, <c>(f32.const nan:canonical)</c>,
/// <c>(ref.null func)</c>, <c>(ref.extern 1)</c>, <c>(ref.host 1)</c>, <c>(ref.func)</c>, <c>(ref.struct)</c>,
/// <c>(either (i32.const 0) (i32.const 1))</c>.</summary>
internal static class ScriptConstants
{
    public static ScriptValue ParseValue(TokenStream ts)
    {
        var r = ParseExpected(ts);
        if (r.Kind != ExpectedKind.Exact) throw ts.Error(ts.Last, Messages.UnexpectedToken);
        return r.Value;
    }

    public static ExpectedResult ParseExpected(TokenStream ts)
    {
        ts.ExpectLParen();
        var kw = ts.Next();
        if (kw.Kind != TokenKind.Keyword) throw ts.Unexpected(kw);
        ExpectedResult result;
        switch (ts.Text(kw))
        {
            case "i32.const": result = Exact(ValueKind.I32, ReadInt(ts, 32)); break;
            case "i64.const": result = Exact(ValueKind.I64, ReadInt(ts, 64)); break;
            case "f32.const": result = ReadFloat(ts, ValueKind.F32); break;
            case "f64.const": result = ReadFloat(ts, ValueKind.F64); break;
            case "ref.null":
            {
                // (ref.null ht) is a null of ht's hierarchy; (ref.null) alone (3.0 scripts), a null of any (kind 0).
                ValueKind kind = 0;
                if (ts.Peek().Kind != TokenKind.RParen)
                {
                    var t = ts.Next();
                    kind = t.Kind == TokenKind.Keyword && HeapTypes.Parse(ts.Text(t)) is { } h ? HeapTypes.KindOf(h)
                        : t.Kind is TokenKind.Id or TokenKind.Number ? (ValueKind)0 : throw ts.Unexpected(t); // type index: any null
                }
                result = new ExpectedResult(ExpectedKind.Exact, new ScriptValue(kind, 0, IsNull: true));
                break;
            }
            case "ref.extern":
                result = ts.Peek().Kind == TokenKind.Number
                    ? Exact(ValueKind.ExternRef, ReadInt(ts, 64))
                    : new ExpectedResult(ExpectedKind.AnyExternRef, new ScriptValue(ValueKind.ExternRef, 0));
                break;
            case "ref.host":
                result = Exact(ValueKind.AnyRef, ReadInt(ts, 64));
                break;
            case "ref.any" or "ref.eq" or "ref.i31" or "ref.struct" or "ref.array":
            {
                // GC result patterns: any non-null reference of that abstract heap type.
                var heap = HeapTypes.Parse(ts.Text(kw)[4..])!.Value;
                result = new ExpectedResult(ExpectedKind.AnyOfHeap, new ScriptValue(ValueKind.AnyRef, (ulong)heap));
                break;
            }
            case "ref.func":
                result = new ExpectedResult(ExpectedKind.AnyFuncRef, new ScriptValue(ValueKind.FuncRef, 0));
                if (ts.Peek().Kind != TokenKind.RParen) ts.Next(); // an index is allowed but not checkable from outside
                break;
            case "v128.const": result = ReadV128(ts); break;
            case "either":
            {
                var alternatives = new List<ExpectedResult>();
                while (ts.Peek().Kind == TokenKind.LParen) alternatives.Add(ParseExpected(ts));
                if (alternatives.Count == 0) throw ts.Unexpected(ts.Peek());
                result = new ExpectedResult(ExpectedKind.Either, alternatives[0].Value, alternatives);
                break;
            }
            default:
                throw ts.Unexpected(kw);
        }
        ts.ExpectRParen();
        return result;
    }

    /// <summary>A v128 constant: exact when every lane is a number, else per-lane patterns (a NaN pattern in a lane).</summary>
    private static ExpectedResult ReadV128(TokenStream ts)
    {
        var shape = V128Literals.ReadShape(ts);
        V128Literals.CheckCount(ts, shape);
        var laneKind = shape.IsFloat ? (shape.Bits == 32 ? ValueKind.F32 : ValueKind.F64) : (shape.Bits == 64 ? ValueKind.I64 : ValueKind.I32);
        var lanes = new ExpectedResult[shape.Lanes];
        Span<ulong> halves = stackalloc ulong[2];
        bool exact = true;
        for (int i = 0; i < shape.Lanes; i++)
        {
            string text = ts.Text(ts.Peek());
            if (shape.IsFloat && text is "nan:canonical" or "nan:arithmetic")
            {
                ts.Next();
                exact = false;
                var kind = text == "nan:canonical" ? ExpectedKind.CanonicalNan : ExpectedKind.ArithmeticNan;
                lanes[i] = new ExpectedResult(kind, new ScriptValue(laneKind, 0));
                continue;
            }
            ulong bits = V128Literals.ReadLane(ts, shape);
            V128Literals.Put(halves, shape, i, bits);
            lanes[i] = Exact(laneKind, bits);
        }
        return exact
            ? new ExpectedResult(ExpectedKind.Exact, new ScriptValue(ValueKind.V128, halves[0], halves[1]))
            : new ExpectedResult(ExpectedKind.V128Lanes, new ScriptValue(ValueKind.V128, 0), lanes);
    }

    private static ExpectedResult Exact(ValueKind kind, ulong bits) => new(ExpectedKind.Exact, new ScriptValue(kind, bits));

    private static ulong ReadInt(TokenStream ts, int bits)
    {
        var t = ts.Next();
        return NumberParsing.ParseInt(ts.Text(t), bits, out ulong v) switch
        {
            NumberStatus.Ok => v,
            NumberStatus.OutOfRange => throw ts.Error(t, Messages.ConstantOutOfRange),
            _ => throw ts.Unexpected(t),
        };
    }

    private static ExpectedResult ReadFloat(TokenStream ts, ValueKind kind)
    {
        var t = ts.Next();
        string text = ts.Text(t);
        if (text == "nan:canonical") return new ExpectedResult(ExpectedKind.CanonicalNan, new ScriptValue(kind, 0));
        if (text == "nan:arithmetic") return new ExpectedResult(ExpectedKind.ArithmeticNan, new ScriptValue(kind, 0));
        ulong bits;
        NumberStatus st;
        if (kind == ValueKind.F32)
        {
            st = FloatParsing.ParseF32(text, out uint b);
            bits = b;
        }
        else st = FloatParsing.ParseF64(text, out bits);
        return st switch
        {
            NumberStatus.Ok => Exact(kind, bits),
            NumberStatus.OutOfRange => throw ts.Error(t, Messages.ConstantOutOfRange),
            _ => throw ts.Unexpected(t),
        };
    }
}
