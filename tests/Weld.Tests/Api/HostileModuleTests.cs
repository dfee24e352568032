using Weld.Tests.Support;

namespace Weld.Tests.Api;

/// <summary>Whatever bytes a module is made of, loading it gives a module or a Malformed/Invalid exception, nothing
/// else; each test also shows that its inputs reach the stages it exercises (see <see cref="StageCounts"/>).</summary>
public class HostileModuleTests
{
    /// <summary>A valid module using most kinds of definitions; the hostile tests mutate it.</summary>
    internal const string Rich = """
        (module
          (type $t (func (param i32) (result i32)))
          (import "env" "f" (func $f (type $t)))
          (import "env" "g" (global $g (mut i64)))
          (table $tab 2 10 funcref)
          (memory 1 4)
          (global $h (mut f64) (f64.const 1.5))
          (elem (table $tab) (i32.const 0) func $f $loop)
          (elem declare func $loop)
          (data (i32.const 8) "hello")
          (data $p "passive")
          (func $loop (export "loop") (param $n i32) (result i32) (local $acc i64)
            (block $done (result i32)
              (loop $again
                (br_if $done (i32.eqz (local.get $n)) (i32.const 7))
                (local.set $acc (i64.add (local.get $acc) (i64.extend_i32_u (local.get $n))))
                (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                (br_table $again $again (i32.const 0)))
              (i32.const 0)))
          (func (export "mem") (param i32) (result i32)
            (memory.init $p (i32.const 0) (i32.const 0) (i32.const 3))
            (data.drop $p)
            (i32.load8_u offset=8 (local.get 0)))
          (func (export "ind") (param i32) (result i32)
            (call_indirect (type $t) (i32.const 1) (local.get 0)))
          (func (export "refs") (result funcref) (ref.func $loop))
          (func $init (global.set $h (f64.const 2)))
          (start $init))
        """;

    private static byte[] RichBytes() => Weld.Binary.BinaryEncoder.Encode(Weld.Text.TextParser.ParseModule(Rich));

    [Fact]
    public void RandomMutationsOfARichModuleNeverEscape()
    {
        var engine = new Engine();
        var bytes = RichBytes();
        var stages = new StageCounts();
        // start refers to an import: fine for validation
        Assert.Equal(FrontEndStage.Accepted, stages.LoadBinary(engine, bytes));
        var random = new Random(20261124);
        for (int round = 0; round < 3000; round++)
        {
            var copy = (byte[])bytes.Clone();
            int edits = 1 + random.Next(4);
            for (int e = 0; e < edits; e++) copy[8 + random.Next(copy.Length - 8)] = (byte)random.Next(256);
            stages.LoadBinary(engine, copy);
        }
        // Most mutations break the encoding, some only the module's meaning, some neither (e.g. data bytes).
        Assert.True(stages[FrontEndStage.Decoder] > 0, stages.ToString());
        Assert.True(stages[FrontEndStage.Validator] > 0, stages.ToString());
        Assert.True(stages[FrontEndStage.Accepted] > 1, stages.ToString());
    }

    [Fact]
    public void EveryTruncationIsRejectedOrAShorterModule()
    {
        var engine = new Engine();
        var bytes = RichBytes();
        var boundaries = SectionEnds(bytes);
        var stages = new StageCounts();
        for (int n = 0; n < bytes.Length; n++)
        {
            // Only a cut between sections can leave a well-formed (shorter) module, which may then be invalid.
            var stage = stages.LoadBinary(engine, bytes[..n]);
            if (!boundaries.Contains(n)) Assert.True(stage == FrontEndStage.Decoder, $"cut at {n}: {stage}");
        }
        Assert.True(stages[FrontEndStage.Accepted] > 0, stages.ToString()); // at least the bare header
    }

    /// <summary>The offsets where a section ends (the header's end included).</summary>
    private static HashSet<int> SectionEnds(byte[] bytes)
    {
        var ends = new HashSet<int> { 8 };
        for (int at = 8; at < bytes.Length;)
        {
            at++; // section id
            uint size = 0;
            for (int shift = 0; ; shift += 7)
            {
                byte b = bytes[at++];
                size |= (uint)(b & 0x7F) << shift;
                if (b < 0x80) break;
            }
            at += (int)size;
            ends.Add(at);
        }
        return ends;
    }

    [Fact]
    public void DeepNestingIsHandledWithoutOverflow()
    {
        var engine = new Engine();
        const int depth = 100_000;
        var folded = "(module (func " + string.Concat(Enumerable.Repeat("(block ", depth)) + new string(')', depth) + "))";
        Assert.Equal("nesting too deep", Assert.Throws<MalformedModuleException>(() => Module.FromText(engine, folded)).SpecMessage);

        // Plain nesting needs no recursion anywhere: parse, validate, lower and run.
        var flat = "(module (func (export \"f\") " + string.Concat(Enumerable.Repeat("block ", depth)) +
            string.Concat(Enumerable.Repeat("end ", depth)) + "))";
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, flat), []);
        Assert.Empty(instance.GetFunction("f")!.Invoke());
    }

    [Fact]
    public void HugeDeclaredCountsAreMalformedNotAllocated()
    {
        var engine = new Engine();
        // type section claiming 2^32-1 types in 5 bytes of payload
        byte[] bytes = [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 5, 0xff, 0xff, 0xff, 0xff, 0x0f];
        Assert.Throws<MalformedModuleException>(() => Module.FromBytes(engine, bytes));
    }
}
