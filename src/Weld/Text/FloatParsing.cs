using System.Numerics;

namespace Weld.Text;

/// <summary>
/// Float literals (decimal, hex, <c>inf</c>, <c>nan</c>, <c>nan:0x...</c>) converted with exact arithmetic and one
/// round-to-nearest-even step straight to the target format: f32 never goes through double (which would round twice).
/// A finite literal that rounds to infinity is out of range.
/// </summary>
internal static class FloatParsing
{
    private readonly record struct Format(int MantBits, int ExpBits)
    {
        public int Precision => MantBits + 1;
        public int Bias => (1 << (ExpBits - 1)) - 1;
        /// <summary>Exponent of the smallest subnormal's unit.</summary>
        public int MinExp => 1 - Bias - MantBits;
        /// <summary>Largest exponent e with a p-bit integer q and q·2^e finite.</summary>
        public int MaxExp => Bias - MantBits;
        public ulong ExpMask => ((1UL << ExpBits) - 1) << MantBits;
        public ulong SignBit => 1UL << (MantBits + ExpBits);
    }

    private static readonly Format F32 = new(23, 8);
    private static readonly Format F64 = new(52, 11);

    public static NumberStatus ParseF32(ReadOnlySpan<char> s, out uint bits)
    {
        var st = Parse(s, F32, out ulong b);
        bits = (uint)b;
        return st;
    }

    public static NumberStatus ParseF64(ReadOnlySpan<char> s, out ulong bits) => Parse(s, F64, out bits);

