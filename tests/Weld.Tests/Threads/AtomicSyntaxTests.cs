using System.Text;
using Weld.Binary;
using Weld.Syntax;
using Weld.Validation;

namespace Weld.Tests.Threads;

/// <summary>Every 0xFE instruction through the text parser, the validator, the encoder and the decoder.</summary>
public class AtomicSyntaxTests
{
    private static readonly Opcode[] Atomics = [.. Enum.GetValues<Opcode>().Where(OpcodeFamilies.IsAtomic)];

    /// <summary>One function per atomic: its operands as constants, the instruction, its result dropped.</summary>
    private static string EveryAtomic()
    {
        var text = new StringBuilder("(module (memory 1 1 shared)\n");
        foreach (var op in Atomics)
        {
            var sig = OperatorSignatures.Table[(int)op];
            var operands = new[] { sig.P0, sig.P1, sig.P2 }.Take(sig.ParamCount).Select(k => $"({ValType.From(k)}.const 0)");
            string call = $"({OpcodeNames.Of(op)} {string.Join(' ', operands)})";
            text.Append(sig.Result != 0 ? $"  (func (drop {call}))\n" : $"  (func {call})\n");
        }
        return text.Append(')').ToString();
    }

    [Fact]
    public void EveryAtomicParsesValidatesAndRoundTrips()
    {
        Assert.Equal(67, Atomics.Length); // notify, 2 waits, fence, 7 loads, 7 stores, 7 widths of 7 read-modify-writes
        byte[] bytes = Module.TextToBinary(EveryAtomic());
        var decoded = BinaryDecoder.Decode(bytes);
        Assert.Equal(bytes, BinaryEncoder.Encode(decoded));
        var used = decoded.Codes.SelectMany(c => c.Code).Select(i => i.Op).Where(OpcodeFamilies.IsAtomic).ToHashSet();
        Assert.Equal(Atomics.ToHashSet(), used);
        // The text format's default alignment is the natural one, which the validator requires.
        var load64 = decoded.Codes.SelectMany(c => c.Code).First(i => i.Op == Opcode.I64AtomicLoad);
        Assert.Equal(3, load64.A);
    }

    [Fact]
    public void TheFenceReservedByteMustBeZero()
    {
        // (func (atomic.fence)) with the reserved byte 0x01 instead of 0x00.
        byte[] module =
        [
            0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
            0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00,
            0x0a, 0x07, 0x01, 0x05, 0x00, 0xfe, 0x03, 0x01, 0x0b,
        ];
        Assert.Throws<MalformedModuleException>(() => BinaryDecoder.Decode(module));
        module[^2] = 0x00;
        Assert.Single(BinaryDecoder.Decode(module).Codes);
    }
}
