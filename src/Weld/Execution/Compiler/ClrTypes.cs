using System.Reflection.Emit;
using System.Runtime.Intrinsics;

namespace Weld.Execution.Compiler;

/// <summary>How wasm values look in compiled code: i32 as int, i64 as long, f32 as float, f64 as double, v128 as
/// <c>Vector128&lt;byte&gt;</c>, references as object (a FunctionInstance, a host object, or null).</summary>
internal static class ClrTypes
{
    public static Type Of(ValueKind kind) => kind switch
    {
        ValueKind.I32 => typeof(int),
        ValueKind.I64 => typeof(long),
        ValueKind.F32 => typeof(float),
        ValueKind.F64 => typeof(double),
        ValueKind.V128 => typeof(Vector128<byte>),
        _ => typeof(object),
    };

    public static Type Of(ValType type) => Of(type.Kind);

    public static bool IsReference(ValueKind kind) => kind is ValueKind.FuncRef or ValueKind.ExternRef or ValueKind.ExnRef or ValueKind.AnyRef;

    /// <summary>Emits the default value of <paramref name="kind"/>.</summary>
    public static void EmitDefault(ILGenerator il, ValueKind kind)
    {
        switch (kind)
        {
            case ValueKind.I32: il.Emit(OpCodes.Ldc_I4_0); break;
            case ValueKind.I64: il.Emit(OpCodes.Ldc_I4_0); il.Emit(OpCodes.Conv_I8); break;
            case ValueKind.F32: il.Emit(OpCodes.Ldc_R4, 0f); break;
            case ValueKind.F64: il.Emit(OpCodes.Ldc_R8, 0d); break;
            case ValueKind.V128: il.Emit(OpCodes.Call, typeof(Vector128<byte>).GetProperty(nameof(Vector128<byte>.Zero))!.GetMethod!); break;
            default: il.Emit(OpCodes.Ldnull); break;
        }
    }
}
