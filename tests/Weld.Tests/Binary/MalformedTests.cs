using Weld.Binary;
using static Weld.Tests.Binary.Hex;

namespace Weld.Tests.Binary;

/// <summary>Each malformed input gives the spec's message (matched by prefix, as the spec tests do).</summary>
public class MalformedTests
{
    [Theory]
    [InlineData("unexpected end", "")]
    [InlineData("unexpected end", "0061")]
    [InlineData("unexpected end", "0061736d01")]
    [InlineData("magic header not detected", "0061736e01000000")]
    [InlineData("magic header not detected", "efbbbf0061736d01000000")]
    [InlineData("unknown binary version", "0061736d02000000")]
    [InlineData("unknown binary version", "0061736d00000001")]
    public void Header(string message, string hex) => AssertMalformed(message, Parse(hex));

    [Theory]
    [InlineData("malformed section id", "0e0100")]
    [InlineData("malformed section id", "7f0100")]
    [InlineData("section size mismatch", "010501600000 00")]
    [InlineData("length out of bounds", "0107 02600000")]
    [InlineData("length out of bounds", "01ffffffff0f")]
    [InlineData("unexpected end", "00")]
    [InlineData("unexpected end", "0000")]
    [InlineData("unexpected end of section or function", "0000 00")]
    [InlineData("malformed UTF-8 encoding", "0003 02c080")]
    [InlineData("malformed UTF-8 encoding", "0004 03eda080")]
    [InlineData("unexpected content after last section", "020100 010100")]
    [InlineData("unexpected content after last section", "060100 060100")]
    [InlineData("unexpected content after last section", "0a0100 0c0101")]
    [InlineData("unexpected content after last section", "0b0100 0a0100")]
    [InlineData("data count and data section have inconsistent lengths", "0c0101")]
    [InlineData("data count and data section have inconsistent lengths", "0c0103 0b05 02 0100 0100")]
    [InlineData("function and code section have inconsistent lengths", "010401600000 03020100")]
    [InlineData("function and code section have inconsistent lengths", "0a04 01 02000b")]
    [InlineData("malformed import kind", "020401000005")] // 4 is a tag (exception handling)
    [InlineData("malformed import kind", "020401000080")]
    [InlineData("malformed export kind", "0704 01 00 05 00")]
    [InlineData("malformed mutability", "0606 01 7f02 41000b")]
    [InlineData("malformed reference type", "0404 01 7f 0000")]
    [InlineData("malformed function type", "0104 01 610000")]
    [InlineData("integer representation too long", "0105 01 e07f0000")]
    // Limits flags as the threads proposal reads them: a byte, 2 and 3 shared (a minimum must follow), top bit malformed.
    [InlineData("unexpected end of section or function", "0502 01 02")]
    [InlineData("malformed limits flags", "0505 01 8100 0000")]
    [InlineData("tables cannot be shared (yet)", "0405 01 70 02 00")]
    // memory64: bit 2 is the address type, sizes are u64, and a flag above 7 is malformed.
    [InlineData("malformed limits flags", "0503 01 08 00")]
    [InlineData("integer too large", "050c 01 00 ffffffffffffffffff7f")]
    [InlineData("malformed elements segment kind", "0902 01 08")]
    [InlineData("malformed element kind", "0904 01 01 0100")]
    [InlineData("malformed data segment kind", "0b02 01 03")]
    [InlineData("unexpected end of section or function", "0b07 01 00 41000b 0261")]
    [InlineData("section size mismatch", "0b0c 01 00 41000b 05616263646566")]
    [InlineData("unexpected end of section or function", "0401 01")]
    public void Sections(string message, string hex) => AssertMalformed(message, Module(hex));