    private static NumberStatus Parse(ReadOnlySpan<char> s, Format f, out ulong bits)
    {
        bits = 0;
        bool neg = false;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            neg = s[0] == '-';
            s = s[1..];
        }
        ulong sign = neg ? f.SignBit : 0;
        NumberStatus st;
        ulong mag;
        if (s.SequenceEqual("inf"))
        {
            st = NumberStatus.Ok;
            mag = f.ExpMask;
        }
        else if (s.SequenceEqual("nan"))
        {
            st = NumberStatus.Ok;
            mag = f.ExpMask | (1UL << (f.MantBits - 1));
        }
        else if (s.StartsWith("nan:0x"))
        {
            st = NumberParsing.ParseDigits(s[6..], 16, out ulong payload);
            if (st == NumberStatus.Ok && (payload == 0 || payload >= 1UL << f.MantBits)) st = NumberStatus.OutOfRange;
            mag = f.ExpMask | payload;
        }
        else if (s.StartsWith("0x")) st = ParseHex(s[2..], f, out mag);
        else st = ParseDecimal(s, f, out mag);
        bits = sign | mag;
        return st;
    }

    /// <summary>Splits <c>int ('.' frac?)? (marker sign? exp)?</c>; the parts keep their underscores.</summary>
    private static bool Split(ReadOnlySpan<char> s, int radix, char marker,
        out ReadOnlySpan<char> intPart, out ReadOnlySpan<char> fracPart, out long exp)
    {
        intPart = fracPart = default;
        exp = 0;
        int m = s.IndexOfAny(marker, char.ToUpperInvariant(marker));
        ReadOnlySpan<char> mant = m < 0 ? s : s[..m];
        if (m >= 0 && !TryParseExponent(s[(m + 1)..], out exp)) return false;
        int dot = mant.IndexOf('.');
        intPart = dot < 0 ? mant : mant[..dot];
        fracPart = dot < 0 ? default : mant[(dot + 1)..];
        if (!NumberParsing.IsDigitRun(intPart, radix)) return false;
        return fracPart.IsEmpty || NumberParsing.IsDigitRun(fracPart, radix);
    }

    /// <summary>A decimal exponent with optional sign; huge values saturate (the result is then 0 or out of range anyway).</summary>
    private static bool TryParseExponent(ReadOnlySpan<char> s, out long exp)
    {
        exp = 0;
        bool neg = false;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            neg = s[0] == '-';
            s = s[1..];
        }
        if (!NumberParsing.IsDigitRun(s, 10)) return false;
        foreach (char c in s)
        {
            if (c == '_') continue;
            exp = Math.Min(exp * 10 + (c - '0'), 1L << 40);
        }
        if (neg) exp = -exp;
        return true;
    }

    private static BigInteger Digits(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int radix)
    {
        BigInteger v = BigInteger.Zero;
        // Chunked accumulation keeps long literals from going quadratic on small steps.
        ulong chunk = 0;
        int n = 0;
        ulong scale = 1;
        foreach (var part in new[] { a.ToString(), b.ToString() })
        {
            foreach (char c in part)
            {
                if (c == '_') continue;
                chunk = chunk * (ulong)radix + (ulong)NumberParsing.DigitValue(c);
                scale *= (ulong)radix;
                if (++n == 15)
                {
                    v = v * scale + chunk;
                    chunk = 0;
                    n = 0;
                    scale = 1;
                }
            }
        }
        return v * scale + chunk;
    }

    private static int CountDigits(ReadOnlySpan<char> s)
    {
        int n = 0;
        foreach (char c in s) if (c != '_') n++;
        return n;
    }

    private static NumberStatus ParseHex(ReadOnlySpan<char> s, Format f, out ulong bits)
    {
        bits = 0;
        if (!Split(s, 16, 'p', out var ip, out var fp, out long exp)) return NumberStatus.Malformed;
        BigInteger m = Digits(ip, fp, 16);
        if (m.IsZero) return NumberStatus.Ok;
        long e2 = exp - 4L * CountDigits(fp);
        long top = (long)m.GetBitLength() + e2; // value < 2^top
        if (top > f.MaxExp + f.Precision + 1) return NumberStatus.OutOfRange;
        if (top < f.MinExp - 2) return NumberStatus.Ok; // below half the smallest subnormal: rounds to zero
        return e2 >= 0 ? Round(m << (int)e2, BigInteger.One, f, out bits) : Round(m, BigInteger.One << (int)-e2, f, out bits);
    }

    private static NumberStatus ParseDecimal(ReadOnlySpan<char> s, Format f, out ulong bits)
    {
        bits = 0;
        if (!Split(s, 10, 'e', out var ip, out var fp, out long exp)) return NumberStatus.Malformed;
        BigInteger m = Digits(ip, fp, 10);
        if (m.IsZero) return NumberStatus.Ok;
        long e10 = exp - CountDigits(fp);
        long top = m.ToString().Length + e10; // value < 10^top
        if (top > 400) return NumberStatus.OutOfRange;
        if (top < -400) return NumberStatus.Ok;
        return e10 >= 0
            ? Round(m * BigInteger.Pow(10, (int)e10), BigInteger.One, f, out bits)
            : Round(m, BigInteger.Pow(10, (int)-e10), f, out bits);
    }

    /// <summary>Rounds num/den (positive) to the format, ties to even; out of range when it rounds past the largest finite value.</summary>
    private static NumberStatus Round(BigInteger num, BigInteger den, Format f, out ulong bits)
    {
        bits = 0;
        int p = f.Precision;
        long e = (long)num.GetBitLength() - (long)den.GetBitLength() - p;
        BigInteger q, r, d;
        while (true)
        {
            if (e < f.MinExp) e = f.MinExp;
            Divide(num, den, e, out q, out r, out d);
            long len = (long)q.GetBitLength();
            if (len > p) { e++; continue; }
            if (len < p && e > f.MinExp) { e--; continue; }
            break;
        }
        int c = (r << 1).CompareTo(d);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        if (q.GetBitLength() > p)
        {
            q >>= 1;
            e++;
        }
        if (e > f.MaxExp) return NumberStatus.OutOfRange;
        ulong qv = (ulong)q;
        ulong hidden = 1UL << f.MantBits;
        bits = qv < hidden ? qv : ((ulong)(e + f.MantBits + f.Bias) << f.MantBits) | (qv - hidden);
        return NumberStatus.Ok;
    }

    private static void Divide(BigInteger num, BigInteger den, long e, out BigInteger q, out BigInteger r, out BigInteger d)
    {
        if (e >= 0)
        {
            d = den << (int)e;
            q = BigInteger.DivRem(num, d, out r);
        }
        else
        {
            d = den;
            q = BigInteger.DivRem(num << (int)-e, den, out r);
        }
    }
}
