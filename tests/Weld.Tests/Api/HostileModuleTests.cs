namespace Weld.Tests.Api;

/// <summary>Whatever bytes or text a module is made of, loading it gives a module or a Malformed/Invalid exception, nothing else.</summary>
public class HostileModuleTests
{
    private const string Rich = """
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

    private static void LoadOrReject(ReadOnlySpan<byte> bytes, Engine engine)
    {
        try
        {
            Module.FromBytes(engine, bytes);
        }
        catch (MalformedModuleException) { }
        catch (InvalidModuleException) { }
    }

    [Fact]
    public void RandomMutationsOfARichModuleNeverEscape()
    {
        var engine = new Engine();
        var bytes = Weld.Binary.BinaryEncoder.Encode(Weld.Text.TextParser.ParseModule(Rich));
        Module.FromBytes(engine, bytes); // the original is valid (start refers to an import: fine for validation)
        var random = new Random(20261124);
        int rejected = 0;
        for (int round = 0; round < 3000; round++)
        {
            var copy = (byte[])bytes.Clone();
            int edits = 1 + random.Next(4);
            for (int e = 0; e < edits; e++) copy[8 + random.Next(copy.Length - 8)] = (byte)random.Next(256);
            try { Module.FromBytes(engine, copy); }
            catch (MalformedModuleException) { rejected++; }
            catch (InvalidModuleException) { rejected++; }
        }
        Assert.InRange(rejected, 100, 3000); // most mutations break something; none may throw anything else
    }

    [Fact]
    public void EveryTruncationIsRejectedOrAShorterModule()
    {
        var engine = new Engine();
        var bytes = Weld.Binary.BinaryEncoder.Encode(Weld.Text.TextParser.ParseModule(Rich));
        int malformed = 0;
        for (int n = 0; n < bytes.Length; n++)
        {
            // A cut at a section boundary leaves a shorter well-formed module, which may then be invalid.
            try { Module.FromBytes(engine, bytes.AsSpan(0, n)); }
            catch (MalformedModuleException) { malformed++; }
            catch (InvalidModuleException) when (n >= 8) { }
        }
        Assert.InRange(malformed, bytes.Length - 12, bytes.Length);
    }

    [Fact]
    public void RandomTextNeverEscapes()
    {
        var engine = new Engine();
        var random = new Random(7);
        string alphabet = "()$\"; \n\t0123456789abcdefxi.+-_=@\\nanifmodulefuncparamresultlocalblockloopendbr";
        for (int round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(1, 80)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            try { Module.FromText(engine, "(module " + new string(chars) + ")"); }
            catch (MalformedModuleException) { }
            catch (InvalidModuleException) { }
        }
    }

    [Fact]
    public void MutatedTextOfARichModuleNeverEscapes()
    {
        var engine = new Engine();
        var random = new Random(11);
        for (int round = 0; round < 1500; round++)
        {
            var chars = Rich.ToCharArray();
            for (int e = 0; e < 3; e++) chars[random.Next(chars.Length)] = "()$\" 0az.\n"[random.Next(10)];
            try { Module.FromText(engine, new string(chars)); }
            catch (MalformedModuleException) { }
            catch (InvalidModuleException) { }
        }
    }

    [Fact]
    public void DeepNestingIsHandledWithoutOverflow()
    {
        var engine = new Engine();
        const int depth = 100_000;
        var text = "(module (func " + string.Concat(Enumerable.Repeat("(block ", depth)) + string.Concat(Enumerable.Repeat(")", depth)) + "))";
        try { Module.FromText(engine, text); }
        catch (MalformedModuleException e) { Assert.Contains("nesting", e.Message); }

        var flat = "(module (func " + string.Concat(Enumerable.Repeat("block ", depth)) + string.Concat(Enumerable.Repeat("end ", depth)) + "))";
        var module = Module.FromText(engine, flat);
        Assert.NotNull(module);
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
