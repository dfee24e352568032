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
}