    /// <summary>Without the threads feature, limits flags read as 2.0 reads them (a vu1) and 0xFE is no prefix.</summary>
    [Theory]
    [InlineData("integer too large", "0502 01 02")]
    [InlineData("integer representation too long", "0505 01 8100 0000")]
    [InlineData("integer too large", "0405 01 70 02 00")]
    public void SectionsWithoutThreads(string message, string hex)
    {
        var e = Assert.Throws<MalformedModuleException>(() => BinaryDecoder.Decode(Module(hex), features: WasmFeatures.None));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    /// <summary>Without memory64, limits are u32 and a flag above 3 is "integer too large" (as with threads alone).</summary>
    [Theory]
    [InlineData("integer too large", "0503 01 04 00")]
    [InlineData("integer representation too long", "0508 01 00 828080808000")]
    [InlineData("integer too large", "0507 01 00 ffffffff1f")]
    public void SectionsWithoutMemory64(string message, string hex)
    {
        var e = Assert.Throws<MalformedModuleException>(() => BinaryDecoder.Decode(Module(hex), features: WasmFeatures.Threads));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    /// <summary>Without multi-memory, memory indices are reserved zero bytes and memop flags must be below 32.</summary>
    [Theory]
    [InlineData("zero byte expected", "00 3f01 1a 0b")]
    [InlineData("zero byte expected", "00 410040 8000 1a 0b")]
    [InlineData("zero byte expected", "00 410041004100 fc0a0001 0b")]
    [InlineData("zero byte expected", "00 410041004100 fc0b01 0b")]
    [InlineData("malformed memop flags", "00 4100 282000 1a 0b")]
    public void CodeWithoutMultiMemory(string message, string body)
    {
        var e = Assert.Throws<MalformedModuleException>(
            () => BinaryDecoder.Decode(OneFunc(body.Replace(" ", "")), features: WasmFeatures.Threads));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    /// <summary>Multi-memory: bit 6 of the memop flags says a memory index follows; flags of 128 or more are malformed.</summary>
    [Fact]
    public void MemopFlagsCarryTheMemoryIndex()
    {
        AssertMalformed("malformed memop flags", OneFunc("00 4100 28800100 1a 0b".Replace(" ", "")));
        var m = BinaryDecoder.Decode(OneFunc("00 4100 28420105 1a 0b".Replace(" ", "")));
        var load = m.Codes[0].Code[1];
        Assert.Equal((2, 1, 5UL), (load.A, load.B, load.C));
    }

    [Theory]
    [InlineData("illegal opcode", "00 27 0b")]
    [InlineData("illegal opcode", "00 fd9a01 0b")] // 0xFD 154: unassigned in SIMD 2.0
    [InlineData("illegal opcode", "00 fc12 0b")]
    [InlineData("illegal opcode", "00 d7 0b")] // 0xD3 is ref.eq since GC; 0xD7 is unassigned
    [InlineData("END opcode expected", "00 05 0b")]
    [InlineData("END opcode expected", "00 0240 05 0b 0b")]
    [InlineData("END opcode expected", "00 0440 05 05 0b 0b")]
    [InlineData("integer too large", "00 4180808080 70 1a 0b")]
    [InlineData("integer too large", "00 41ffffffff0f 1a 0b")]
    [InlineData("integer representation too long", "00 418080808080 00 1a 0b")]
    [InlineData("integer too large", "00 42ffffffffffffffffff01 1a 0b")]
    [InlineData("integer too large", "00 0280808080 10 0b 0b")]
    [InlineData("malformed reference type", "00 d07f 1a 0b")]
    [InlineData("malformed vector type", "00 1c01 7a 0b")]
    [InlineData("integer too large", "01 8080808010 7f 0b")]
    [InlineData("too many locals", "01 ffffffff0f 7f 0b")]
    [InlineData("too many locals", "02 8080808004 7f 8080808004 7e 0b")]
    [InlineData("too many locals", "01 d18603 7f 0b")]
    public void Code(string message, string body) => AssertMalformed(message, OneFunc(body.Replace(" ", "")));

    [Fact]
    public void LocalsUpToTheLimitAreFine()
    {
        var m = BinaryDecoder.Decode(OneFunc("01 d08603 7e 0b".Replace(" ", "")));
        Assert.Equal(BinaryDecoder.MaxLocals, m.Codes[0].Locals.Length);
        Assert.Equal(ValType.I64, m.Codes[0].Locals[^1]);
    }

    [Fact]
    public void MissingEndAtEndOfInputIsUnexpectedEnd() =>
        AssertMalformed("unexpected end of section or function", OneFunc("00 4101 1a".Replace(" ", "")));

    [Fact]
    public void MissingEndBetweenFunctionsIsEndExpected() =>
        AssertMalformed("END opcode expected", Module(
            Section(1, "01600000") + Section(3, "020000") + Section(10, "02" + "04 00 4101 1a" + "05 00 4101 1a 0b")));

    /// <summary>2.0 reads a constant expression on into the next section; 3.0 stops at its section's end.</summary>
    [Fact]
    public void ConstantExpressionWithoutEndReadsOnAndFindsAnIllegalOpcode()
    {
        var bytes = Module(Section(6, "017f004100") + Section(10, "01" + Body("000b")));
        var e = Assert.Throws<MalformedModuleException>(() => BinaryDecoder.Decode(bytes, features: WasmFeatures.None));
        Assert.StartsWith("illegal opcode", e.Message, StringComparison.Ordinal);
        AssertMalformed("unexpected end of section or function", bytes);
    }

    [Fact]
    public void DataIndexWithoutDataCountSection()
    {
        AssertMalformed("data count section required", OneFunc("00 fc0900 0b".Replace(" ", ""), Section(5, "010000"), Section(11, "010100")));
        AssertMalformed("data count section required", OneFunc("00 410041004100 fc080000 0b".Replace(" ", ""), Section(5, "010000"), Section(11, "010100")));
        // With the data count section it decodes.
        var m = BinaryDecoder.Decode(OneFunc("00 fc0900 0b".Replace(" ", ""), Section(5, "010000") + Section(12, "01"), Section(11, "010100")));
        Assert.Equal(1, m.DataCount);
    }

    [Fact]
    public void ErrorsCarryTheirOffset()
    {
        var e = Malformed(Module("0e0100"));
        Assert.Equal(8, e.Offset);
    }
}
