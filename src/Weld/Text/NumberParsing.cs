namespace Weld.Text;

/// <summary>Outcome of reading a number literal: a value, a well-formed literal out of range, or not a literal at all.</summary>
internal enum NumberStatus : byte { Ok, OutOfRange, Malformed }

/// <summary>Integer literals: <c>sign? (digits | 0x hexdigits)</c>, with single <c>_</c> only between digits.</summary>
internal static class NumberParsing
{
    /// <summary>Reads a digit run in <paramref name="radix"/> (10 or 16); false on bad syntax or 64-bit overflow.</summary>
    public static bool TryParseDigits(ReadOnlySpan<char> s, int radix, out ulong value) =>
        ParseDigits(s, radix, out value) == NumberStatus.Ok;

    /// <summary>Reads a digit run; <see cref="NumberStatus.OutOfRange"/> when it does not fit 64 bits.</summary>
    public static NumberStatus ParseDigits(ReadOnlySpan<char> s, int radix, out ulong value)
    {
        value = 0;
        if (!IsDigitRun(s, radix)) return NumberStatus.Malformed;
        bool overflow = false;
        foreach (char c in s)
        {
            if (c == '_') continue;
            ulong d = (ulong)DigitValue(c);
            if (value > (ulong.MaxValue - d) / (ulong)radix) overflow = true;
            value = unchecked(value * (ulong)radix + d);
        }
        return overflow ? NumberStatus.OutOfRange : NumberStatus.Ok;
    }

    /// <summary>Whether <paramref name="s"/> is <c>digit ('_'? digit)*</c> in the radix.</summary>
    public static bool IsDigitRun(ReadOnlySpan<char> s, int radix)
    {
        if (s.IsEmpty) return false;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '_')
            {
                if (i == 0 || i == s.Length - 1 || s[i - 1] == '_') return false;
                continue;
            }
            int d = DigitValue(s[i]);
            if (d < 0 || d >= radix) return false;
        }
        return true;
    }

    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>An unsigned literal (no sign): decimal or 0x hex.</summary>
    public static NumberStatus ParseNat(ReadOnlySpan<char> s, out ulong value)
    {
        if (s.StartsWith("0x")) return ParseDigits(s[2..], 16, out value);
        return ParseDigits(s, 10, out value);
    }

    /// <summary>A u32 (indices, limits, offsets).</summary>
    public static NumberStatus ParseU32(ReadOnlySpan<char> s, out uint value)
    {
        var st = ParseNat(s, out ulong v);
        value = (uint)v;
        return st == NumberStatus.Ok && v > uint.MaxValue ? NumberStatus.OutOfRange : st;
    }

    /// <summary>An iN literal (N = 32 or 64) as its N-bit two's complement pattern: unsigned up to 2^N-1, or
    /// signed in [-2^(N-1), 2^(N-1)).</summary>
    public static NumberStatus ParseInt(ReadOnlySpan<char> s, int bits, out ulong value)
    {
        value = 0;
        bool neg = false, signed = false;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            neg = s[0] == '-';
            signed = true;
            s = s[1..];
        }
        var st = ParseNat(s, out ulong mag);
        if (st != NumberStatus.Ok) return st;
        ulong mask = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
        ulong half = 1UL << (bits - 1);
        if (!signed)
        {
            if (mag > mask) return NumberStatus.OutOfRange;
            value = mag;
        }
        else if (neg)
        {
            if (mag > half) return NumberStatus.OutOfRange;
            value = unchecked(0UL - mag) & mask;
        }
        else
        {
            if (mag >= half) return NumberStatus.OutOfRange;
            value = mag;
        }
        return NumberStatus.Ok;
    }
}
