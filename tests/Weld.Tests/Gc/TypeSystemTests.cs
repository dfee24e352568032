using Weld.Binary;
using Weld.Syntax;
using Weld.Text;
using Weld.Validation;

namespace Weld.Tests.Gc;

/// <summary>GC's type system below the public API: recursion groups canonicalized across modules, declared
/// subtyping and its run-time types, and the type section's validation.</summary>
public class TypeSystemTests
{
    private static int[] Ids(string wat) => TypeRegistry.Shared.Register(TextParser.ParseModule(wat));

    private static void Valid(string wat) => Validator.Validate(TextParser.ParseModule(wat));

    private static void Invalid(string wat, string message)
    {
        var e = Assert.Throws<InvalidModuleException>(() => Validator.Validate(TextParser.ParseModule(wat)));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EquivalentRecGroupsOfTwoModulesShareIds()
    {
        const string group = "(rec (type $a (struct (field (ref null $b)))) (type $b (struct (field (ref null $a)) (field i32))))";
        var first = Ids($"(module {group})");
        var second = Ids($"(module (type (func)) {group})");
        Assert.Equal(first, second[1..]);
        Assert.NotEqual(first[0], first[1]);
    }

    [Fact]
    public void GroupsDifferingInOrderSupertypesOrFinalityDiffer()
    {
        int plain = Ids("(module (type (struct)))")[0];
        Assert.NotEqual(plain, Ids("(module (type (sub (struct))))")[0]); // not final
        Assert.Equal(plain, Ids("(module (type (sub final (struct))))")[0]); // the same as the abbreviation
        var swapped = Ids("(module (rec (type (struct (field i32))) (type (struct (field i64)))))");
        var ordered = Ids("(module (rec (type (struct (field i64))) (type (struct (field i32)))))");
        Assert.NotEqual(swapped[0], ordered[1]); // a type's identity includes its place in the group
        int super = Ids("(module (type (sub (struct))))")[0];
        int sub = Ids("(module (type (sub (struct))) (type (sub 0 (struct))))")[1];
        Assert.NotEqual(plain, sub);
        Assert.True(TypeRegistry.Shared.IsSubtype(sub, super));
        Assert.False(TypeRegistry.Shared.IsSubtype(super, sub));
    }

    [Fact]
    public void RuntimeTypesTestSubtypingInConstantTime()
    {
        var ids = Ids("(module (type $a (sub (struct))) (type $b (sub $a (struct (field i32)))) (type $c (sub $b (struct (field i32 i64)))))");
        var a = TypeRegistry.Shared.RuntimeTypeOf(ids[0]);
        var b = TypeRegistry.Shared.RuntimeTypeOf(ids[1]);
        var c = TypeRegistry.Shared.RuntimeTypeOf(ids[2]);
        Assert.Equal([ids[0], ids[1], ids[2]], c.Chain);
        Assert.True(c.IsSubtypeOf(a));
        Assert.True(c.IsSubtypeOf(b));
        Assert.False(a.IsSubtypeOf(b));
        Assert.Equal(2, c.Layout!.NumericSlots);
    }

    [Fact]
    public void AbstractAndConcreteSubtyping()
    {
        var ids = Ids("(module (type (struct)) (type (array i8)) (type (func)))");
        ValType S(bool nullable = true) => ValType.Canonical(ids[0], nullable, ValueKind.AnyRef);
        ValType A() => ValType.Canonical(ids[1], true, ValueKind.AnyRef);
        ValType F() => ValType.Canonical(ids[2], true, ValueKind.FuncRef);
        ValType R(AbstractHeapType h) => ValType.Ref(h);
        Assert.True(S().Matches(R(AbstractHeapType.Struct)));
        Assert.True(S().Matches(R(AbstractHeapType.Eq)));
        Assert.True(S().Matches(R(AbstractHeapType.Any)));
        Assert.False(S().Matches(R(AbstractHeapType.Array)));
        Assert.True(A().Matches(R(AbstractHeapType.Array)));
        Assert.False(A().Matches(R(AbstractHeapType.Struct)));
        Assert.True(F().Matches(R(AbstractHeapType.Func)));
        Assert.False(F().Matches(R(AbstractHeapType.Any)));
        Assert.True(R(AbstractHeapType.None).Matches(S()));
        Assert.False(R(AbstractHeapType.NoFunc).Matches(S()));
        Assert.True(R(AbstractHeapType.I31).Matches(R(AbstractHeapType.Eq)));
        Assert.False(R(AbstractHeapType.Eq).Matches(R(AbstractHeapType.I31)));
        Assert.False(S().Matches(S(nullable: false)));
        Assert.False(R(AbstractHeapType.Extern).Matches(R(AbstractHeapType.Any)));
    }

    [Fact]
    public void StructAndArrayTypeIndicesAreInTheAnyHierarchy()
    {
        var m = TextParser.ParseModule(
            "(module (type $s (struct)) (type $f (func)) (global (ref null $s) (ref.null $s)) (global (ref null $f) (ref.null $f)))");
        Assert.Equal(ValueKind.AnyRef, m.Globals[0].Type.ValType.Kind);
        Assert.Equal(ValueKind.FuncRef, m.Globals[1].Type.ValType.Kind);
        var decoded = BinaryDecoder.Decode(BinaryEncoder.Encode(m));
        Assert.Equal(ValueKind.AnyRef, decoded.Globals[0].Type.ValType.Kind);
        Assert.Equal(ValueKind.FuncRef, decoded.Globals[1].Type.ValType.Kind);
    }

    [Fact]
    public void ForwardReferencesInsideAGroupGetTheirKindOnceTheGroupIsRead()
    {
        const string wat = "(module (rec (type $f (func (param (ref $s)))) (type $s (struct (field (ref null $f))))))";
        var m = BinaryDecoder.Decode(BinaryEncoder.Encode(TextParser.ParseModule(wat)));
        Assert.Equal(ValueKind.AnyRef, m.Types[0].Func!.ParamArray[0].Kind);
        Assert.Equal(ValueKind.FuncRef, m.Types[1].Composite.Fields[0].Type.Kind);
        Assert.Equal([new RecGroup(0, 2)], m.RecGroups);
    }

    [Fact]
    public void TypeSectionRoundTrips()
    {
        const string wat = """
            (module
              (rec (type $a (sub (struct (field $x (mut i8)) (field i16) (field (ref null $b)))))
                   (type $b (sub final $a (struct (field (mut i8) i16 (ref null $b) f64)))))
              (type $v (array (mut v128)))
              (type $f (sub (func (param i32) (result (ref null $a))))))
            """;
        var m = TextParser.ParseModule(wat);
        var again = BinaryDecoder.Decode(BinaryEncoder.Encode(m));
        Assert.Equal(m.RecGroups, again.RecGroups);
        Assert.Equal(m.Types.Select(t => t.ToString()), again.Types.Select(t => t.ToString()));
        Assert.Equal(PackedType.I8, again.Types[0].Composite.Fields[0].Packed);
        Assert.True(again.Types[0].Composite.Fields[0].Mutable);
        Assert.True(again.Types[1].Final);
        Assert.Equal([0], again.Types[1].Supers);
        Assert.False(again.Types[3].Final);
    }

    [Fact]
    public void ValidSubtypeDeclarations()
    {
        Valid("(module (type $a (sub (struct (field i32)))) (type $b (sub $a (struct (field i32) (field i64)))))");
        Valid("(module (type $a (sub (struct (field anyref)))) (type $b (sub $a (struct (field eqref)))))"); // immutable: covariant
        Valid("(module (type $a (sub (func (param i32) (result anyref)))) (type $b (sub $a (func (param i32) (result eqref)))))");
        Valid("(module (rec (type $a (sub (struct (field (ref null $b))))) (type $b (sub $a (struct (field (ref null $b)))))))");
        Valid("(module (type $a (sub (array (mut i8)))) (type $b (sub $a (array (mut i8)))))");
    }

    [Fact]
    public void InvalidSubtypeDeclarations()
    {
        Invalid("(module (type $a (struct)) (type $b (sub $a (struct))))", "sub type"); // $a is final
        Invalid("(module (type $a (sub (struct))) (type $b (sub $a (array i32))))", "sub type"); // another form
        Invalid("(module (type $a (sub (struct (field i32)))) (type $b (sub $a (struct))))", "sub type"); // fewer fields
        Invalid("(module (type $a (sub (struct (field (mut anyref))))) (type $b (sub $a (struct (field (mut eqref))))))", "sub type");
        Invalid("(module (type $a (sub (struct (field i32)))) (type $b (sub $a (struct (field (mut i32))))))", "sub type");
        Invalid("(module (type $a (sub (array i8))) (type $b (sub $a (array i16))))", "sub type");
        Invalid("(module (type $a (sub (func (param eqref)))) (type $b (sub $a (func (param i31ref)))))", "sub type");
        Invalid("(module (rec (type $a (sub $b (struct))) (type $b (sub (struct)))))", "sub type"); // forward supertype
        Invalid("(module (type $a (sub 5 (struct))))", "unknown type");
        Invalid("(module (type (struct (field (ref 1)))) (type (struct)))", "unknown type"); // a later group
        Invalid("(module (type $a (sub (struct))) (type $b (sub (struct))) (type (sub $a $b (struct))))", "multiple supertypes");
    }

    [Fact]
    public void SubtypeChainsDeeperThanTheLimitAreInvalid()
    {
        var ok = new System.Text.StringBuilder("(module (type (sub (struct)))");
        for (int i = 1; i <= RuntimeType.MaxDepth; i++) ok.Append($" (type (sub {i - 1} (struct)))");
        Valid(ok + ")");
        Invalid(ok + $" (type (sub {RuntimeType.MaxDepth} (struct))))", "sub type chain too deep");
    }

    [Fact]
    public void WithoutTheFeatureGcTypesAreRefused()
    {
        var m = TextParser.ParseModule("(module (type (struct)))");
        Assert.Throws<InvalidModuleException>(() => FeatureCheck.Require(m, WasmFeatures.Default & ~WasmFeatures.Gc));
        var bytes = BinaryEncoder.Encode(m);
        Assert.Throws<MalformedModuleException>(() => BinaryDecoder.Decode(bytes, features: WasmFeatures.Default & ~WasmFeatures.Gc));
    }

    [Fact]
    public void AHugeArrayNewFixedCountIsCheckedWithoutCountingIt()
    {
        Valid("(module (type $a (array i32)) (func (result anyref) (unreachable) (array.new_fixed $a 4294967295)))");
        Invalid("(module (type $a (array i32)) (func (result anyref) (array.new_fixed $a 4294967295)))", "type mismatch");
        Valid("(module (type $a (array i32)) (func (result anyref) (array.new_fixed $a 2 (i32.const 1) (i32.const 2))))");
    }

    [Fact]
    public void RefEqIsAGcInstruction()
    {
        var bytes = BinaryEncoder.Encode(TextParser.ParseModule("(module (func (drop (ref.eq (ref.null none) (ref.null none)))))"));
        Validator.Validate(BinaryDecoder.Decode(bytes)); // ref.eq of two nullrefs, dropped
        Assert.Throws<MalformedModuleException>(() => BinaryDecoder.Decode(bytes, features: WasmFeatures.Default & ~WasmFeatures.Gc));
    }
}
