using Weld.Execution.Gc;
using Weld.Runtime;
using Weld.Runtime.Gc;
using Weld.Text;

namespace Weld.Tests.Gc;

/// <summary>The GC helpers both back ends call: their results and their traps, in the spec's order.</summary>
public class GcOpsTests
{
    private static readonly RuntimeType[] s_types = Register("""
        (module
          (type $a (sub (struct (field (mut i8)) (field (mut i64)) (field (mut anyref)) (field (mut v128)))))
          (type $b (sub $a (struct (field (mut i8)) (field (mut i64)) (field (mut anyref)) (field (mut v128)) (field i16))))
          (type $bytes (array (mut i8)))
          (type $shorts (array (mut i16)))
          (type $ints (array (mut i32)))
          (type $vecs (array (mut v128)))
          (type $refs (array (mut anyref))))
        """);

    private static RuntimeType A => s_types[0];
    private static RuntimeType B => s_types[1];

    /// <summary>The store allocations are charged to (no cap).</summary>
    private static RuntimeStore S { get; } = new Store(new Engine()).Runtime;

    private static RuntimeType[] Register(string wat) =>
        Array.ConvertAll(TypeRegistry.Shared.Register(TextParser.ParseModule(wat)), TypeRegistry.Shared.RuntimeTypeOf);

    private static void Traps(TrapCode code, Action action) => Assert.Equal(code, Assert.Throws<TrapException>(action).Code);

    [Fact]
    public void RefEqComparesIdentityAndI31sByValue()
    {
        var s = GcOps.NewStruct(S, A);
        Assert.True(GcOps.RefEq(s, s));
        Assert.False(GcOps.RefEq(s, GcOps.NewStruct(S, A)));
        Assert.True(GcOps.RefEq(null, null));
        Assert.False(GcOps.RefEq(s, null));
        Assert.True(GcOps.RefEq(GcOps.RefI31(100_000), GcOps.RefI31(100_000)));
        Assert.False(GcOps.RefEq(GcOps.RefI31(1), GcOps.RefI31(2)));
    }

    [Fact]
    public void I31KeepsThirtyOneBits()
    {
        var r = GcOps.RefI31(-1);
        Assert.Equal(-1, GcOps.I31GetS(r));
        Assert.Equal(0x7FFFFFFF, GcOps.I31GetU(r));
        Assert.Equal(-0x40000000, GcOps.I31GetS(GcOps.RefI31(0x40000000)));
        Assert.Equal(0, GcOps.I31GetS(GcOps.RefI31(int.MinValue)));
        Traps(TrapCode.NullI31Reference, () => GcOps.I31GetU(null));
    }

    [Fact]
    public void TestsAndCastsFollowTheHierarchies()
    {
        var a = GcOps.NewStruct(S, A);
        var b = GcOps.NewStruct(S, B);
        var arr = GcOps.ArrayNewDefault(S, s_types[2], 1);
        var i31 = GcOps.RefI31(3);
        var host = new object();
        Assert.True(GcOps.TestConcrete(b, A, nullable: false));
        Assert.False(GcOps.TestConcrete(a, B, nullable: false));
        Assert.False(GcOps.TestConcrete(arr, A, nullable: true));
        Assert.True(GcOps.TestConcrete(null, A, nullable: true));
        Assert.False(GcOps.TestConcrete(null, A, nullable: false));
        Assert.True(GcOps.TestAbstract(b, AbstractHeapType.Eq, false));
        Assert.True(GcOps.TestAbstract(arr, AbstractHeapType.Array, false));
        Assert.False(GcOps.TestAbstract(arr, AbstractHeapType.Struct, false));
        Assert.True(GcOps.TestAbstract(i31, AbstractHeapType.I31, false));
        Assert.True(GcOps.TestAbstract(host, AbstractHeapType.Any, false));
        Assert.False(GcOps.TestAbstract(host, AbstractHeapType.Eq, false));
        Assert.False(GcOps.TestAbstract(a, AbstractHeapType.None, false));
        Assert.True(GcOps.TestAbstract(null, AbstractHeapType.None, true));
        Assert.Same(b, GcOps.CastConcrete(b, A, false));
        Traps(TrapCode.CastFailure, () => GcOps.CastConcrete(a, B, true));
        Traps(TrapCode.CastFailure, () => GcOps.CastAbstract(null, AbstractHeapType.Struct, false));
        Assert.True(GcOps.Test(b, ValType.Canonical(A.Id, false, ValueKind.AnyRef)));
    }

    [Fact]
    public void StructFieldsWrapPackedValuesAndTrapOnNull()
    {
        var s = GcOps.NewStruct(S, B);
        GcOps.SetField(s, 0, 0x1FF);
        Assert.Equal(-1, GcOps.GetFieldPacked(s, 0, signed: true));
        Assert.Equal(0xFF, GcOps.GetFieldPacked(s, 0, signed: false));
        GcOps.SetField(s, 1, ulong.MaxValue);
        Assert.Equal(ulong.MaxValue, GcOps.GetField(s, 1));
        GcOps.SetFieldRef(s, 2, s);
        Assert.Same(s, GcOps.GetFieldRef(s, 2));
        GcOps.SetFieldV128(s, 3, 1, 2);
        Assert.Equal((1UL, 2UL), (GcOps.GetField(s, 3), GcOps.GetFieldHigh(s, 3)));
        Assert.Equal(0, GcOps.GetFieldPacked(s, 4, signed: true));
        Traps(TrapCode.NullStructReference, () => GcOps.GetField(null, 1));
        Traps(TrapCode.NullStructReference, () => GcOps.SetFieldRef(null, 2, null));
    }

