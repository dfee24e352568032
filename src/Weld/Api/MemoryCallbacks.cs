namespace Weld;

/// <summary>Works on a range of a memory's bytes, lent by <see cref="Memory.Access(ulong, int, MemoryAction)"/> for the
/// duration of the call only.</summary>
public delegate void MemoryAction(Span<byte> bytes);

/// <summary>Computes a result from a range of a memory's bytes, lent by
/// <see cref="Memory.Access{TResult}(ulong, int, MemoryFunc{TResult})"/> for the duration of the call only.</summary>
public delegate TResult MemoryFunc<TResult>(Span<byte> bytes);

/// <summary>Computes a result from a range of a memory's bytes and a state passed without capturing (it may be a
/// span), lent by <see cref="Memory.Access{TState, TResult}(ulong, int, TState, MemoryFunc{TState, TResult})"/> for the
/// duration of the call only.</summary>
public delegate TResult MemoryFunc<TState, TResult>(Span<byte> bytes, TState state) where TState : allows ref struct;
