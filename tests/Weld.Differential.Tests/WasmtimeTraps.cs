using Weld.Fuzz.Sessions;
using Wt = Wasmtime;

namespace Weld.Differential.Tests;

/// <summary>wasmtime's trap codes in Weld's terms. Stack overflow and allocation failures are resource limits (the spec
/// lets engines differ there); running out of fuel is the end of the budget.</summary>
internal static class WasmtimeTraps
{
    public static CallOutcome ToOutcome(Wt.TrapCode code, string message)
    {
        string detail = message.Split('\n')[0];
        return code switch
        {
            Wt.TrapCode.OutOfFuel => CallOutcome.Budget(detail),
            Wt.TrapCode.StackOverflow or Wt.TrapCode.AllocationTooLarge => CallOutcome.Limit(detail),
            // An uncaught wasm exception comes as a trap without a code (UncaughtException is the component model's).
            Wt.TrapCode.UncaughtException => CallOutcome.Thrown(detail),
            Wt.TrapCode.Undefined when message.Contains("thrown Wasm exception", StringComparison.Ordinal) => CallOutcome.Thrown(detail),
            _ => CallOutcome.Trapped(ToWeld(code), $"wasmtime {code}"),
        };
    }

    private static TrapCode ToWeld(Wt.TrapCode code) => code switch
    {
        Wt.TrapCode.Unreachable => TrapCode.Unreachable,
        Wt.TrapCode.MemoryOutOfBounds or Wt.TrapCode.HeapMisaligned => TrapCode.MemoryOutOfBounds,
        // wasmtime reports a call_indirect past the table's end as TableOutOfBounds too (Weld: UndefinedElement).
        Wt.TrapCode.TableOutOfBounds => TrapCode.TableOutOfBounds,
        Wt.TrapCode.IndirectCallToNull => TrapCode.UninitializedElement,
        Wt.TrapCode.BadSignature => TrapCode.IndirectCallTypeMismatch,
        Wt.TrapCode.IntegerOverflow => TrapCode.IntegerOverflow,
        Wt.TrapCode.IntegerDivisionByZero => TrapCode.IntegerDivideByZero,
        Wt.TrapCode.BadConversionToInteger => TrapCode.InvalidConversionToInteger,
        Wt.TrapCode.NullReference => TrapCode.NullReference,
        Wt.TrapCode.ArrayOutOfBounds => TrapCode.ArrayOutOfBounds,
        Wt.TrapCode.CastFailure => TrapCode.CastFailure,
        _ => TrapCode.HostError,
    };
}
