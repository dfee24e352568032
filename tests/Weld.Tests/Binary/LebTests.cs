using Weld.Binary;
using static Weld.Tests.Binary.Hex;

namespace Weld.Tests.Binary;

/// <summary>LEB128 decoding by the spec's rules, and the encoder's canonical forms.</summary>
public class LebTests
{
    private static ulong U32(string hex) { var r = new WasmReader(Parse(hex)); var v = r.ReadU32(); Assert.True(r.AtEnd); return v; }
    private static ulong U64(string hex) { var r = new WasmReader(Parse(hex)); var v = r.ReadU64(); Assert.True(r.AtEnd); return v; }
    private static long S32(string hex) { var r = new WasmReader(Parse(hex)); var v = r.ReadS32(); Assert.True(r.AtEnd); return v; }
    private static long S33(string hex) { var r = new WasmReader(Parse(hex)); var v = r.ReadS33(); Assert.True(r.AtEnd); return v; }
    private static long S64(string hex) { var r = new WasmReader(Parse(hex)); var v = r.ReadS64(); Assert.True(r.AtEnd); return v; }

    [Theory]
    [InlineData("00", 0UL)]
    [InlineData("7f", 127UL)]
    [InlineData("8001", 128UL)]
    [InlineData("8000", 0UL)]               // non-canonical but allowed
    [InlineData("8080808000", 0UL)]
    [InlineData("ffffffff0f", 0xFFFFFFFFUL)]
    [InlineData("808080800f", 0xF0000000UL)]
    public void Unsigned32(string hex, ulong expected) => Assert.Equal(expected, U32(hex));

    [Theory]
    [InlineData("00", 0L)]
    [InlineData("7f", -1L)]
    [InlineData("3f", 63L)]
    [InlineData("40", -64L)]
    [InlineData("c000", 64L)]
    [InlineData("ffffffff07", int.MaxValue)]
    [InlineData("8080808078", int.MinValue)]
    [InlineData("ffffffff7f", -1L)]
    public void Signed32(string hex, long expected) => Assert.Equal(expected, S32(hex));

    [Theory]
    [InlineData("ffffffff0f", 0xFFFFFFFFL)]
    [InlineData("8080808070", -0x100000000L)]
    [InlineData("40", -64L)]
    public void Signed33(string hex, long expected) => Assert.Equal(expected, S33(hex));

    [Theory]
    [InlineData("ffffffffffffffffff00", long.MaxValue)]
    [InlineData("8080808080808080807f", long.MinValue)]
    [InlineData("ffffffffffffffffff7f", -1L)]
    public void Signed64(string hex, long expected) => Assert.Equal(expected, S64(hex));

    [Fact]
    public void Unsigned64Max() => Assert.Equal(ulong.MaxValue, U64("ffffffffffffffffff01"));

    [Theory]
    [InlineData("u32", "ffffffff1f", "integer too large")]
    [InlineData("u32", "ffffffff4f", "integer too large")]
    [InlineData("u32", "8080808080 00", "integer representation too long")]
    [InlineData("u32", "80", "unexpected end")]
    [InlineData("s32", "ffffffff0f", "integer too large")]
    [InlineData("s32", "8080808070", "integer too large")]
    [InlineData("s32", "ffffffffff7f", "integer representation too long")]
    [InlineData("s33", "ffffffff2f", "integer too large")]
    [InlineData("s33", "808080806f", "integer too large")]
    [InlineData("s64", "ffffffffffffffffff01", "integer too large")]
    [InlineData("s64", "8080808080808080807e", "integer too large")]
    [InlineData("s64", "ffffffffffffffffffff00", "integer representation too long")]
    [InlineData("u64", "ffffffffffffffffff02", "integer too large")]
    public void Errors(string kind, string hex, string message)
    {
        var bytes = Parse(hex);
        var e = Assert.Throws<MalformedModuleException>(() =>
        {
            var r = new WasmReader(bytes);
            _ = kind switch { "u32" => r.ReadU32(), "s32" => r.ReadS32(), "s33" => r.ReadS33(), "s64" => r.ReadS64(), _ => (long)r.ReadU64() };
        });
        Assert.StartsWith(message, e.Message);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(63L)]
    [InlineData(64L)]
    [InlineData(-64L)]
    [InlineData(-65L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    [InlineData(int.MinValue)]
    public void SignedRoundTripsCanonically(long v)
    {
        var w = new WasmWriter();
        w.S64(v);
        var bytes = w.ToArray();
        var r = new WasmReader(bytes);
        Assert.Equal(v, r.ReadS64());
        Assert.True(r.AtEnd);
        // Canonical: no redundant trailing byte.
        int expectedLength = 1;
        for (long x = v >> 6; x != 0 && x != -1; x >>= 7) expectedLength++;
        Assert.Equal(expectedLength, bytes.Length);
    }

    [Fact]
    public void UnsignedEncodesShortest()
    {
        var w = new WasmWriter();
        w.U32(0u);
        w.U32(127u);
        w.U32(128u);
        w.U32(uint.MaxValue);
        Assert.Equal("007f8001ffffffff0f", Convert.ToHexString(w.Written).ToLowerInvariant());
    }
}
