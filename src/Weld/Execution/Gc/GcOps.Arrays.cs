using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Weld.Runtime;
using Weld.Runtime.Gc;

namespace Weld.Execution.Gc;

/// <summary>The array instructions. Element values are bits as in <see cref="GcOps"/>; an access outside the array
/// traps "out of bounds array access", a data segment range "out of bounds memory access", an element segment
/// range "out of bounds table access", in the spec's order (the array's range first). Allocations are charged to
/// the store's budget (GcOps.Budget.cs) after a segment's range is checked and before the array is made.</summary>
internal static partial class GcOps
{
    /// <summary>The array an array instruction works on: "null array reference" on null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static GcArray Array(object? r) => r is null ? throw Trap.Exception(TrapCode.NullArrayReference) : Unsafe.As<GcArray>(r);

    /// <summary>array.new_default (array.new_fixed too: the back end then sets each element).</summary>
    public static GcArray ArrayNewDefault(RuntimeStore store, RuntimeType type, uint length) => AllocateArray(store, type, length);

    /// <summary>array.new of a numeric element type: every element the value's bits.</summary>
    public static GcArray ArrayNew(RuntimeStore store, RuntimeType type, ulong bits, uint length)
    {
        var a = AllocateArray(store, type, length);
        if (bits != 0) FillNumber(a, 0, bits, a.Length);
        return a;
    }

    /// <summary>array.new of a v128 element type.</summary>
    public static GcArray ArrayNewV128(RuntimeStore store, RuntimeType type, ulong low, ulong high, uint length)
    {
        var a = AllocateArray(store, type, length);
        for (int i = 0; i < a.Length; i++) (a.Longs[2 * i], a.Longs[2 * i + 1]) = (low, high);
        return a;
    }

    /// <summary>array.new of a reference element type.</summary>
    public static GcArray ArrayNewRef(RuntimeStore store, RuntimeType type, object? value, uint length)
    {
        var a = AllocateArray(store, type, length);
        if (value is not null) System.Array.Fill(a.Refs, value);
        return a;
    }

    /// <summary>array.len.</summary>
    public static int ArrayLen(object? r) => Array(r).Length;

    /// <summary>array.get (a packed element zero-extended: get_s sign-extends it with <see cref="Extend"/>; an f32 or
    /// i32 element is its 32 bits).</summary>
    public static ulong ArrayGet(object? r, uint i)
    {
        var a = Array(r);
        if (i >= (uint)a.Length) throw Trap.Exception(TrapCode.ArrayOutOfBounds);
        return a.Type.ArrayStorage switch
        {
            ArrayStorage.I8 => a.Bytes[i],
            ArrayStorage.I16 => a.Shorts[i],
            ArrayStorage.I32 => a.Ints[i],
            _ => a.Longs[i],
        };
    }

    /// <summary>array.get_s / array.get_u of a packed element (or plain array.get of an i32 one).</summary>
    public static int ArrayGetPacked(object? r, uint i, bool signed)
    {
        var a = Array(r);
        if (i >= (uint)a.Length) throw Trap.Exception(TrapCode.ArrayOutOfBounds);
        return a.Type.ArrayStorage switch
        {
            ArrayStorage.I8 => signed ? (sbyte)a.Bytes[i] : a.Bytes[i],
            ArrayStorage.I16 => signed ? (short)a.Shorts[i] : a.Shorts[i],
            _ => (int)a.Ints[i],
        };
    }

    /// <summary>array.get of a v128 element.</summary>
    public static (ulong Low, ulong High) ArrayGetV128(object? r, uint i)
    {
        var a = Array(r);
        if (i >= (uint)a.Length) throw Trap.Exception(TrapCode.ArrayOutOfBounds);
        return (a.Longs[2 * i], a.Longs[2 * i + 1]);
    }

    /// <summary>array.get of a reference element.</summary>
    public static object? ArrayGetRef(object? r, uint i)
    {
        var a = Array(r);
        if (i >= (uint)a.Length) throw Trap.Exception(TrapCode.ArrayOutOfBounds);
        return a.Refs[i];
    }

    /// <summary>array.set of a numeric element (a packed one wrapped to its width).</summary>
    public static void ArraySet(object? r, uint i, ulong bits)
    {
        var a = Array(r);
        if (i >= (uint)a.Length) throw Trap.Exception(TrapCode.ArrayOutOfBounds);
        ArraySetAt(a, (int)i, bits);
    }

    /// <summary>array.set of a v128 element.</summary>
    public static void ArraySetV128(object? r, uint i, ulong low, ulong high)
    {
        var a = Array(r);
        if (i >= (uint)a.Length) throw Trap.Exception(TrapCode.ArrayOutOfBounds);
        a.Longs[2 * i] = low;
        a.Longs[2 * i + 1] = high;
    }

    /// <summary>array.set of a reference element.</summary>
    public static void ArraySetRef(object? r, uint i, object? value)
    {
        var a = Array(r);
        if (i >= (uint)a.Length) throw Trap.Exception(TrapCode.ArrayOutOfBounds);
        a.Refs[i] = value;
    }

    /// <summary>Element <paramref name="i"/> (in range) of a numeric array set to the bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ArraySetAt(GcArray a, int i, ulong bits)
    {
        switch (a.Type.ArrayStorage)
        {
            case ArrayStorage.I8: a.Bytes[i] = (byte)bits; break;
            case ArrayStorage.I16: a.Shorts[i] = (ushort)bits; break;
            case ArrayStorage.I32: a.Ints[i] = (uint)bits; break;
            default: a.Longs[i] = bits; break;
        }
    }

