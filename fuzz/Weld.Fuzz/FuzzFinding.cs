namespace Weld.Fuzz;

/// <summary>What a target found wrong. Thrown out of a target, so that the fuzzer records the input as a crash.</summary>
public sealed class FuzzFinding(string message, Exception? inner = null) : Exception(message, inner);
