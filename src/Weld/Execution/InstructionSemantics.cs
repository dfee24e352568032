using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Weld.Syntax;

namespace Weld.Execution;

/// <summary>
/// Where the semantics of each numeric and SIMD instruction live, for back ends that call them by opcode (the IL
/// compiler emits a <c>call</c> to <see cref="SemanticsMethod.Method"/>). Generated from the instruction table: a
/// scalar instruction maps to its <see cref="NumericSemantics"/> method, a SIMD one to its <see cref="Simd.SimdOps"/>
/// method. The wasm operand and result types are in <see cref="Validation.OperatorSignatures"/>.
/// </summary>
internal static partial class InstructionSemantics
{
    private static readonly SemanticsMethod?[] Table = Build();

    /// <summary>The semantics method of a numeric or SIMD instruction; null for any other opcode.</summary>
    public static SemanticsMethod? Of(Opcode op) => (int)op < Table.Length ? Table[(int)op] : null;
}

/// <summary>
/// A static method implementing an instruction: its owner, name, CLR parameter types (the operands in order; for
/// SIMD also a lane index or raw memory value as the instruction table's header describes) and CLR result type.
/// </summary>
internal sealed class SemanticsMethod(
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] Type owner, string name, Type[] parameters, Type result)
{
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)]
    public Type Owner { get; } = owner;
    public string Name { get; } = name;
    public IReadOnlyList<Type> Parameters { get; } = parameters;
    public Type Result { get; } = result;

    private MethodInfo? _method;

    /// <summary>The method itself (public, static, exactly these parameter types); looked up once.</summary>
    public MethodInfo Method => _method ??= Owner.GetMethod(Name, BindingFlags.Public | BindingFlags.Static, [.. Parameters])
        ?? throw new InvalidOperationException($"{Owner.Name}.{Name}({string.Join(", ", Parameters.Select(p => p.Name))}) not found");

    public override string ToString() => $"{Owner.Name}.{Name}";
}