    /// <summary>array.fill of a numeric array.</summary>
    public static void ArrayFill(object? r, uint offset, ulong bits, uint n)
    {
        var a = Array(r);
        CheckRange(offset, n, a.Length);
        FillNumber(a, (int)offset, bits, (int)n);
    }

    /// <summary>array.fill of a v128 array.</summary>
    public static void ArrayFillV128(object? r, uint offset, ulong low, ulong high, uint n)
    {
        var a = Array(r);
        CheckRange(offset, n, a.Length);
        for (int i = (int)offset; i < (int)(offset + n); i++) (a.Longs[2 * i], a.Longs[2 * i + 1]) = (low, high);
    }

    /// <summary>array.fill of a reference array.</summary>
    public static void ArrayFillRef(object? r, uint offset, object? value, uint n)
    {
        var a = Array(r);
        CheckRange(offset, n, a.Length);
        System.Array.Fill(a.Refs, value, (int)offset, (int)n);
    }

    private static void FillNumber(GcArray a, int offset, ulong bits, int n)
    {
        switch (a.Type.ArrayStorage)
        {
            case ArrayStorage.I8: System.Array.Fill(a.Bytes, (byte)bits, offset, n); break;
            case ArrayStorage.I16: System.Array.Fill(a.Shorts, (ushort)bits, offset, n); break;
            case ArrayStorage.I32: System.Array.Fill(a.Ints, (uint)bits, offset, n); break;
            default: System.Array.Fill(a.Longs, bits, offset, n); break;
        }
    }

    /// <summary>array.copy (overlapping ranges copy as if through a temporary).</summary>
    public static void ArrayCopy(object? dst, uint d, object? src, uint s, uint n)
    {
        var to = Array(dst);
        var from = Array(src);
        CheckRange(d, n, to.Length);
        CheckRange(s, n, from.Length);
        int scale = to.Type.ArrayStorage == ArrayStorage.V128 ? 2 : 1;
        System.Array.Copy(from.Data, (int)s * scale, to.Data, (int)d * scale, (int)n * scale);
    }

    /// <summary>The size in bytes of one element of a numeric array in a data segment.</summary>
    public static int ElementBytes(ArrayStorage storage) => storage switch
    {
        ArrayStorage.I8 => 1,
        ArrayStorage.I16 => 2,
        ArrayStorage.I32 => 4,
        ArrayStorage.I64 => 8,
        ArrayStorage.V128 => 16,
        _ => throw new InvalidOperationException("a reference array has no data form"),
    };

    /// <summary>array.new_data: <paramref name="n"/> elements read little-endian from the segment at
    /// <paramref name="offset"/> ("out of bounds memory access" past its end).</summary>
    public static GcArray ArrayNewData(RuntimeStore store, RuntimeType type, DataInstance data, uint offset, uint n)
    {
        int size = ElementBytes(type.ArrayStorage);
        if ((ulong)offset + (ulong)n * (ulong)size > (ulong)data.Bytes.Length) throw Trap.Exception(TrapCode.MemoryOutOfBounds);
        var a = AllocateArray(store, type, n);
        CopyFromData(a, 0, data.Bytes.AsSpan((int)offset, (int)n * size), (int)n);
        return a;
    }

    /// <summary>array.new_elem: <paramref name="n"/> references from the segment ("out of bounds table access").</summary>
    public static GcArray ArrayNewElem(RuntimeStore store, RuntimeType type, ElemInstance elem, uint offset, uint n)
    {
        if ((ulong)offset + n > (ulong)elem.Items.Length) throw Trap.Exception(TrapCode.TableOutOfBounds);
        var a = AllocateArray(store, type, n);
        System.Array.Copy(elem.Items, (int)offset, a.Refs, 0, (int)n);
        return a;
    }

    /// <summary>array.init_data.</summary>
    public static void ArrayInitData(object? r, uint d, DataInstance data, uint s, uint n)
    {
        var a = Array(r);
        CheckRange(d, n, a.Length);
        int size = ElementBytes(a.Type.ArrayStorage);
        if ((ulong)s + (ulong)n * (ulong)size > (ulong)data.Bytes.Length) throw Trap.Exception(TrapCode.MemoryOutOfBounds);
        CopyFromData(a, (int)d, data.Bytes.AsSpan((int)s, (int)n * size), (int)n);
    }

    /// <summary>array.init_elem.</summary>
    public static void ArrayInitElem(object? r, uint d, ElemInstance elem, uint s, uint n)
    {
        var a = Array(r);
        CheckRange(d, n, a.Length);
        if ((ulong)s + n > (ulong)elem.Items.Length) throw Trap.Exception(TrapCode.TableOutOfBounds);
        System.Array.Copy(elem.Items, (int)s, a.Refs, (int)d, (int)n);
    }

    private static void CopyFromData(GcArray a, int at, ReadOnlySpan<byte> bytes, int n)
    {
        switch (a.Type.ArrayStorage)
        {
            case ArrayStorage.I8: bytes.CopyTo(a.Bytes.AsSpan(at)); break;
            case ArrayStorage.I16:
                for (int i = 0; i < n; i++) a.Shorts[at + i] = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(2 * i)..]);
                break;
            case ArrayStorage.I32:
                for (int i = 0; i < n; i++) a.Ints[at + i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(4 * i)..]);
                break;
            case ArrayStorage.I64:
                for (int i = 0; i < n; i++) a.Longs[at + i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(8 * i)..]);
                break;
            default:
                for (int i = 0; i < 2 * n; i++) a.Longs[2 * at + i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(8 * i)..]);
                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckRange(uint offset, uint n, int length)
    {
        if ((ulong)offset + n > (ulong)(uint)length) throw Trap.Exception(TrapCode.ArrayOutOfBounds);
    }
}
