using Weld.Tests.Support;

namespace Weld.Tests.Execution;

/// <summary>A rotation whose result is tested at once (found by fuzzing): the x64 JIT of .NET 10.0 branched on flags
/// that ROL/ROR do not set (dotnet/runtime#129288), so compiled code took the wrong way. Every consumer that tests a
/// value, directly or through a local, on both back ends.</summary>
public class RotateConditionTests
{
    private const string Wat = """
        (module
          (func (export "br_if") (param i32) (result i32) (local f64)
            (local.set 1 (f64.const 0))
            (block (br_if 0 (i32.rotr (local.get 0) (i32.const 1))) (return (i32.const 0)))
            (i32.const 1))
          (func (export "if") (param i32) (result i32)
            (if (result i32) (i32.rotl (local.get 0) (i32.const 3)) (then (i32.const 1)) (else (i32.const 0))))
          (func (export "eqz") (param i32) (result i32) (i32.eqz (i32.rotr (local.get 0) (i32.const 7))))
          (func (export "select") (param i32) (result i32)
            (select (i32.const 1) (i32.const 0) (i32.rotl (local.get 0) (i32.const 1))))
          (func (export "via_local") (param i32) (result i32) (local i32)
            (local.set 1 (i32.rotr (local.get 0) (i32.const 1)))
            (block (br_if 0 (local.get 1)) (return (i32.const 0)))
            (i32.const 1))
          (func (export "lt_s") (param i32) (result i32) (i32.lt_s (i32.rotr (local.get 0) (i32.const 1)) (i32.const 0)))
          (func (export "br_if64") (param i64) (result i32) (local f64)
            (local.set 1 (f64.const 0))
            (block (br_if 0 (i32.wrap_i64 (i64.rotl (local.get 0) (i64.const 5)))) (return (i32.const 0)))
            (i32.const 1))
          (func (export "eqz64") (param i64) (result i32) (i64.eqz (i64.rotr (local.get 0) (i64.const 9)))))
        """;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ARotationTestedAtOnceIsTestedOnItsValue(Backend backend)
    {
        var engine = new Engine(new EngineOptions { Backend = backend });
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, Wat), []);
        foreach (uint x in new uint[] { 0, 1, 4, 0x8000_0000, 0xFFFF_FFFF })
        {
            int nonzero = x != 0 ? 1 : 0;
            Assert.Equal(nonzero, instance.GetFunction<int, int>("br_if")!((int)x));
            Assert.Equal(nonzero, instance.GetFunction<int, int>("if")!((int)x));
            Assert.Equal(1 - nonzero, instance.GetFunction<int, int>("eqz")!((int)x));
            Assert.Equal(nonzero, instance.GetFunction<int, int>("select")!((int)x));
            Assert.Equal(nonzero, instance.GetFunction<int, int>("via_local")!((int)x));
            Assert.Equal((int)uint.RotateRight(x, 1) < 0 ? 1 : 0, instance.GetFunction<int, int>("lt_s")!((int)x));
        }
        foreach (ulong x in new ulong[] { 0, 1, 1UL << 59, 1UL << 63, ulong.MaxValue })
        {
            Assert.Equal((uint)ulong.RotateLeft(x, 5) != 0 ? 1 : 0, instance.GetFunction<long, int>("br_if64")!((long)x));
            Assert.Equal(x == 0 ? 1 : 0, instance.GetFunction<long, int>("eqz64")!((long)x));
        }
    }
}
