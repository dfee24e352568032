using Weld.Tests.Support;

namespace Weld.Tests.Execution;

/// <summary>Fuel left after a trap, from every way compiled code can trap (a throw it emits, a runtime helper, a
/// numeric instruction, a callee), two calls deep: the same on every back end, and the same on every repeat (the
/// store stays usable and charges a trapping call the same each time).</summary>
public class FuelTrapTests
{
    private const string Wat = """
        (module
          (memory 1)
          (table 2 funcref)
          (type $v (func))
          (func $unreachable (i32.const 1) (drop) (unreachable))
          (func $div (drop (i32.div_s (i32.const 1) (i32.const 0))))
          (func $trunc (drop (i32.trunc_f32_s (f32.const nan))))
          (func $load (drop (i32.load (i32.const 65535))))
          (func $fill (memory.fill (i32.const 65000) (i32.const 0) (i32.const 1000)))
          (func $indirect (call_indirect (type $v) (i32.const 1)))
          (func $table (drop (table.get (i32.const 5))))
          (func $spin (loop $l (br $l)))
          (func $atomic (drop (i32.atomic.load (i32.const 2))))
          (func $middle (param i32)
            (i32.const 2) (i32.const 3) (i32.add) (drop)
            (block $b (br_if $b (i32.ne (local.get 0) (i32.const 0))) (call $unreachable))
            (block $b (br_if $b (i32.ne (local.get 0) (i32.const 1))) (call $div))
            (block $b (br_if $b (i32.ne (local.get 0) (i32.const 2))) (call $trunc))
            (block $b (br_if $b (i32.ne (local.get 0) (i32.const 3))) (call $load))
            (block $b (br_if $b (i32.ne (local.get 0) (i32.const 4))) (call $fill))
            (block $b (br_if $b (i32.ne (local.get 0) (i32.const 5))) (call $indirect))
            (block $b (br_if $b (i32.ne (local.get 0) (i32.const 6))) (call $table))
            (block $b (br_if $b (i32.ne (local.get 0) (i32.const 7))) (call $spin))
            (block $b (br_if $b (i32.ne (local.get 0) (i32.const 8))) (call $atomic)))
          (func (export "run") (param i32)
            (i32.const 7) (drop)
            (call $middle (local.get 0))))
        """;

    public static TheoryData<int, TrapCode> Traps => new()
    {
        { 0, TrapCode.Unreachable },
        { 1, TrapCode.IntegerDivideByZero },
        { 2, TrapCode.InvalidConversionToInteger },
        { 3, TrapCode.MemoryOutOfBounds },
        { 4, TrapCode.MemoryOutOfBounds },
        { 5, TrapCode.UninitializedElement },
        { 6, TrapCode.TableOutOfBounds },
        { 7, TrapCode.OutOfFuel },
        { 8, TrapCode.UnalignedAtomic },
    };

    [Theory, MemberData(nameof(Traps))]
    public void EveryBackEndLeavesTheSameFuelAfterATrap(int kind, TrapCode expected)
    {
        var left = new List<ulong>();
        foreach (var backend in new[] { Backend.Interpreter, Backend.Compiler })
        {
            var engine = new Engine(new EngineOptions { Backend = backend, ConsumeFuel = true });
            using var store = new Store(engine);
            var run = Instance.Create(store, Module.FromText(engine, Wat), []).GetAction<int>("run")!;
            const ulong start = 100_000;
            store.Fuel = start;
            Assert.Equal(expected, Assert.Throws<TrapException>(() => run(kind)).Code);
            ulong afterFirst = store.Fuel;
            Assert.InRange(afterFirst, 0ul, start - 10);
            store.Fuel = start;
            Assert.Equal(expected, Assert.Throws<TrapException>(() => run(kind)).Code);
            Assert.Equal(afterFirst, store.Fuel);
            left.Add(afterFirst);
        }
        Assert.All(left, l => Assert.Equal(left[0], l));
    }
}
