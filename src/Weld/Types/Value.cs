using System.Globalization;
using System.Runtime.Intrinsics;

namespace Weld;

/// <summary>A WebAssembly value of any type, for untyped calls and host objects.</summary>
/// <remarks>A funcref holds the runtime's function instance; the members that turn it into a public
/// <see cref="Function"/> live with the public API (Api/Value.Functions.cs).</remarks>
public readonly partial struct Value : IEquatable<Value>
{
    private readonly ulong _lo;
    private readonly ulong _hi;
    private readonly object? _ref;

    /// <summary>The value's type.</summary>
    public ValType Type { get; }

    private Value(ValType type, ulong lo, ulong hi, object? reference)
    {
        Type = type;
        _lo = lo;
        _hi = hi;
        _ref = reference;
    }

    /// <summary>An i32.</summary>
    public static Value I32(int v) => new(ValType.I32, (uint)v, 0, null);
    /// <summary>An i64.</summary>
    public static Value I64(long v) => new(ValType.I64, (ulong)v, 0, null);
    /// <summary>An f32.</summary>
    public static Value F32(float v) => new(ValType.F32, BitConverter.SingleToUInt32Bits(v), 0, null);
    /// <summary>An f64.</summary>
    public static Value F64(double v) => new(ValType.F64, BitConverter.DoubleToUInt64Bits(v), 0, null);
    /// <summary>An f32 from its bit pattern (keeps NaN payloads exactly).</summary>
    public static Value F32Bits(uint bits) => new(ValType.F32, bits, 0, null);
    /// <summary>An f64 from its bit pattern (keeps NaN payloads exactly).</summary>
    public static Value F64Bits(ulong bits) => new(ValType.F64, bits, 0, null);
    /// <summary>A v128 from its two 64-bit halves (low lanes first).</summary>
    public static Value V128(ulong low, ulong high) => new(ValType.V128, low, high, null);
    /// <summary>A v128 from a vector.</summary>
    public static Value V128(Vector128<byte> v) => new(ValType.V128, v.AsUInt64().GetElement(0), v.AsUInt64().GetElement(1), null);
    /// <summary>The null funcref.</summary>
    public static Value NullFuncRef => new(ValType.FuncRef, 0, 0, null);
    /// <summary>The null externref.</summary>
    public static Value NullExternRef => new(ValType.ExternRef, 0, 0, null);
    /// <summary>The null exnref.</summary>
    public static Value NullExnRef => new(ValType.ExnRef, 0, 0, null);

    /// <summary>The zero (default) value of a type.</summary>
    public static Value Default(ValType type) => new(type, 0, 0, null);

    internal static Value FromSlots(ValType type, ulong lo, ulong hi, object? reference) => new(type, lo, hi, reference);

    internal ulong Lo => _lo;
    internal ulong Hi => _hi;
    internal object? Ref => _ref;

    /// <summary>The i32 payload.</summary>
    /// <exception cref="InvalidOperationException">The value is not an i32.</exception>
    public int AsI32() => Type.Kind == ValueKind.I32 ? (int)(uint)_lo : throw WrongType(ValueKind.I32);
    /// <summary>The i64 payload.</summary>
    /// <exception cref="InvalidOperationException">The value is not an i64.</exception>
    public long AsI64() => Type.Kind == ValueKind.I64 ? (long)_lo : throw WrongType(ValueKind.I64);
    /// <summary>The f32 payload.</summary>
    /// <exception cref="InvalidOperationException">The value is not an f32.</exception>
    public float AsF32() => Type.Kind == ValueKind.F32 ? BitConverter.UInt32BitsToSingle((uint)_lo) : throw WrongType(ValueKind.F32);
    /// <summary>The f64 payload.</summary>
    /// <exception cref="InvalidOperationException">The value is not an f64.</exception>
    public double AsF64() => Type.Kind == ValueKind.F64 ? BitConverter.UInt64BitsToDouble(_lo) : throw WrongType(ValueKind.F64);
    /// <summary>The f32 bit pattern.</summary>
    /// <exception cref="InvalidOperationException">The value is not an f32.</exception>
    public uint AsF32Bits() => Type.Kind == ValueKind.F32 ? (uint)_lo : throw WrongType(ValueKind.F32);
    /// <summary>The f64 bit pattern.</summary>
    /// <exception cref="InvalidOperationException">The value is not an f64.</exception>
    public ulong AsF64Bits() => Type.Kind == ValueKind.F64 ? _lo : throw WrongType(ValueKind.F64);
    /// <summary>The v128 payload.</summary>
    /// <exception cref="InvalidOperationException">The value is not a v128.</exception>
    public Vector128<byte> AsV128() => Type.Kind == ValueKind.V128 ? Vector128.Create(_lo, _hi).AsByte() : throw WrongType(ValueKind.V128);
    /// <summary>True for a null reference.</summary>
    public bool IsNull => Type.IsReference && _ref is null;

    private InvalidOperationException WrongType(ValueKind wanted) =>
        new($"value is {Type}, not {ValType.From(wanted)}");

    /// <inheritdoc/>
    public bool Equals(Value other) =>
        Type == other.Type && _lo == other._lo && _hi == other._hi && ReferenceEquals(_ref, other._ref);
    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Value v && Equals(v);
    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, _lo, _hi, _ref);
    /// <summary>Equality (bitwise for floats).</summary>
    public static bool operator ==(Value a, Value b) => a.Equals(b);
    /// <summary>Inequality.</summary>
    public static bool operator !=(Value a, Value b) => !a.Equals(b);

    /// <summary>Text like <c>i32:42</c>; floats in shortest round-trip form.</summary>
    public override string ToString() => Type.Kind switch
    {
        ValueKind.I32 => $"i32:{AsI32()}",
        ValueKind.I64 => $"i64:{AsI64()}",
        ValueKind.F32 => "f32:" + AsF32().ToString("R", CultureInfo.InvariantCulture),
        ValueKind.F64 => "f64:" + AsF64().ToString("R", CultureInfo.InvariantCulture),
        ValueKind.V128 => $"v128:0x{_hi:x16}{_lo:x16}",
        ValueKind.FuncRef => _ref is null ? "funcref:null" : "funcref",
        ValueKind.ExternRef => _ref is null ? "externref:null" : $"externref:{_ref}",
        ValueKind.ExnRef => _ref is null ? "exnref:null" : "exnref",
        ValueKind.AnyRef => _ref is null ? "anyref:null" : $"anyref:{_ref}",
        _ => "?",
    };
}
