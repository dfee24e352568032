using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Weld.Diagnostics;
using Weld.Execution;
using Weld.Runtime;

namespace Weld;

/// <summary>Moves typed CLR values in and out of stack slots without boxing (the JIT specializes each T). Part of
/// the public API layer: a funcref travels as the public <see cref="Function"/>.</summary>
internal static class ValueMarshal<T>
{
    public static readonly ValType? Type = TypeOf(typeof(T));

    private static ValType? TypeOf(Type t) =>
        t == typeof(int) || t == typeof(uint) ? ValType.I32 :
        t == typeof(long) || t == typeof(ulong) ? ValType.I64 :
        t == typeof(float) ? ValType.F32 :
        t == typeof(double) ? ValType.F64 :
        t == typeof(Vector128<byte>) ? ValType.V128 :
        t == typeof(Function) ? ValType.FuncRef :
        t == typeof(StructRef) ? ValType.Ref(AbstractHeapType.Struct) :
        t == typeof(ArrayRef) ? ValType.Ref(AbstractHeapType.Array) :
        t == typeof(object) ? ValType.ExternRef :
        null;

    public static ValType Require() =>
        Type ?? throw new NotSupportedException(typeof(T) == typeof(Caller)
            ? "a Caller is not a WebAssembly value type: a Caller may only be the first parameter of a host function"
            : $"{typeof(T)} is not a WebAssembly value type (use int, uint, long, ulong, float, double, Vector128<byte>, " +
              "Function, StructRef, ArrayRef or object)");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Read(ExecStack s, int i)
    {
        if (typeof(T) == typeof(int)) { int v = (int)s.Slots[i]; return Unsafe.As<int, T>(ref v); }
        if (typeof(T) == typeof(uint)) { uint v = (uint)s.Slots[i]; return Unsafe.As<uint, T>(ref v); }
        if (typeof(T) == typeof(long)) { long v = (long)s.Slots[i]; return Unsafe.As<long, T>(ref v); }
        if (typeof(T) == typeof(ulong)) { ulong v = s.Slots[i]; return Unsafe.As<ulong, T>(ref v); }
        if (typeof(T) == typeof(float)) { float v = BitConverter.UInt32BitsToSingle((uint)s.Slots[i]); return Unsafe.As<float, T>(ref v); }
        if (typeof(T) == typeof(double)) { double v = BitConverter.UInt64BitsToDouble(s.Slots[i]); return Unsafe.As<double, T>(ref v); }
        if (typeof(T) == typeof(Vector128<byte>))
        {
            var v = Vector128.Create(s.Slots[i], s.Slots[i + 1]).AsByte();
            return Unsafe.As<Vector128<byte>, T>(ref v);
        }
        if (typeof(T) == typeof(Function)) return (T)(object)Function.Wrap(s.Refs[i] as FunctionInstance)!;
        return (T)GcHandles.Wrap(s.Refs[i])!; // externref, structref, arrayref: a GC object as its wrapper
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(ExecStack s, int i, T value)
    {
        if (typeof(T) == typeof(int)) { s.Slots[i] = (uint)Unsafe.As<T, int>(ref value); return; }
        if (typeof(T) == typeof(uint)) { s.Slots[i] = Unsafe.As<T, uint>(ref value); return; }
        if (typeof(T) == typeof(long)) { s.Slots[i] = (ulong)Unsafe.As<T, long>(ref value); return; }
        if (typeof(T) == typeof(ulong)) { s.Slots[i] = Unsafe.As<T, ulong>(ref value); return; }
        if (typeof(T) == typeof(float)) { s.Slots[i] = BitConverter.SingleToUInt32Bits(Unsafe.As<T, float>(ref value)); return; }
        if (typeof(T) == typeof(double)) { s.Slots[i] = BitConverter.DoubleToUInt64Bits(Unsafe.As<T, double>(ref value)); return; }
        if (typeof(T) == typeof(Vector128<byte>))
        {
            var v = Unsafe.As<T, Vector128<byte>>(ref value).AsUInt64();
            s.Slots[i] = v.GetElement(0);
            s.Slots[i + 1] = v.GetElement(1);
            return;
        }
        if (typeof(T) == typeof(Function)) { s.Refs[i] = (value as Function)?.Instance; return; }
        s.Refs[i] = GcHandles.Unwrap(value);
    }

    /// <summary>Writes an argument of a typed call from the host, or a typed host function's result: as
    /// <see cref="Write"/>, but a funcref must belong to the callee's store (<paramref name="store"/>), as
    /// <c>Function.Invoke</c> checks for untyped calls.</summary>
    public static void WriteArgument(ExecStack s, int i, T value, RuntimeStore store)
    {
        CheckStore(value, store);
        Write(s, i, value);
    }

    /// <summary>Throws when <paramref name="value"/> is a funcref of another store than <paramref name="store"/>: a
    /// value handed to wasm, as an argument or a host function's result, never crosses stores.</summary>
    public static void CheckStore(T value, RuntimeStore store)
    {
        if (typeof(T) == typeof(Function) && value is Function f && f.Instance.Store != store)
            throw new ArgumentException(Messages.FunctionOfAnotherStore);
    }

    public static int Slots => Type is { Kind: ValueKind.V128 } ? 2 : 1;
}
