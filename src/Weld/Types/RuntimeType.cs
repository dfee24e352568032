using System.Runtime.CompilerServices;
using Weld.Syntax;

namespace Weld;

/// <summary>
/// The run-time descriptor of a canonical type (an "RTT"): its canonical id, its definition with every type index
/// closed to canonical ids, and its supertype chain, so that a subtype test is O(1): a type T is a supertype of this
/// one when <c>Chain.Length &gt; T.Depth &amp;&amp; Chain[T.Depth] == T.Id</c>. Chain[0] is the root of the declared
/// chain and Chain[Depth] is this type's own id. One per canonical id, made by <see cref="TypeRegistry"/>; it lives in
/// the types layer because function types carry theirs (<see cref="FuncType.Rtt"/>).
/// </summary>
internal sealed class RuntimeType
{
    /// <summary>The declared subtyping depth Weld accepts (the JS API's limit): deeper chains are invalid.</summary>
    public const int MaxDepth = 63;

    internal RuntimeType(int id, SubType closed, int[] chain)
    {
        Id = id;
        Definition = closed;
        Chain = chain;
        Depth = chain.Length - 1;
        Layout = closed.Kind == CompositeKind.Struct ? new GcStructLayout(closed.Composite.Fields) : null;
        ArrayStorage = closed.Kind == CompositeKind.Array ? ArrayStorageOf(closed.Composite.Element) : default;
    }

    /// <summary>The canonical id (an index into the process-wide <see cref="TypeRegistry.Shared"/>).</summary>
    public int Id { get; }
    /// <summary>The definition, type indices closed to canonical ids (<see cref="ValType.IsCanonical"/>).</summary>
    public SubType Definition { get; }
    /// <summary>Canonical ids from the root of the declared supertype chain down to this type.</summary>
    public int[] Chain { get; }
    public int Depth { get; }
    public CompositeKind Kind => Definition.Kind;
    public bool Final => Definition.Final;
    /// <summary>Where each field of a struct type lives in a <c>GcStruct</c> (null for other types).</summary>
    public GcStructLayout? Layout { get; }
    /// <summary>How an array type's elements are stored in a <c>GcArray</c>.</summary>
    public ArrayStorage ArrayStorage { get; }
    /// <summary>The declared supertype chain was cut at <see cref="MaxDepth"/> (the module is invalid).</summary>
    public bool TooDeep { get; internal init; }

    /// <summary>Whether this type is <paramref name="super"/> or a declared subtype of it, transitively.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsSubtypeOf(RuntimeType super) =>
        ReferenceEquals(this, super) || ((uint)super.Depth < (uint)Chain.Length && Chain[super.Depth] == super.Id);

    /// <summary>The storage of an array's elements of field type <paramref name="f"/> (what its GcArray holds).</summary>
    internal static ArrayStorage ArrayStorageOf(FieldType f) => f.Packed switch
    {
        PackedType.I8 => ArrayStorage.I8,
        PackedType.I16 => ArrayStorage.I16,
        _ => f.Type.Kind switch
        {
            ValueKind.I32 or ValueKind.F32 => ArrayStorage.I32,
            ValueKind.I64 or ValueKind.F64 => ArrayStorage.I64,
            ValueKind.V128 => ArrayStorage.V128,
            _ => ArrayStorage.Ref,
        },
    };

    public override string ToString() => $"rtt {Id}: {Definition}";
}

/// <summary>The element storage of a GC array by element type: i8 in a byte[], i16 in a ushort[], i32 and f32 (bits)
/// in a uint[], i64 and f64 (bits) in a ulong[], v128 in a ulong[] (two per element, low half first), references
/// in an object?[].</summary>
internal enum ArrayStorage : byte
{
    I8,
    I16,
    I32,
    I64,
    V128,
    Ref,
}

/// <summary>The field layout of a struct type: a GcStruct keeps numeric fields (their bits; v128 in two slots, low
/// half first) in a ulong[] and reference fields in an object?[]; field i is at <see cref="Slot"/>[i] of the array
/// <see cref="IsRef"/>[i] names. Packed fields are stored (already wrapped) in their slot's low bits.</summary>
internal sealed class GcStructLayout
{
    public GcStructLayout(FieldType[] fields)
    {
        Slot = new int[fields.Length];
        IsRef = new bool[fields.Length];
        Packed = new PackedType[fields.Length];
        for (int i = 0; i < fields.Length; i++)
        {
            Packed[i] = fields[i].Packed;
            if (fields[i].Type.IsReference)
            {
                IsRef[i] = true;
                Slot[i] = RefCount++;
            }
            else
            {
                Slot[i] = NumericSlots;
                NumericSlots += fields[i].Type.Kind == ValueKind.V128 ? 2 : 1;
            }
        }
    }

    public int[] Slot { get; }
    public bool[] IsRef { get; }
    public PackedType[] Packed { get; }
    /// <summary>Length of a struct's ulong[] (0: none allocated).</summary>
    public int NumericSlots { get; }
    /// <summary>Length of a struct's object?[] (0: none allocated).</summary>
    public int RefCount { get; }
}
