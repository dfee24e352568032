using Weld.Binary;
using static Weld.Tests.Binary.Hex;

namespace Weld.Tests.Binary;

/// <summary>Whatever the bytes, decoding either succeeds or throws MalformedModuleException; never anything else.</summary>
public class HostileInputTests
{
    /// <summary>Decodes; on success the result must also re-encode and decode to the same canonical bytes.</summary>
    private static bool DecodeOrMalformed(byte[] bytes, string what)
    {
        ModuleDefinitionHolder? m;
        try
        {
            m = new(BinaryDecoder.Decode(bytes));
        }
        catch (MalformedModuleException)
        {
            return false;
        }
        catch (Exception e)
        {
            Assert.Fail($"{what}: {e.GetType().Name}: {e.Message}\n{Convert.ToHexString(bytes)}\n{e.StackTrace}");
            return false;
        }
        var once = BinaryEncoder.Encode(m.Module);
        var twice = BinaryEncoder.Encode(BinaryDecoder.Decode(once));
        Assert.True(once.AsSpan().SequenceEqual(twice), $"{what}: re-encoding is not stable");
        return true;
    }

    private sealed record ModuleDefinitionHolder(Weld.Syntax.ModuleDefinition Module);

    [Fact]
    public void EveryTruncationIsMalformedOrValid()
    {
        var bytes = RoundTripTests.Rich().Encode();
        Assert.True(DecodeOrMalformed(bytes, "whole"));
        int decoded = 0;
        for (int n = 0; n < bytes.Length; n++)
            if (DecodeOrMalformed(bytes[..n], $"truncated to {n}")) decoded++;
        // Only cuts at a few section boundaries can leave a well-formed module.
        Assert.True(decoded < 10, $"{decoded} truncations decoded");
    }

    [Fact]
    public void SeededRandomMutations()
    {
        var original = RoundTripTests.Rich().Encode();
        var rng = new Random(20240601);
        int malformed = 0;
        const int Rounds = 4000;
        for (int round = 0; round < Rounds; round++)
        {
            var bytes = new List<byte>(original);
            int edits = 1 + rng.Next(4);
            for (int e = 0; e < edits; e++)
            {
                int at = rng.Next(8, bytes.Count);
                switch (rng.Next(4))
                {
                    case 0: bytes[at] = (byte)rng.Next(256); break;
                    case 1: bytes[at] ^= (byte)(1 << rng.Next(8)); break;
                    case 2: bytes.Insert(at, (byte)rng.Next(256)); break;
                    default: if (bytes.Count > 9) bytes.RemoveAt(at); break;
                }
            }
            if (!DecodeOrMalformed([.. bytes], $"round {round}")) malformed++;
        }
        Assert.InRange(malformed, Rounds / 4, Rounds - 1); // some decode, so the re-encoding check runs too
    }

    [Fact]
    public void RandomBytesAfterTheHeader()
    {
        var rng = new Random(7);
        const int Rounds = 2000;
        int decoded = 0;
        for (int round = 0; round < Rounds; round++)
        {
            var tail = new byte[rng.Next(3, 64)];
            rng.NextBytes(tail);
            // A valid section id, the true payload size and a small entry count (or custom name length), so decoding
            // gets past the section header into the entries.
            tail[0] = (byte)rng.Next(13);
            tail[1] = (byte)(tail.Length - 2);
            tail[2] = (byte)rng.Next(4);
            if (DecodeOrMalformed([.. Header, .. tail], $"random {round}")) decoded++;
        }
        Assert.True(decoded > 0, "no random section decoded, so the re-encoding check never ran");
        Assert.True(decoded < Rounds, $"all {decoded} random sections decoded");
    }

    [Theory]
    [InlineData("length out of bounds", "01 ffffffff0f")]                     // type count
    [InlineData("length out of bounds", "01 06 01 60 ffffffff0f")]            // param count
    [InlineData("length out of bounds", "0a 06 01 ffffffff0f")]               // function body size
    [InlineData("length out of bounds", "0b 08 01 01 ffffffff0f")]            // data bytes
    [InlineData("length out of bounds", "00 06 ffffffff0f")]                  // custom name length
    [InlineData("length out of bounds", "09 07 01 01 00 ffffffff0f")]         // element items
    public void HugeCountsAreRejectedBeforeAllocating(string message, string hex) =>
        AssertMalformed(message, Module(hex));

    [Fact]
    public void HugeLocalCountIsRejectedBeforeAllocating() =>
        AssertMalformed("too many locals", OneFunc("02 ffffffff0f 7f ffffffff0f 7e 0b".Replace(" ", "")));

    [Fact]
    public void HugeBrTableIsRejectedBeforeAllocating() =>
        AssertMalformed("length out of bounds", OneFunc("00 4100 0e ffffffff0f 00 0b".Replace(" ", "")));

    [Fact]
    public void DeepNestingNeedsNoRecursion()
    {
        const int Depth = 200_000;
        var body = new List<byte> { 0x00 };
        for (int i = 0; i < Depth; i++) body.AddRange([0x02, 0x40]);
        for (int i = 0; i <= Depth; i++) body.Add(0x0B);
        var m = BinaryDecoder.Decode(OneFunc(Convert.ToHexString([.. body])));
        Assert.Equal(2 * Depth + 1, m.Codes[0].Code.Length);
        // And the unbalanced version fails cleanly.
        body.RemoveAt(body.Count - 1);
        AssertMalformed("unexpected end", OneFunc(Convert.ToHexString([.. body])));
    }
}
