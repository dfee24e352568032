namespace Weld.Tests.Api;

public class TextToBinaryTests
{
    [Fact]
    public void TheBinaryIsTheSameModule()
    {
        var bytes = Module.TextToBinary("""
            (module (memory (export "mem") 1)
              (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
            """);
        Assert.Equal([0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00], bytes[..8]);
        var engine = new Engine();
        var module = Module.FromBytes(engine, bytes);
        Assert.Equal(["export \"mem\" (memory 1)", "export \"add\" (func (param i32 i32) (result i32))"],
            module.Exports.Select(e => e.ToString()));
        using var store = new Store(engine);
        Assert.Equal(5, Instance.Create(store, module, []).GetFunction<int, int, int>("add")!(2, 3));
    }

    [Fact]
    public void MalformedTextAndInvalidModulesAreRefused()
    {
        Assert.Throws<MalformedModuleException>(() => Module.TextToBinary("(module (func (i32.bogus)))"));
        var e = Assert.Throws<InvalidModuleException>(() => Module.TextToBinary("(module (func (result i32) (i64.const 0)))"));
        Assert.StartsWith("type mismatch", e.Message);
        Assert.Throws<ArgumentNullException>(() => Module.TextToBinary(null!));
    }
}
