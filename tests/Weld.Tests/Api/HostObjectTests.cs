using Weld.Tests.Support;

namespace Weld.Tests.Api;

public class HostObjectTests
{
    [Fact]
    public void HostMemoryIsZeroedReadableWritableAndGrowable()
    {
        using var store = new Store(new Engine());
        var memory = new Memory(store, new MemoryType(1, 3));
        Assert.Equal(1ul, memory.Pages);
        Assert.Equal(65536ul, memory.Length);
        Assert.All(memory.ToArray(), b => Assert.Equal(0, b));
        memory.WriteInt32(100, -5);
        memory.WriteDouble(65528, 1.5);
        Assert.Equal(-5, memory.ReadInt32(100));
        Assert.Equal(0xFB, memory.ReadByte(100)); // little-endian
        Assert.Equal(1.5, memory.ReadDouble(65528));
        Assert.Equal(1, memory.Grow(2));
        Assert.Equal(3ul, memory.Pages);
        Assert.Equal(-5, memory.ReadInt32(100));
        Assert.Equal(0, memory.ReadInt32(3 * 65536 - 4));
        Assert.Equal(-1, memory.Grow(1));
        Assert.Equal(3ul, memory.Pages);
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.ReadInt32(3 * 65536 - 3));
        Assert.Equal(new MemoryType(3, 3), memory.Type);
    }

    [Fact]
    public void MemoryWithoutMaximumGrowsUpToTheEngineLimit()
    {
        using var store = new Store(new Engine(new EngineOptions { MaxMemoryPages = 4 }));
        var memory = new Memory(store, new MemoryType(0));
        Assert.Equal(0ul, memory.Length);
        Assert.Equal(0, memory.Grow(4));
        Assert.Equal(-1, memory.Grow(1));
        Assert.Equal(new MemoryType(4, null), memory.Type);
    }

    [Fact]
    public void HostGlobalsCheckTypesAndMutability()
    {
        using var store = new Store(new Engine());
        var constant = new Global(store, new GlobalType(ValType.I32, false), Value.I32(7));
        var counter = new Global(store, new GlobalType(ValType.I64, true), Value.I64(1));
        Assert.Equal(7, constant.Value.AsI32());
        Assert.Throws<InvalidOperationException>(() => constant.Value = Value.I32(8));
        counter.Value = Value.I64(long.MinValue);
        Assert.Equal(long.MinValue, counter.Value.AsI64());
        Assert.Throws<ArgumentException>(() => counter.Value = Value.I32(1));
        Assert.Throws<ArgumentException>(() => new Global(store, new GlobalType(ValType.F32, false), Value.F64(1)));
    }

    [Fact]
    public void HostTablesGrowAndHoldReferences()
    {
        using var store = new Store(new Engine());
        var table = new Table(store, new TableType(ValType.ExternRef, 2, 4));
        Assert.True(table.Get(0).IsNull);
        var o = new object();
        table.Set(1, Value.ExternRef(o));
        Assert.Same(o, table.Get(1).AsExternRef());
        Assert.Equal(2, table.Grow(2, Value.ExternRef("x")));
        Assert.Equal("x", table.Get(3).AsExternRef());
        Assert.Equal(-1, table.Grow(1, Value.NullExternRef));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Get(4));
        Assert.Throws<ArgumentException>(() => table.Set(0, Value.NullFuncRef));
    }

    [Fact]
    public void HostFunctionsAreCallableFromTheHost()
    {
        using var store = new Store(new Engine());
        var add = Function.FromDelegate(store, (int a, int b) => a + b);
        Assert.Equal("(func (param i32 i32) (result i32))", add.Type.ToString());
        Assert.Equal(5, add.Invoke(Value.I32(2), Value.I32(3))[0].AsI32());
        Assert.Equal(9, add.AsFunc<int, int, int>()(4, 5));
        Assert.Throws<InvalidCastException>(() => add.AsFunc<long, int, int>());
        Assert.Throws<ArgumentException>(() => add.Invoke(Value.I32(1)));

        var swap = Function.FromCallback(store, new FuncType([ValType.F64, ValType.I64], [ValType.I64, ValType.F64]),
            (args, results) => { results[0] = args[1]; results[1] = args[0]; });
        var r = swap.Invoke(Value.F64(2.5), Value.I64(-1));
        Assert.Equal(-1, r[0].AsI64());
        Assert.Equal(2.5, r[1].AsF64());
    }

    [Fact]
    public void HostExceptionsBecomeTrapsAndTheStoreStaysUsable()
    {
        using var store = new Store(new Engine());
        var boom = Function.FromDelegate(store, () => throw new InvalidOperationException("boom"));
        var trap = Assert.Throws<TrapException>(() => boom.Invoke());
        Assert.Equal(TrapCode.HostError, trap.Code);
        Assert.IsType<InvalidOperationException>(trap.InnerException);
        var ok = Function.FromDelegate(store, () => 42);
        Assert.Equal(42, ok.Invoke()[0].AsI32());
    }

    [Fact]
    public void CallbackResultsOfTheWrongTypeTrap()
    {
        using var store = new Store(new Engine());
        var bad = Function.FromCallback(store, new FuncType([], [ValType.I32]), (_, results) => results[0] = Value.I64(1));
        Assert.Equal(TrapCode.HostArgumentMismatch, Assert.Throws<TrapException>(() => bad.Invoke()).Code);
    }

    [Fact]
    public void ExternsOfAnotherStoreAreRejected()
    {
        var engine = new Engine();
        using var a = new Store(engine);
        using var b = new Store(engine);
        var f = Function.FromDelegate(a, () => { });
        var table = new Table(b, new TableType(ValType.FuncRef, 1));
        Assert.Throws<ArgumentException>(() => table.Set(0, Value.FuncRef(f)));
    }
}

