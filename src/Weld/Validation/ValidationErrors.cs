using System.Diagnostics.CodeAnalysis;
using Weld.Diagnostics;

namespace Weld.Validation;

/// <summary>Throw helpers for <see cref="InvalidModuleException"/>. Kept out of line so the hot paths stay small.</summary>
internal static class ValidationErrors
{
    [DoesNotReturn]
    public static void Throw(string message) => throw new InvalidModuleException(message);

    /// <summary>The reference interpreter appends the index ("unknown global 1"); the spec tests match that by prefix.</summary>
    [DoesNotReturn]
    public static void Unknown(string message, long index) => throw new InvalidModuleException($"{message} {index}");

    [DoesNotReturn]
    public static void TypeMismatch() => throw new InvalidModuleException(Messages.TypeMismatch);

    /// <summary>"type mismatch: instruction requires [...] but stack has [...]".</summary>
    [DoesNotReturn]
    public static void OperandMismatch(ReadOnlySpan<ValType> required, ReadOnlySpan<ValType> found) =>
        throw new InvalidModuleException(Messages.OperandMismatch(List(required), List(found)));

    /// <summary>"type mismatch: block requires [...] but stack has [...]".</summary>
    [DoesNotReturn]
    public static void BlockMismatch(ReadOnlySpan<ValType> required, ReadOnlySpan<ValType> found) =>
        throw new InvalidModuleException(Messages.BlockMismatch(List(required), List(found)));

    /// <summary>A result type as the reference interpreter writes it: "[i32 i64]"; an operand of unknown type (from
    /// unreachable code) is "bot".</summary>
    private static string List(ReadOnlySpan<ValType> types)
    {
        var text = new System.Text.StringBuilder("[");
        for (int i = 0; i < types.Length; i++)
        {
            if (i > 0) text.Append(' ');
            text.Append(types[i].Kind == 0 ? "bot" : types[i].ToString());
        }
        return text.Append(']').ToString();
    }
}