    [Fact]
    public void ArrayAccessChecksNullThenBounds()
    {
        var a = GcOps.ArrayNew(S, s_types[4], 7, 3);
        Assert.Equal(3, GcOps.ArrayLen(a));
        Assert.Equal(7UL, GcOps.ArrayGet(a, 2));
        GcOps.ArraySet(a, 0, 0xFFFFFFFF);
        Assert.Equal(-1, GcOps.ArrayGetPacked(a, 0, signed: true));
        Traps(TrapCode.ArrayOutOfBounds, () => GcOps.ArrayGet(a, 3));
        Traps(TrapCode.NullArrayReference, () => GcOps.ArrayGet(null, 0));
        Traps(TrapCode.NullArrayReference, () => GcOps.ArrayLen(null));
        var bytes = GcOps.ArrayNew(S, s_types[2], 0x181, 2);
        Assert.Equal(-127, GcOps.ArrayGetPacked(bytes, 1, signed: true));
        Assert.Equal(0x81, GcOps.ArrayGetPacked(bytes, 1, signed: false));
        Traps(TrapCode.OutOfMemory, () => GcOps.ArrayNewDefault(S, s_types[2], uint.MaxValue));
    }

    [Fact]
    public void FillAndCopyCheckWholeRanges()
    {
        var a = GcOps.ArrayNewDefault(S, s_types[4], 4);
        GcOps.ArrayFill(a, 1, 9, 3); // up to the end
        Assert.Equal([0u, 9, 9, 9], ((GcArray)a).Ints);
        Traps(TrapCode.ArrayOutOfBounds, () => GcOps.ArrayFill(a, 2, 1, 3));
        Traps(TrapCode.ArrayOutOfBounds, () => GcOps.ArrayFill(a, uint.MaxValue, 1, 2)); // no wrapping
        GcOps.ArrayFill(a, 4, 1, 0); // empty at the end: fine
        GcOps.ArraySet(a, 0, 1);
        GcOps.ArrayCopy(a, 1, a, 0, 3); // overlapping, forward
        Assert.Equal([1u, 1, 9, 9], ((GcArray)a).Ints);
        var v = GcOps.ArrayNewV128(S, s_types[5], 1, 2, 2);
        var w = GcOps.ArrayNewDefault(S, s_types[5], 2);
        GcOps.ArrayCopy(w, 1, v, 0, 1);
        Assert.Equal((1UL, 2UL), GcOps.ArrayGetV128(w, 1));
        Assert.Equal((0UL, 0UL), GcOps.ArrayGetV128(w, 0));
        Traps(TrapCode.NullArrayReference, () => GcOps.ArrayCopy(w, 0, null, 0, 0));
        Traps(TrapCode.ArrayOutOfBounds, () => GcOps.ArrayCopy(w, 0, v, 1, 2));
    }

    [Fact]
    public void SegmentsFillArraysLittleEndianWithTheirOwnTraps()
    {
        var data = new DataInstance([1, 2, 3, 4, 5]);
        var shorts = GcOps.ArrayNewData(S, s_types[3], data, 1, 2);
        Assert.Equal([0x0302, 0x0504], shorts.Shorts);
        Traps(TrapCode.MemoryOutOfBounds, () => GcOps.ArrayNewData(S, s_types[3], data, 2, 2));
        var ints = GcOps.ArrayNewDefault(S, s_types[4], 2);
        GcOps.ArrayInitData(ints, 1, data, 0, 1);
        Assert.Equal([0u, 0x04030201], ints.Ints);
        Traps(TrapCode.ArrayOutOfBounds, () => GcOps.ArrayInitData(ints, 2, data, 9, 1)); // the array's range first
        Traps(TrapCode.MemoryOutOfBounds, () => GcOps.ArrayInitData(ints, 0, data, 2, 1));

        var elem = new ElemInstance(ValType.Ref(AbstractHeapType.Any), [GcOps.RefI31(1), null]);
        var refs = GcOps.ArrayNewElem(S, s_types[6], elem, 0, 2);
        Assert.Equal(1, GcOps.I31GetS(GcOps.ArrayGetRef(refs, 0)));
        Traps(TrapCode.TableOutOfBounds, () => GcOps.ArrayNewElem(S, s_types[6], elem, 1, 2));
        Traps(TrapCode.TableOutOfBounds, () => GcOps.ArrayInitElem(refs, 0, elem, 2, 1));
        Traps(TrapCode.NullArrayReference, () => GcOps.ArrayInitElem(null, 0, elem, 0, 0));
    }
}
