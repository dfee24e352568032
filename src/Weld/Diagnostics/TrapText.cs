namespace Weld.Diagnostics;

/// <summary>Trap messages: the spec's texts (the reference interpreter's, matched by prefix in <c>assert_trap</c>)
/// and the texts of Weld's own trap codes, with the few that carry details.</summary>
internal static class TrapText
{
    // The spec's trap messages.
    public const string Unreachable = "unreachable";
    public const string MemoryOutOfBounds = "out of bounds memory access";
    public const string TableOutOfBounds = "out of bounds table access";
    public const string UndefinedElement = "undefined element";
    public const string UninitializedElementPrefix = "uninitialized element";
    public const string IndirectCallTypeMismatch = "indirect call type mismatch";
    public const string IntegerDivideByZero = "integer divide by zero";
    public const string IntegerOverflow = "integer overflow";
    public const string InvalidConversionToInteger = "invalid conversion to integer";
    public const string CallStackExhausted = "call stack exhausted";
    public const string NullReference = "null reference";
    public const string NullFunctionReference = "null function reference";
    public const string UnalignedAtomic = "unaligned atomic";
    public const string ExpectedSharedMemory = "expected shared memory";
    public const string ArrayOutOfBounds = "out of bounds array access";
    public const string NullStructReference = "null structure reference";
    public const string NullArrayReference = "null array reference";
    public const string NullI31Reference = "null i31 reference";
    public const string CastFailure = "cast failure";

    // Weld's own trap codes.
    public const string HostArgumentMismatch = "argument type mismatch";
    public const string HostError = "host function failed";
    public const string UnresolvedImport = "unresolved import called";
    public const string OutOfMemory = "out of memory";
    public const string MemoryTooLarge = "memory too large";
    public const string MemoryNotCommitted = "could not commit memory";
    public const string OutOfFuel = "all fuel consumed";
    public const string Interrupted = "interrupted";
    public const string Other = "trap";

    public static string Of(TrapCode code) => code switch
    {
        TrapCode.Unreachable => Unreachable,
        TrapCode.MemoryOutOfBounds => MemoryOutOfBounds,
        TrapCode.TableOutOfBounds => TableOutOfBounds,
        TrapCode.UndefinedElement => UndefinedElement,
        TrapCode.UninitializedElement => UninitializedElementPrefix,
        TrapCode.IndirectCallTypeMismatch => IndirectCallTypeMismatch,
        TrapCode.IntegerDivideByZero => IntegerDivideByZero,
        TrapCode.IntegerOverflow => IntegerOverflow,
        TrapCode.InvalidConversionToInteger => InvalidConversionToInteger,
        TrapCode.CallStackExhausted => CallStackExhausted,
        TrapCode.NullReference => NullReference,
        TrapCode.HostArgumentMismatch => HostArgumentMismatch,
        TrapCode.HostError => HostError,
        TrapCode.UnresolvedImport => UnresolvedImport,
        TrapCode.OutOfMemory => OutOfMemory,
        TrapCode.OutOfFuel => OutOfFuel,
        TrapCode.Interrupted => Interrupted,
        TrapCode.UnalignedAtomic => UnalignedAtomic,
        TrapCode.ExpectedSharedMemory => ExpectedSharedMemory,
        TrapCode.NullFunctionReference => NullFunctionReference,
        TrapCode.ArrayOutOfBounds => ArrayOutOfBounds,
        TrapCode.NullStructReference => NullStructReference,
        TrapCode.NullArrayReference => NullArrayReference,
        TrapCode.NullI31Reference => NullI31Reference,
        TrapCode.CastFailure => CastFailure,
        _ => Other,
    };

    /// <summary>A call through a null table entry; names the index, as the reference interpreter does.</summary>
    public static string UninitializedElement(uint index) => $"{UninitializedElementPrefix} {index}";

    /// <summary>A stub for an import nothing resolved was called.</summary>
    public static string UnresolvedImportCalled(string module, string name) =>
        $"{UnresolvedImport}: {ImportType.Quote(module)} {ImportType.Quote(name)}";

    /// <summary>A GC allocation past the store's cap; worded as the other store limits' errors.</summary>
    public static string GcBytesOverLimit(ulong max, ulong wanted) =>
        $"{OutOfMemory}: store limit exceeded: StoreLimits.GcBytes is {max}, and this would make {wanted} bytes of GC objects";

    /// <summary>A host function threw.</summary>
    public static string HostFailed(string message) => $"{HostError}: {message}";

    /// <summary>A host function returned a value of the wrong type.</summary>
    public static string HostResultMismatch(ValType actual, ValType expected) =>
        $"host function returned {actual} where {expected} is required";

    /// <summary>The message of <see cref="ExitException"/>.</summary>
    public static string Exit(int exitCode) => $"exit with code {exitCode}";
}
