using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Weld.Diagnostics;
using Weld.Runtime;
using Weld.Runtime.Gc;

namespace Weld.Execution.Gc;

/// <summary>
/// What a GC object costs against its store's budget (<c>StoreLimits.GcBytes</c>), charged before the object is made,
/// so that a refused allocation allocates nothing. The formula depends only on the type (and an array's length), so
/// both back ends refuse the same allocation: a struct costs <see cref="HeaderBytes"/> plus 8 bytes per field (16
/// per v128 field: every field has a 64-bit slot or a reference); an array costs <see cref="HeaderBytes"/> plus its
/// length times its element's size (i8 1, i16 2, i32 and f32 4, i64, f64 and references 8, v128 16). i31 references
/// cost nothing.
/// </summary>
internal static partial class GcOps
{
    /// <summary>What every struct and array costs besides its fields or elements: about what the .NET objects
    /// behind it take (the object, its field array's header, the type and length).</summary>
    public const long HeaderBytes = 64;

    /// <summary>Bytes of one array element by <see cref="ArrayStorage"/> (I8, I16, I32, I64, V128, Ref).</summary>
    private static ReadOnlySpan<byte> StorageBytes => [1, 2, 4, 8, 16, 8];

    /// <summary>What a struct of <paramref name="type"/> costs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long StructBytes(RuntimeType type)
    {
        var layout = type.Layout!;
        return HeaderBytes + 8L * (layout.NumericSlots + layout.RefCount);
    }

    /// <summary>What an array of <paramref name="type"/> with <paramref name="length"/> elements costs (at most
    /// 2^36 + 64: no overflow).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ArrayBytes(RuntimeType type, uint length) => HeaderBytes + (long)length * StorageBytes[(int)type.ArrayStorage];

    /// <summary>Takes <paramref name="bytes"/> from the store's budget, or traps "out of memory" naming the cap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Charge(RuntimeStore store, long bytes)
    {
        if ((store.GcBytesLeft -= bytes) < 0) Refuse(store, bytes);
    }

    /// <summary>An allocation the budget does not allow: not counted (the store stays usable), and the trap names
    /// the cap. Without a cap, only a store that allocated 2^63 bytes in its life gets here.</summary>
    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    private static void Refuse(RuntimeStore store, long bytes)
    {
        store.GcBytesLeft += bytes;
        throw store.GcBytesCap is ulong cap
            ? new TrapException(TrapCode.OutOfMemory, TrapText.GcBytesOverLimit(cap, (ulong)store.GcBytesAllocated + (ulong)bytes))
            : new TrapException(TrapCode.OutOfMemory);
    }

    /// <summary>A struct of <paramref name="type"/> with default fields, charged to <paramref name="store"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static GcStruct AllocateStruct(RuntimeStore store, RuntimeType type)
    {
        Charge(store, StructBytes(type));
        return new GcStruct(type);
    }

    /// <summary>An array of <paramref name="type"/> with default elements, charged to <paramref name="store"/>. A
    /// length beyond <see cref="GcArray.MaxLength"/> traps first, uncounted.</summary>
    private static GcArray AllocateArray(RuntimeStore store, RuntimeType type, uint length)
    {
        if (length > GcArray.MaxLength) throw Trap.Exception(TrapCode.OutOfMemory);
        Charge(store, ArrayBytes(type, length));
        return GcArray.New(type, length);
    }
}
