using Weld.Fuzz.Comparison;
using Weld.Fuzz.Sessions;

namespace Weld.Fuzz.Tests;

/// <summary>References of WebAssembly 3.0 in results and exported globals: GC objects compare by shape and contents
/// (never identity), i31s by value, other references by null-ness; an engine that shows references only as null or
/// not (wasmtime) matches any non-null reference. Exports with nullable reference parameters are called with null.</summary>
public class GcReferenceComparisonTests
{
    private const string Wat = """
        (module
          (type $pair (struct (field i32) (field (mut i64))))
          (type $bytes (array (mut i8)))
          (global (export "g") (mut (ref null $pair)) (struct.new $pair (i32.const 1) (i64.const 2)))
          (func (export "i31") (param i32) (result i31ref) (ref.i31 (local.get 0)))
          (func (export "pair") (param i32) (result anyref) (struct.new $pair (local.get 0) (i64.const 7)))
          (func (export "bytes") (param i32) (result anyref) (array.new $bytes (local.get 0) (i32.const 3)))
          (func (export "is-null") (param (ref null $pair)) (result i32) (ref.is_null (local.get 0)))
          (func (export "non-null") (param (ref $pair)) (result i32) (i32.const 0)))
        """;

    private static List<WasmValue> Results(WeldSession session, string export, params WasmValue[] args)
    {
        var outcome = session.Call(export, args);
        Assert.Equal(OutcomeKind.Returned, outcome.Kind);
        return [.. outcome.Results];
    }

    [Theory]
    [InlineData(Backend.Interpreter)]
    [InlineData(Backend.Compiler)]
    public void ShapesAndContentsAreCompared(Backend backend)
    {
        using var runner = new BoundedRunner(TimeSpan.FromMinutes(1));
        var module = Module.FromText(new Engine(WeldSession.BoundedOptions(backend)), Wat);
        using var session = new WeldSession(module, runner);
        Assert.Equal(OutcomeKind.Returned, session.Instantiate().Kind);
        var comparer = new OutcomeComparer(NanRule.BitExact, coarseTraps: false);
        bool Same(WasmValue a, WasmValue b) => comparer.Compare(CallOutcome.Returned([a]), CallOutcome.Returned([b])) is null;

        var i31 = Results(session, "i31", WasmValue.I32(-5))[0];
        Assert.Equal((RefShape.I31, -5), (i31.Shape, (int)i31.High));
        Assert.False(Same(i31, Results(session, "i31", WasmValue.I32(5))[0]));
        var pair = Results(session, "pair", WasmValue.I32(1))[0];
        Assert.True(Same(pair, Results(session, "pair", WasmValue.I32(1))[0]));   // another object, the same contents
        Assert.False(Same(pair, Results(session, "pair", WasmValue.I32(2))[0]));
        var bytes = Results(session, "bytes", WasmValue.I32(1))[0];
        Assert.Equal(RefShape.Array, bytes.Shape);
        Assert.False(Same(bytes, Results(session, "bytes", WasmValue.I32(2))[0]));   // three elements, another value
        Assert.False(Same(pair, bytes));
        Assert.Equal(RefShape.Struct, session.Snapshot().Globals["g"].Shape);

        // What wasmtime shows: null or not.
        Assert.True(Same(WasmValue.Reference(ValueKind.AnyRef, isNull: false), pair));
        Assert.False(Same(WasmValue.Reference(ValueKind.AnyRef, isNull: true), pair));
    }

    [Fact]
    public void NullableReferenceParametersAreCalledWithNull()
    {
        using var runner = new BoundedRunner(TimeSpan.FromMinutes(1));
        var module = Module.FromText(new Engine(WeldSession.BoundedOptions(Backend.Interpreter)), Wat);
        var plan = CallPlan.For(module, vectors: 1, nullReferences: true);
        Assert.Contains(plan, c => c.Export == "is-null");
        Assert.DoesNotContain(plan, c => c.Export == "non-null");
        Assert.DoesNotContain(CallPlan.For(module, vectors: 1), c => c.Export == "is-null");
        using var session = new WeldSession(module, runner);
        session.Instantiate();
        Assert.Equal([WasmValue.I32(1)], Results(session, "is-null", [.. plan.First(c => c.Export == "is-null").Args]));
    }
}
