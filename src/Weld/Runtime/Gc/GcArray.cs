using System.Runtime.CompilerServices;

namespace Weld.Runtime.Gc;

/// <summary>
/// A GC array: its run-time type, its length and its elements in one .NET array whose element type depends on the
/// array type's storage (<see cref="RuntimeType.ArrayStorage"/>): i8 byte[], i16 ushort[], i32/f32 uint[] (bits),
/// i64/f64 ulong[] (bits), v128 ulong[] of twice the length (low half first), references object?[]. The typed views
/// (<see cref="Bytes"/>, ...) do not check the kind: callers know it from the validated instruction's type.
/// </summary>
internal sealed class GcArray
{
    /// <summary>The most elements one array may have (so a hostile length traps instead of exhausting memory).</summary>
    public const int MaxLength = 1 << 27;

    private GcArray(RuntimeType type, int length, Array data)
    {
        Type = type;
        Length = length;
        Data = data;
    }

    public readonly RuntimeType Type;
    public readonly int Length;
    public readonly Array Data;

    /// <summary>An array of <paramref name="type"/> with <paramref name="length"/> default elements; traps "out of
    /// memory" beyond <see cref="MaxLength"/>.</summary>
    public static GcArray New(RuntimeType type, ulong length)
    {
        if (type.Kind != Syntax.CompositeKind.Array) throw new ArgumentException("not an array type", nameof(type));
        if (length > MaxLength) throw new TrapException(TrapCode.OutOfMemory);
        int n = (int)length;
        Array data = type.ArrayStorage switch
        {
            ArrayStorage.I8 => new byte[n],
            ArrayStorage.I16 => new ushort[n],
            ArrayStorage.I32 => new uint[n],
            ArrayStorage.I64 => new ulong[n],
            ArrayStorage.V128 => new ulong[2 * n],
            _ => new object?[n],
        };
        return new GcArray(type, n, data);
    }

    public byte[] Bytes => Unsafe.As<byte[]>(Data);
    public ushort[] Shorts => Unsafe.As<ushort[]>(Data);
    public uint[] Ints => Unsafe.As<uint[]>(Data);
    /// <summary>i64/f64 elements, or v128 elements as two slots each.</summary>
    public ulong[] Longs => Unsafe.As<ulong[]>(Data);
    public object?[] Refs => Unsafe.As<object?[]>(Data);

    public override string ToString() => $"array {Type.Id}[{Length}]";
}
