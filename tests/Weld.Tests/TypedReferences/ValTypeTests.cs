namespace Weld.Tests.TypedReferences;

/// <summary>The 3.0 reference types in <see cref="ValType"/>: construction, equality, text, subtyping.</summary>
public class ValTypeTests
{
    [Fact]
    public void TheAbbreviationsAreNullableReferencesToTheTops()
    {
        Assert.Equal(ValType.FuncRef, ValType.Ref(AbstractHeapType.Func));
        Assert.Equal(ValType.ExternRef, ValType.Ref(AbstractHeapType.Extern, nullable: true));
        Assert.Equal(ValType.FuncRef, ValType.From(ValueKind.FuncRef));
        Assert.NotEqual(ValType.FuncRef, ValType.Ref(AbstractHeapType.Func, nullable: false));
        Assert.True(ValType.FuncRef.IsNullable);
        Assert.False(ValType.I32.IsNullable);
        Assert.Equal(AbstractHeapType.Func, ValType.FuncRef.AbstractHeap);
        Assert.Null(ValType.FuncRef.TypeIndex);
    }

    [Fact]
    public void TypeIndicesAreReferencesOfTheFunctionHierarchy()
    {
        var t = ValType.Ref(3, nullable: false);
        Assert.Equal(ValueKind.FuncRef, t.Kind);
        Assert.Equal(3, t.TypeIndex);
        Assert.Null(t.AbstractHeap);
        Assert.True(t.IsReference);
        Assert.Equal(ValType.Ref(3, nullable: false), t);
        Assert.NotEqual(ValType.Ref(4, nullable: false), t);
        Assert.Throws<ArgumentOutOfRangeException>(() => ValType.Ref(-1));
    }

    [Theory]
    [InlineData(AbstractHeapType.Func, true, "funcref")]
    [InlineData(AbstractHeapType.Extern, true, "externref")]
    [InlineData(AbstractHeapType.Exn, true, "exnref")]
    [InlineData(AbstractHeapType.NoFunc, true, "nullfuncref")]
    [InlineData(AbstractHeapType.None, true, "nullref")]
    [InlineData(AbstractHeapType.Func, false, "(ref func)")]
    [InlineData(AbstractHeapType.NoExtern, false, "(ref noextern)")]
    public void ToStringIsTheTextSyntax(AbstractHeapType heap, bool nullable, string text) =>
        Assert.Equal(text, ValType.Ref(heap, nullable).ToString());

    [Fact]
    public void IndexedReferencesPrintTheIndex()
    {
        Assert.Equal("(ref null 2)", ValType.Ref(2).ToString());
        Assert.Equal("(ref 0)", ValType.Ref(0, nullable: false).ToString());
    }

    [Fact]
    public void TheStructIsSmall() =>
        Assert.True(System.Runtime.CompilerServices.Unsafe.SizeOf<ValType>() <= 8);

    [Fact]
    public void SubtypingFollowsNullabilityAndTheHierarchies()
    {
        var refFunc = ValType.Ref(AbstractHeapType.Func, nullable: false);
        Assert.True(refFunc.Matches(ValType.FuncRef));
        Assert.False(ValType.FuncRef.Matches(refFunc));
        Assert.True(ValType.Ref(AbstractHeapType.NoFunc).Matches(ValType.FuncRef));
        Assert.True(ValType.Ref(0, nullable: false).Matches(refFunc));
        Assert.True(ValType.Ref(AbstractHeapType.NoFunc).Matches(ValType.Ref(0)));
        Assert.False(ValType.Ref(AbstractHeapType.NoExtern).Matches(ValType.FuncRef));
        Assert.False(ValType.ExternRef.Matches(ValType.FuncRef));
        Assert.False(ValType.I32.Matches(ValType.I64));
        Assert.True(ValType.I32.Matches(ValType.I32));
    }
}
