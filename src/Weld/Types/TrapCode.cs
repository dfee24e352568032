namespace Weld;

/// <summary>Why execution trapped. Each code's message is the spec's text (see <see cref="TrapException"/>).</summary>
public enum TrapCode
{
    /// <summary>unreachable executed.</summary>
    Unreachable,
    /// <summary>A memory access outside the memory's bounds.</summary>
    MemoryOutOfBounds,
    /// <summary>A table access outside the table's bounds.</summary>
    TableOutOfBounds,
    /// <summary>call_indirect to an index beyond the table.</summary>
    UndefinedElement,
    /// <summary>call_indirect to a null entry.</summary>
    UninitializedElement,
    /// <summary>call_indirect signature mismatch.</summary>
    IndirectCallTypeMismatch,
    /// <summary>Integer division or remainder by zero.</summary>
    IntegerDivideByZero,
    /// <summary>Signed division overflow.</summary>
    IntegerOverflow,
    /// <summary>Float to integer conversion of NaN or out of range.</summary>
    InvalidConversionToInteger,
    /// <summary>Call depth limit reached.</summary>
    CallStackExhausted,
    /// <summary>A null reference was dereferenced (WebAssembly 3.0's typed references; no 2.0 instruction raises it).</summary>
    NullReference,
    /// <summary>The host called a function with arguments of the wrong types or count.</summary>
    HostArgumentMismatch,
    /// <summary>A host function threw; the exception is the inner exception.</summary>
    HostError,
    /// <summary>A stub for an import the linker could not resolve was called.</summary>
    UnresolvedImport,
    /// <summary>Execution ran out of memory in the host.</summary>
    OutOfMemory,
    /// <summary>The store's fuel ran out (<see cref="EngineOptions.ConsumeFuel"/>); the store can be refuelled and used again.</summary>
    OutOfFuel,
    /// <summary>Execution was interrupted: the store's epoch deadline passed, a call's cancellation token was
    /// cancelled, or the store was disposed while its code ran.</summary>
    Interrupted,
    /// <summary>An atomic memory access (threads) at an address that is not a multiple of its size.</summary>
    UnalignedAtomic,
    /// <summary><c>memory.atomic.wait32/64</c> on a memory that is not shared.</summary>
    ExpectedSharedMemory,
    /// <summary><c>call_ref</c> or <c>return_call_ref</c> of a null function reference (typed function references).</summary>
    NullFunctionReference,
    /// <summary>A GC array access (get, set, fill, copy, init) outside the array's bounds.</summary>
    ArrayOutOfBounds,
    /// <summary>A struct instruction on a null structure reference (GC).</summary>
    NullStructReference,
    /// <summary>An array instruction on a null array reference (GC).</summary>
    NullArrayReference,
    /// <summary><c>i31.get_s/u</c> of a null i31 reference (GC).</summary>
    NullI31Reference,
    /// <summary><c>ref.cast</c> of a value that is not of the target type (GC).</summary>
    CastFailure,
}
