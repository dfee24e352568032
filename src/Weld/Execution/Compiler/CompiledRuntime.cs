using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Weld.Execution.Interpreter;
using Weld.Runtime;

namespace Weld.Execution.Compiler;

/// <summary>
/// Helpers that compiled code calls. Small ones are inlined by the JIT; the rest are plain calls from code that is
/// not hot (traps, bulk operations, growth). Operand order follows the IL stack: the wasm operands first, then what
/// the compiled code adds (instance, immediates).
/// </summary>
internal static unsafe class CompiledRuntime
{
    // ---- globals (numbers in Lo/Hi as the interpreter keeps them: i32 zero-extended, floats as their bits; most reads
    // are plain IL) ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<byte> GetV128(GlobalInstance g) => Vector128.Create(g.Lo, g.Hi).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void SetI32(int v, GlobalInstance g) => g.Lo = (uint)v;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void SetI64(long v, GlobalInstance g) => g.Lo = (ulong)v;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void SetF32(float v, GlobalInstance g) => g.Lo = BitConverter.SingleToUInt32Bits(v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void SetF64(double v, GlobalInstance g) => g.Lo = BitConverter.DoubleToUInt64Bits(v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetV128(Vector128<byte> v, GlobalInstance g)
    {
        g.Lo = v.AsUInt64().GetElement(0);
        g.Hi = v.AsUInt64().GetElement(1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void SetRef(object? v, GlobalInstance g) => g.Ref = v;

    // ---- select ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int SelectI32(int a, int b, int c) => c != 0 ? a : b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long SelectI64(long a, long b, int c) => c != 0 ? a : b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float SelectF32(float a, float b, int c) => c != 0 ? a : b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double SelectF64(double a, double b, int c) => c != 0 ? a : b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<byte> SelectV128(Vector128<byte> a, Vector128<byte> b, int c) => c != 0 ? a : b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static object? SelectRef(object? a, object? b, int c) => c != 0 ? a : b;

    // ---- memory state ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static nint BaseOf(MemoryInstance m) => (nint)m.Base;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ulong LengthOf(MemoryInstance m) => m.ByteLength;

    public static int MemorySize(MemoryInstance m) => (int)m.Pages;

    public static int MemoryGrow(int delta, MemoryInstance m) => (int)m.Grow((uint)delta);

    public static void MemoryFill(int d, int value, int n, MemoryInstance m) => MemoryAccess.Fill(m, (uint)d, (byte)value, (uint)n);

    public static void MemoryCopy(int d, int s, int n, MemoryInstance dst, MemoryInstance src) =>
        MemoryAccess.Copy(dst, (uint)d, src, (uint)s, (uint)n);

    public static void MemoryInit(int d, int s, int n, MemoryInstance m, DataInstance data) =>
        MemoryAccess.Init(m, (uint)d, data.Bytes, (uint)s, (uint)n);

    public static void DataDrop(DataInstance data) => data.Bytes = [];

    // ---- tables and references ----

    public static object? TableGet(int i, TableInstance t) => TableOps.Get(t, (uint)i);
    public static void TableSet(int i, object? v, TableInstance t) => TableOps.Set(t, (uint)i, v);
    public static int TableSize(TableInstance t) => (int)t.Length;
    public static int TableGrow(object? init, int n, TableInstance t, ModuleInstance inst) =>
        (int)TableOps.Grow32(t, init, (uint)n, inst.Store.Engine.Options.MaxTableElements);
    public static void TableFill(int i, object? v, int n, TableInstance t) => TableOps.Fill(t, (uint)i, v, (uint)n);
    public static void TableCopy(int d, int s, int n, TableInstance dst, TableInstance src) => TableOps.Copy(dst, (uint)d, src, (uint)s, (uint)n);
    public static void TableInit(int d, int s, int n, TableInstance t, ElemInstance e) => TableOps.Init(t, e, (uint)d, (uint)s, (uint)n);
    public static void ElemDrop(ElemInstance e) => e.Items = [];

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int RefIsNull(object? r) => r is null ? 1 : 0;

    // ---- calls ----

    /// <summary>call_indirect's checks: the element exists, is not null, and has the expected type.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FunctionInstance Indirect(int index, TableInstance table, FuncType expected)
    {
        uint i = (uint)index;
        if (i >= table.Length) throw Trap.Exception(TrapCode.UndefinedElement);
        // A table's Length never exceeds its array's length, so the element is read without a second check.
        object? element = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(table.Elements), (nint)i);
        if (element is null) throw Trap.UninitializedElementException(i);
        // call_indirect validates only against funcref tables, whose elements are function instances (or null).
        var f = Unsafe.As<FunctionInstance>(element);
        if (!f.Type.IsCallableAs(expected)) throw Trap.Exception(TrapCode.IndirectCallTypeMismatch);
        return f;
    }
}