public class TypeTests
{
    [Fact]
    public void TypesPrintInTextSyntax()
    {
        Assert.Equal("(func)", new FuncType([], []).ToString());
        Assert.Equal("(table 1 10 funcref)", new TableType(ValType.FuncRef, 1, 10).ToString());
        Assert.Equal("(memory 1)", new MemoryType(1).ToString());
        Assert.Equal("(global (mut f64))", new GlobalType(ValType.F64, true).ToString());
        Assert.Equal("(global externref)", new GlobalType(ValType.ExternRef, false).ToString());
    }

    [Theory]
    [InlineData(2ul, null, 1ul, null, true)]
    [InlineData(1ul, null, 2ul, null, false)]
    [InlineData(1ul, 5ul, 1ul, 5ul, true)]
    [InlineData(1ul, 6ul, 1ul, 5ul, false)]
    [InlineData(1ul, null, 1ul, 5ul, false)]
    [InlineData(3ul, 4ul, 1ul, null, true)]
    public void LimitsMatchLikeTheSpec(ulong amin, ulong? amax, ulong emin, ulong? emax, bool matches)
    {
        Assert.Equal(matches, new MemoryType(amin, amax).Matches(new MemoryType(emin, emax)));
        Assert.Equal(matches, new TableType(ValType.FuncRef, amin, amax).Matches(new TableType(ValType.FuncRef, emin, emax)));
    }

    [Fact]
    public void ExternTypesMatchByKindAndContent()
    {
        var f = new FuncType([ValType.I32], []);
        Assert.True(f.Matches(new FuncType([ValType.I32], [])));
        Assert.False(f.Matches(new FuncType([ValType.I64], [])));
        Assert.False(f.Matches(new MemoryType(0)));
        Assert.False(new TableType(ValType.FuncRef, 1).Matches(new TableType(ValType.ExternRef, 1)));
        Assert.False(new GlobalType(ValType.I32, true).Matches(new GlobalType(ValType.I32, false)));
        Assert.True(new GlobalType(ValType.I32, true).Matches(new GlobalType(ValType.I32, true)));
    }

    [Fact]
    public void ValuesKeepNanPayloads()
    {
        var v = Value.F32Bits(0x7fa00001);
        Assert.Equal(0x7fa00001u, v.AsF32Bits());
        Assert.Equal(0x7ff4000000000001ul, Value.F64Bits(0x7ff4000000000001).AsF64Bits());
        Assert.Throws<InvalidOperationException>(() => v.AsI32());
    }
}

public class MemoryReservationTests
{
    [Fact]
    public void ManyShortLivedMemoriesInOneStoreDoNotExhaustTheAddressSpace()
    {
        // Each memory without a maximum reserves 4 GiB of address space while reservations last; past the cap Weld uses
        // blocks that move when they grow (never a collection per memory) instead of running out of mappings.
        using var store = new Store(new Engine());
        int count = Weld.Runtime.MemoryInstance.MaxLiveReservations * 2 + 100;
        Memory? last = null;
        for (int i = 0; i < count; i++)
        {
            last = new Memory(store, new MemoryType(1));
            last.WriteInt32(65532, i);
        }
        Assert.Equal(count - 1, last!.ReadInt32(65532));
        Assert.Equal(1, last.Grow(1));
        Assert.Equal(count - 1, last.ReadInt32(65532));
    }

    [Fact]
    public void MemoriesKeptAliveBeyondTheCapStillWork()
    {
        using var store = new Store(new Engine());
        var kept = new List<Memory>();
        for (int i = 0; i < Weld.Runtime.MemoryInstance.MaxLiveReservations + 50; i++) kept.Add(new Memory(store, new MemoryType(0, 2)));
        foreach (var m in kept.TakeLast(60))
        {
            Assert.Equal(0, m.Grow(2));
            m.WriteInt64(2 * 65536 - 8, -1);
            Assert.Equal(-1, m.ReadInt64(2 * 65536 - 8));
            Assert.Equal(-1, m.Grow(1));
        }
    }
}

public class ResourceLimitTests
{
    [Fact]
    public void TablesCannotExceedTheEngineLimit()
    {
        var engine = new Engine(new EngineOptions { MaxTableElements = 1000 });
        using var store = new Store(engine);
        Assert.Throws<LinkException>(() => Instance.Create(store, Module.FromText(engine, "(module (table 600 funcref) (table 600 funcref))"), []));
        var instance = Instance.Create(store, Module.FromText(engine, """
            (module (table $t 900 funcref)
              (func (export "grow") (param i32) (result i32) (table.grow $t (ref.null func) (local.get 0))))
            """), []);
        Assert.Equal(-1, instance.GetFunction<int, int>("grow")!(101));
        Assert.Equal(900, instance.GetFunction<int, int>("grow")!(100));
        var host = new Table(store, new TableType(ValType.FuncRef, 10));
        Assert.Equal(-1, host.Grow(991, Value.NullFuncRef));
        Assert.Equal(10, host.Grow(990, Value.NullFuncRef));
    }

    [Fact]
    public void MemoriesCannotExceedTheEngineLimit()
    {
        var engine = new Engine(new EngineOptions { MaxMemoryPages = 2 });
        using var store = new Store(engine);
        Assert.Throws<LinkException>(() => Instance.Create(store, Module.FromText(engine, "(module (memory 3))"), []));
        var instance = Instance.Create(store, Module.FromText(engine, """
            (module (memory 1) (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
            """), []);
        Assert.Equal(-1, instance.GetFunction<int, int>("grow")!(2));
        Assert.Equal(1, instance.GetFunction<int, int>("grow")!(1));
    }
}
