using Weld.Diagnostics;
using Weld.Text;

namespace Weld.Script;

/// <summary>Constants and result patterns in scripts: <c>(i32.const 1)</c>, <c>(f32.const nan:canonical)</c>,
/// <c>(ref.null func)</c>, <c>(ref.extern 1)</c>, <c>(ref.func)</c>.</summary>
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
                    var t = ts.Next();
                    var kind = ts.Is(t, "func") ? ValueKind.FuncRef : ts.Is(t, "extern") ? ValueKind.ExternRef : throw ts.Unexpected(t);
                    result = new ExpectedResult(ExpectedKind.Exact, new ScriptValue(kind, 0, IsNull: true));
                    break;
                }
            case "ref.extern":
                result = ts.Peek().Kind == TokenKind.Number
                    ? Exact(ValueKind.ExternRef, ReadInt(ts, 64))
                    : new ExpectedResult(ExpectedKind.AnyExternRef, new ScriptValue(ValueKind.ExternRef, 0));
                break;
            case "ref.func":
                result = new ExpectedResult(ExpectedKind.AnyFuncRef, new ScriptValue(ValueKind.FuncRef, 0));
                if (ts.Peek().Kind != TokenKind.RParen) ts.Next(); // an index is allowed but not checkable from outside
                break;
            case "v128.const":
                // SIMD hook: parse the shape and lanes here (exact lanes or per-lane NaN patterns as ExpectedKind.V128Lanes).
                throw ts.Error(kw, "v128 constants in scripts are not supported yet");
            default:
                throw ts.Unexpected(kw);
        }
        ts.ExpectRParen();
        return result;
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
